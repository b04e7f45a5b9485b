import {
  LoggerService,
  PermissionsRegistryService,
  PermissionsService,
  RootConfigService,
  SchedulerService,
} from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { NotificationService } from '@backstage/plugin-notifications-node';
import { isResourcePermission } from '@backstage/plugin-permission-common';
import {
  LEARNING_EMBED_TYPE,
  learningPermissions,
} from '@tech-learning/backstage-plugin-learning-common';
import { Knex } from 'knex';
import { EntityRefChecker } from '../shared/EntityRefChecker';
import { durationMs } from '../shared/config';
import { inOrderOf } from '../shared/inOrder';
import { FeatureRoutes } from '../shared/routes';
import { DatabaseEmbedStore } from './DatabaseEmbedStore';
import { EmbedAuthorizer } from './EmbedAuthorizer';
import { EmbedNotifier } from './EmbedNotifier';
import { EmbedService } from './EmbedService';
import { embedRoutes } from './embedRoutes';
import {
  learningEmbedPermissionResourceRef,
  learningEmbedPermissionRules,
} from './rules';

/**
 * Embeds: their store, permission resource type, service, notifier, the
 * weekly reminder of pending applications (a global task), and routes.
 */
export async function createEmbeds(deps: {
  db: Knex;
  config: RootConfigService;
  logger: LoggerService;
  catalog: CatalogService;
  permissions: PermissionsService;
  permissionsRegistry: PermissionsRegistryService;
  scheduler: SchedulerService;
  notifications: NotificationService;
}) {
  const store = new DatabaseEmbedStore(deps.db);
  deps.permissionsRegistry.addResourceType({
    resourceRef: learningEmbedPermissionResourceRef,
    permissions: learningPermissions.filter(p =>
      isResourcePermission(p, LEARNING_EMBED_TYPE),
    ),
    rules: Object.values(learningEmbedPermissionRules),
    getResources: ids => inOrderOf(ids, store.getEmbeds(ids)),
  });
  const authorizer = new EmbedAuthorizer(
    deps.permissions,
    deps.permissionsRegistry,
  );
  const service = new EmbedService({
    store,
    authorizer,
    refs: new EntityRefChecker(deps.catalog),
    notifier: new EmbedNotifier({
      notifications: deps.notifications,
      logger: deps.logger,
    }),
  });

  const pendingAfterMs = durationMs(
    deps.config,
    'learning.embeds.pendingReminderAfter',
    3 * 24 * 3_600_000,
  );
  await deps.scheduler.scheduleTask({
    id: 'learning-embed-pending-reminders',
    frequency: { days: 7 },
    timeout: { minutes: 10 },
    initialDelay: { minutes: 10 },
    scope: 'global',
    fn: async () => {
      const embeds = await service.remindOfPending(pendingAfterMs);
      deps.logger.info(
        `Reminded the hosts of ${embeds} embeds of pending applications`,
      );
    },
  });

  return {
    store,
    authorizer,
    service,
    routes: ((router, context) =>
      embedRoutes(router, context, service)) satisfies FeatureRoutes,
  };
}
