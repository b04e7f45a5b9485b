import {
  PermissionsRegistryService,
  PermissionsService,
  RootConfigService,
} from '@backstage/backend-plugin-api';
import { isResourcePermission } from '@backstage/plugin-permission-common';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  LEARNING_RESOURCE_TYPE,
  learningPermissions,
} from '@tech-learning/backstage-plugin-learning-common';
import { Knex } from 'knex';
import { EntityRefChecker } from '../shared/EntityRefChecker';
import { inOrderOf } from '../shared/inOrder';
import { FeatureRoutes } from '../shared/routes';
import { DatabaseResourceStore } from './DatabaseResourceStore';
import { ResourceAuthorizer } from './ResourceAuthorizer';
import { ResourceService } from './ResourceService';
import { resourceRoutes } from './resourceRoutes';
import {
  learningResourcePermissionResourceRef,
  learningResourcePermissionRules,
} from './rules';

/** The review interval of material that sets none, unless configured. */
export const DEFAULT_REVIEW_INTERVAL_DAYS = 180;

/** `learning.freshness.defaultReviewIntervalDays`, or its default. */
export function readDefaultReviewIntervalDays(config: RootConfigService) {
  return (
    config.getOptionalNumber('learning.freshness.defaultReviewIntervalDays') ??
    DEFAULT_REVIEW_INTERVAL_DAYS
  );
}

/**
 * Learning resources: their store, their permission resource type (with
 * its rules, registered here), the service that holds their rules, and
 * their routes.
 */
export function createResources(deps: {
  db: Knex;
  config: RootConfigService;
  catalog: CatalogService;
  permissions: PermissionsService;
  permissionsRegistry: PermissionsRegistryService;
}) {
  const store = new DatabaseResourceStore(deps.db, {
    defaultReviewIntervalDays: readDefaultReviewIntervalDays(deps.config),
  });
  deps.permissionsRegistry.addResourceType({
    resourceRef: learningResourcePermissionResourceRef,
    permissions: learningPermissions.filter(p =>
      isResourcePermission(p, LEARNING_RESOURCE_TYPE),
    ),
    rules: Object.values(learningResourcePermissionRules),
    getResources: ids => inOrderOf(ids, store.getResources(ids)),
  });
  const authorizer = new ResourceAuthorizer(
    deps.permissions,
    deps.permissionsRegistry,
  );
  const service = new ResourceService({
    store,
    authorizer,
    refs: new EntityRefChecker(deps.catalog),
  });
  return {
    store,
    authorizer,
    service,
    routes: ((router, context) =>
      resourceRoutes(router, context, service)) satisfies FeatureRoutes,
  };
}
