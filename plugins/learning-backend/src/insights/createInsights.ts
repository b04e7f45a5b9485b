import {
  AuthService,
  LifecycleService,
  LoggerService,
  PermissionsService,
  RootConfigService,
  SchedulerService,
} from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { NotificationService } from '@backstage/plugin-notifications-node';
import { Knex } from 'knex';
import { durationMs, scheduleOf } from '../shared/config';
import { FeatureRoutes } from '../shared/routes';
import { CoverageCatalog } from './CoverageCatalog';
import { DatabaseInsightsStore } from './DatabaseInsightsStore';
import { InsightsService } from './InsightsService';
import { InsightsSnapshotter } from './InsightsSnapshotter';
import { insightsRoutes } from './insightsRoutes';
import { LearningDebtDigest } from './LearningDebtDigest';
import { UsageCounters } from './UsageCounters';

/**
 * Insights for the learning program: the counters of page views and of
 * searches that found nothing (which other features feed), the routes,
 * and the daily task (global) that writes the snapshots and sends the
 * monthly learning-debt digests.
 */
export async function createInsights(deps: {
  db: Knex;
  config: RootConfigService;
  logger: LoggerService;
  auth: AuthService;
  catalog: CatalogService;
  permissions: PermissionsService;
  scheduler: SchedulerService;
  notifications: NotificationService;
  lifecycle: LifecycleService;
}) {
  const store = new DatabaseInsightsStore(deps.db);
  const counters = new UsageCounters({ store, logger: deps.logger });
  deps.lifecycle.addShutdownHook(() => counters.stop());
  const coverageCatalog = new CoverageCatalog({
    ...deps,
    ttlMs: durationMs(
      deps.config,
      'learning.insights.catalogCacheTtl',
      5 * 60 * 1000,
    ),
  });
  const service = new InsightsService({
    store,
    catalog: coverageCatalog,
    permissions: deps.permissions,
  });
  const snapshotter = new InsightsSnapshotter({ store, logger: deps.logger });
  const digest = new LearningDebtDigest({ ...deps, store, coverageCatalog });
  await deps.scheduler.scheduleTask({
    id: 'learning-insights-daily',
    scope: 'global',
    ...scheduleOf(deps.config, 'learning.insights.schedule', {
      frequency: { hours: 24 },
      timeout: { minutes: 15 },
      initialDelay: { minutes: 1 },
    }),
    fn: async () => {
      await snapshotter.run();
      await digest.run();
    },
  });
  return {
    store,
    counters,
    service,
    routes: ((router, context) =>
      insightsRoutes(router, context, service)) satisfies FeatureRoutes,
  };
}
