import {
  AuthService,
  LoggerService,
  RootConfigService,
  SchedulerService,
  UserInfoService,
} from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { NotificationService } from '@backstage/plugin-notifications-node';
import { Knex } from 'knex';
import {
  readDefaultReviewIntervalDays,
  ResourceAuthorizer,
  ResourceService,
} from '../resources';
import { scheduleOf } from '../shared/config';
import { FeatureRoutes } from '../shared/routes';
import { DatabaseFreshnessStore } from './DatabaseFreshnessStore';
import { FreshnessChecker } from './FreshnessChecker';
import { FreshnessNotifier } from './FreshnessNotifier';
import { ReviewService } from './ReviewService';
import { reviewRoutes } from './reviewRoutes';

/**
 * Freshness: the global task that finds material due, possibly outdated
 * or broken (on `learning.freshness.schedule`) and tells its SMEs and
 * owners; marking material reviewed, and the review queue.
 */
export async function createFreshness(deps: {
  db: Knex;
  config: RootConfigService;
  logger: LoggerService;
  scheduler: SchedulerService;
  catalog: CatalogService;
  auth: AuthService;
  userInfo: UserInfoService;
  notifications: NotificationService;
  resources: { service: ResourceService; authorizer: ResourceAuthorizer };
  /** Called after a check that changed what material shows. */
  materialChanged: () => Promise<void>;
}) {
  const { config, logger } = deps;
  const checker = new FreshnessChecker({
    store: new DatabaseFreshnessStore(deps.db),
    catalog: deps.catalog,
    auth: deps.auth,
    notifier: new FreshnessNotifier({
      notifications: deps.notifications,
      logger,
    }),
    defaultReviewIntervalDays: readDefaultReviewIntervalDays(config),
  });
  await deps.scheduler.scheduleTask({
    id: 'learning-freshness',
    scope: 'global',
    ...scheduleOf(config, 'learning.freshness.schedule', {
      frequency: { hours: 1 },
      timeout: { minutes: 15 },
      initialDelay: { minutes: 1 },
    }),
    fn: async () => {
      const started = Date.now();
      logger.info('Freshness check started');
      const run = await checker.checkAll();
      if (run.changed > 0) {
        await deps.materialChanged();
      }
      logger.info(
        run.skipped
          ? `Freshness check skipped: ${run.skipped}`
          : `Freshness check of ${run.checked} resources: ${
              run.broken
            } broken, ${run.possiblyOutdated} possibly outdated, ${
              run.due
            } due; ${run.changed} changed; ${run.announced} announced in ${
              run.notified
            } notifications; in ${Date.now() - started} ms`,
      );
    },
  });

  const reviews = new ReviewService({
    resources: deps.resources.service,
    authorizer: deps.resources.authorizer,
    checker,
    userInfo: deps.userInfo,
  });
  return {
    reviews,
    routes: ((router, context) =>
      reviewRoutes(router, context, reviews)) satisfies FeatureRoutes,
  };
}
