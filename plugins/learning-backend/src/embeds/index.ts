export { createEmbeds } from './createEmbeds';
export { DatabaseEmbedStore } from './DatabaseEmbedStore';
export type { EmbedPermissionQuery, EmbedStore } from './EmbedStore';
export { EmbedAuthorizer, type EmbedReadScope } from './EmbedAuthorizer';
export { providedEmbedSchema } from './validation';
export {
  learningEmbedPermissionResourceRef,
  learningEmbedPermissionRules,
  learningEmbedConditions,
  createLearningEmbedConditionalDecision,
} from './rules';
export { setSeatsTaken, toApplication } from './embedRows';
export type { ApplicationRow, EmbedRow } from './embedRows';
