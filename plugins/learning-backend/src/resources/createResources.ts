import {
  LoggerService,
  PermissionsRegistryService,
  PermissionsService,
  RootConfigService,
} from '@backstage/backend-plugin-api';
import { NotificationService } from '@backstage/plugin-notifications-node';
import { isResourcePermission } from '@backstage/plugin-permission-common';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  LEARNING_LINK_SUGGESTION_TYPE,
  LEARNING_RESOURCE_TYPE,
  learningPermissions,
} from '@tech-learning/backstage-plugin-learning-common';
import { Knex } from 'knex';
import { EntityRefChecker } from '../shared/EntityRefChecker';
import { inOrderOf } from '../shared/inOrder';
import { FeatureRoutes } from '../shared/routes';
import { UsageRecorder } from '../shared/usage';
import { DatabaseResourceStore } from './DatabaseResourceStore';
import { ResourceAuthorizer } from './ResourceAuthorizer';
import { ResourceService } from './ResourceService';
import { resourceRoutes } from './resourceRoutes';
import { DatabaseSuggestedLinkStore } from './DatabaseSuggestedLinkStore';
import { SuggestedLinkAuthorizer } from './SuggestedLinkAuthorizer';
import { SuggestedLinkNotifier } from './SuggestedLinkNotifier';
import { SuggestedLinkService } from './SuggestedLinkService';
import { suggestedLinkRoutes } from './suggestedLinkRoutes';
import {
  learningLinkSuggestionPermissionResourceRef,
  learningLinkSuggestionPermissionRules,
} from './suggestedLinkRules';
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

/** How long a dismissed link may not be suggested again by the same person. */
const DEFAULT_RESUGGEST_AFTER_DAYS = 90;

/**
 * Learning resources and their links: their stores, their permission
 * resource types (learning resources and suggested links, with their
 * rules, registered here), the services that hold their rules, and their
 * routes.
 */
export function createResources(deps: {
  db: Knex;
  config: RootConfigService;
  logger: LoggerService;
  catalog: CatalogService;
  notifications: NotificationService;
  permissions: PermissionsService;
  permissionsRegistry: PermissionsRegistryService;
  usage: UsageRecorder;
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
  const refs = new EntityRefChecker(deps.catalog);

  const suggestionStore = new DatabaseSuggestedLinkStore(deps.db);
  deps.permissionsRegistry.addResourceType({
    resourceRef: learningLinkSuggestionPermissionResourceRef,
    permissions: learningPermissions.filter(p =>
      isResourcePermission(p, LEARNING_LINK_SUGGESTION_TYPE),
    ),
    rules: Object.values(learningLinkSuggestionPermissionRules),
    getResources: ids => inOrderOf(ids, suggestionStore.getSuggestions(ids)),
  });
  const suggestions = new SuggestedLinkService({
    store: suggestionStore,
    authorizer: new SuggestedLinkAuthorizer(
      deps.permissions,
      deps.permissionsRegistry,
    ),
    resources: { store, authorizer },
    refs,
    notifier: new SuggestedLinkNotifier({ ...deps, store: suggestionStore }),
    ownerApproval:
      deps.config.getOptionalBoolean('learning.links.ownerApproval') ?? true,
    resuggestAfterDays:
      deps.config.getOptionalNumber('learning.links.resuggestAfterDays') ??
      DEFAULT_RESUGGEST_AFTER_DAYS,
  });

  const service = new ResourceService({
    store,
    authorizer,
    refs,
    suggestions,
  });
  return {
    store,
    authorizer,
    service,
    routes: ((router, context) => {
      resourceRoutes(router, context, service, deps.usage);
      suggestedLinkRoutes(router, context, suggestions);
    }) satisfies FeatureRoutes,
  };
}
