import {
  LoggerService,
  PermissionsRegistryService,
  PermissionsService,
  RootConfigService,
  SchedulerService,
} from '@backstage/backend-plugin-api';
import { NotificationService } from '@backstage/plugin-notifications-node';
import { isResourcePermission } from '@backstage/plugin-permission-common';
import {
  LEARNING_COHORT_TYPE,
  learningPermissions,
} from '@tech-learning/backstage-plugin-learning-common';
import { Knex } from 'knex';
import { LearnerStore } from '../learners';
import { ResourceAuthorizer, ResourceStore } from '../resources';
import { scheduleOf } from '../shared/config';
import { inOrderOf } from '../shared/inOrder';
import { FeatureRoutes } from '../shared/routes';
import { CohortAuthorizer } from './CohortAuthorizer';
import { CohortDigest } from './CohortDigest';
import { CohortService } from './CohortService';
import { cohortRoutes } from './cohortRoutes';
import { DatabaseCohortStore } from './DatabaseCohortStore';
import {
  learningCohortPermissionResourceRef,
  learningCohortPermissionRules,
} from './rules';

/**
 * Cohorts: their store, permission resource type, service, the weekly
 * digest to their members (a global task), and routes.
 */
export async function createCohorts(deps: {
  db: Knex;
  config: RootConfigService;
  logger: LoggerService;
  permissions: PermissionsService;
  permissionsRegistry: PermissionsRegistryService;
  scheduler: SchedulerService;
  notifications: NotificationService;
  resources: { store: ResourceStore; authorizer: ResourceAuthorizer };
  learners: { store: LearnerStore };
}) {
  const store = new DatabaseCohortStore(deps.db);
  deps.permissionsRegistry.addResourceType({
    resourceRef: learningCohortPermissionResourceRef,
    permissions: learningPermissions.filter(p =>
      isResourcePermission(p, LEARNING_COHORT_TYPE),
    ),
    rules: Object.values(learningCohortPermissionRules),
    getResources: ids => inOrderOf(ids, store.getCohorts(ids)),
  });
  const authorizer = new CohortAuthorizer(
    deps.permissions,
    deps.permissionsRegistry,
  );
  const service = new CohortService({
    store,
    authorizer,
    resources: deps.resources.store,
    resourceAuthorizer: deps.resources.authorizer,
    learners: deps.learners.store,
  });
  const digest = new CohortDigest({
    store,
    service,
    resources: deps.resources.store,
    notifications: deps.notifications,
    logger: deps.logger,
  });

  await deps.scheduler.scheduleTask({
    id: 'learning-cohort-digests',
    scope: 'global',
    // a cohort's week starts on its own weekday: look every few hours
    ...scheduleOf(deps.config, 'learning.cohorts.digestSchedule', {
      frequency: { hours: 3 },
      timeout: { minutes: 15 },
      initialDelay: { minutes: 5 },
    }),
    fn: async () => {
      const cohorts = await digest.run();
      deps.logger.info(`Sent the weekly digest of ${cohorts} cohorts`);
    },
  });

  return {
    store,
    authorizer,
    service,
    digest,
    routes: ((router, context) =>
      cohortRoutes(router, context, service)) satisfies FeatureRoutes,
  };
}
