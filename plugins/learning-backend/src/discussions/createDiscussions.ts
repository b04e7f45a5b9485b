import {
  LoggerService,
  RootConfigService,
} from '@backstage/backend-plugin-api';
import { NotificationService } from '@backstage/plugin-notifications-node';
import { SignalsService } from '@backstage/plugin-signals-node';
import { Knex } from 'knex';
import { CohortService } from '../cohorts';
import { ResourceAuthorizer, ResourceStore } from '../resources';
import { durationMs } from '../shared/config';
import { FeatureRoutes } from '../shared/routes';
import { DatabaseDiscussionStore } from './DatabaseDiscussionStore';
import { DiscussionNotifier } from './DiscussionNotifier';
import { DiscussionService } from './DiscussionService';
import { discussionRoutes } from './discussionRoutes';

/** Posts a user may make a minute when the config says nothing. */
const DEFAULT_POSTS_PER_MINUTE = 10;

/** Discussions: their store, service, notifier and routes. */
export function createDiscussions(deps: {
  db: Knex;
  config: RootConfigService;
  logger: LoggerService;
  notifications: NotificationService;
  signals: SignalsService;
  resources: { store: ResourceStore; authorizer: ResourceAuthorizer };
  cohorts: { service: CohortService };
}) {
  const postsPerMinute =
    deps.config.getOptionalNumber('learning.discussions.postsPerMinute') ??
    DEFAULT_POSTS_PER_MINUTE;
  if (!Number.isInteger(postsPerMinute) || postsPerMinute < 1) {
    throw new Error(
      `learning.discussions.postsPerMinute must be a whole number of at least 1, not ${postsPerMinute}`,
    );
  }
  const store = new DatabaseDiscussionStore(deps.db);
  const service = new DiscussionService({
    store,
    resources: deps.resources.store,
    resourceAuthorizer: deps.resources.authorizer,
    cohorts: deps.cohorts.service,
    notifier: new DiscussionNotifier(deps),
    postsPerMinute,
    viewerTtlMs: durationMs(
      deps.config,
      'learning.entityPages.viewerCacheTtl',
      30_000,
    ),
  });
  return {
    store,
    service,
    routes: ((router, context) =>
      discussionRoutes(router, context, service)) satisfies FeatureRoutes,
  };
}
