export {
  createResources,
  DEFAULT_REVIEW_INTERVAL_DAYS,
  readDefaultReviewIntervalDays,
} from './createResources';
export { DatabaseResourceStore } from './DatabaseResourceStore';
export type {
  StoredResourceFields,
  EntityLinkedResource,
  ResourcePage,
  ResourcePermissionQuery,
  ResourceStore,
} from './ResourceStore';
export { ResourceService } from './ResourceService';
export { ResourceAuthorizer, type ReadScope } from './ResourceAuthorizer';
export { freshnessStateOf, reviewDueAt } from './reviewDue';
export { toSummary } from './toSummary';
export { whereResourcePermitted } from './resourcePermissionSql';
export { providedResourceSchema } from './validation';
export {
  learningResourcePermissionResourceRef,
  learningResourcePermissionRules,
  learningResourceConditions,
  createLearningResourceConditionalDecision,
} from './rules';
export {
  learningLinkSuggestionPermissionResourceRef,
  learningLinkSuggestionPermissionRules,
  learningLinkSuggestionConditions,
  createLearningLinkSuggestionConditionalDecision,
} from './suggestedLinkRules';
export type {
  SuggestedLinkPermissionQuery,
  SuggestedLinkRecord,
} from './SuggestedLinkStore';
