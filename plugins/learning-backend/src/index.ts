/**
 * The backend of Tech Learning for Backstage.
 *
 * @packageDocumentation
 */

export { learningPlugin as default } from './plugin';
export { LearningPermissionPolicy } from './permissions';
export {
  learningResourcePermissionResourceRef,
  learningResourcePermissionRules,
  learningResourceConditions,
  createLearningResourceConditionalDecision,
} from './resources';
export type { ResourcePermissionQuery } from './resources';
export {
  learningEmbedPermissionResourceRef,
  learningEmbedPermissionRules,
  learningEmbedConditions,
  createLearningEmbedConditionalDecision,
} from './embeds';
export type { EmbedPermissionQuery } from './embeds';
export {
  learningCohortPermissionResourceRef,
  learningCohortPermissionRules,
  learningCohortConditions,
  createLearningCohortConditionalDecision,
} from './cohorts';
export type { CohortPermissionQuery, CohortRecord } from './cohorts';
export {
  learningLinkSuggestionPermissionResourceRef,
  learningLinkSuggestionPermissionRules,
  learningLinkSuggestionConditions,
  createLearningLinkSuggestionConditionalDecision,
} from './resources';
export type {
  SuggestedLinkPermissionQuery,
  SuggestedLinkRecord,
} from './resources';
