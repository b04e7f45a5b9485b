import {
  AuditorService,
  AuthService,
  LoggerService,
  PermissionsService,
  RootConfigService,
  SchedulerService,
} from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { Knex } from 'knex';
import { scheduleOf } from '../shared/config';
import { FeatureRoutes } from '../shared/routes';
import { DatabaseRecordStore } from './DatabaseRecordStore';
import { RecordRetention } from './RecordRetention';
import { RecordService } from './RecordService';
import { recordRoutes } from './recordRoutes';

/** How long records of people gone from the catalog are kept, by default. */
const DEFAULT_DEPARTED_USER_DAYS = 365;

/**
 * A person's learning records: export and erase on request, and the
 * retention task (global) that erases those of people gone from the
 * catalog for `learning.retention.departedUserDays` (0: never).
 */
export async function createRecords(deps: {
  db: Knex;
  config: RootConfigService;
  logger: LoggerService;
  auth: AuthService;
  auditor: AuditorService;
  catalog: CatalogService;
  permissions: PermissionsService;
  scheduler: SchedulerService;
}) {
  const store = new DatabaseRecordStore(deps.db);
  const service = new RecordService({ ...deps, store });
  const departedUserDays =
    deps.config.getOptionalNumber('learning.retention.departedUserDays') ??
    DEFAULT_DEPARTED_USER_DAYS;
  if (!Number.isFinite(departedUserDays) || departedUserDays < 0) {
    throw new Error(
      `learning.retention.departedUserDays must be 0 (never) or a number of days, not ${departedUserDays}`,
    );
  }
  if (departedUserDays > 0) {
    const retention = new RecordRetention({
      ...deps,
      store,
      departedUserDays,
    });
    await deps.scheduler.scheduleTask({
      id: 'learning-records-retention',
      scope: 'global',
      ...scheduleOf(deps.config, 'learning.retention.schedule', {
        frequency: { hours: 24 },
        timeout: { minutes: 30 },
        initialDelay: { minutes: 10 },
      }),
      fn: async () => {
        await retention.run();
      },
    });
  }
  return {
    store,
    service,
    routes: ((router, context) =>
      recordRoutes(router, context, service)) satisfies FeatureRoutes,
  };
}
