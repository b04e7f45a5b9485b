/**
 * The backend of Tech Learning for Backstage.
 *
 * @packageDocumentation
 */

export { learningPlugin as default } from './plugin';
export { LearningPermissionPolicy } from './permissions/LearningPermissionPolicy';
export {
  learningResourcePermissionResourceRef,
  learningResourcePermissionRules,
  learningResourceConditions,
  createLearningResourceConditionalDecision,
  learningEmbedPermissionResourceRef,
  learningEmbedPermissionRules,
  learningEmbedConditions,
  createLearningEmbedConditionalDecision,
} from './resources/rules';
