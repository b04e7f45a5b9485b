/**
 * Types, permissions and shared helpers of the Tech Learning suite. The
 * types of the HTTP API are generated from its OpenAPI spec
 * (`src/generated/openapi.ts`); those below alias them by name.
 *
 * @packageDocumentation
 */

export type {
  components as LearningApiComponents,
  operations as LearningApiOperations,
  paths as LearningApiPaths,
} from './generated/openapi';
export {
  LEARNING_ENROLMENT_STATES,
  LEARNING_ENTITY_ASPECT_NAMES,
  LEARNING_ENTITY_ASPECTS,
  LEARNING_FORMATS,
  LEARNING_FRESHNESS_STATES,
  LEARNING_LEVELS,
  LEARNING_LINK_RELATIONS,
  LEARNING_RESOURCE_KINDS,
} from './types';
export type {
  EntityLearningEmbed,
  EntityLearningItem,
  EntityLearningSummary,
  GroupLearners,
  LearningDocRef,
  LearningEnrolment,
  LearningEnrolmentInput,
  LearningEnrolmentState,
  LearningEntityAspect,
  LearningEntityChange,
  LearningFeedback,
  LearningFeedbackInput,
  LearningFeedbackPage,
  LearningFormat,
  LearningFreshness,
  LearningFreshnessState,
  LearningLevel,
  LearningLink,
  LearningLinkSuggestion,
  LearningLinkSuggestionPage,
  LearningPersonRecords,
  LearningErasedRecords,
  LearningLinkRelation,
  LearningRating,
  LearningResource,
  LearningResourceInput,
  LearningResourceKind,
  LearningResourcePage,
  LearningResourcePatch,
  LearningResourceSummary,
  LearningSession,
  LearningSessionInput,
  LearningSource,
  LearningUrl,
  MyLearningItem,
  MyLearningPage,
} from './types';
export {
  LEARNING_COHORT_TYPE,
  LEARNING_EMBED_TYPE,
  LEARNING_LINK_SUGGESTION_TYPE,
  LEARNING_RESOURCE_TYPE,
  learningCohortCreatePermission,
  learningCohortJoinPermission,
  learningCohortManagePermission,
  learningCohortReadPermission,
  learningDiscussionModeratePermission,
  learningDiscussionPostPermission,
  learningEmbedApplyPermission,
  learningEmbedCreatePermission,
  learningEmbedDecidePermission,
  learningEmbedReadPermission,
  learningEmbedUpdatePermission,
  learningEntityLinkPermission,
  learningLinkReviewPermission,
  learningPermissions,
  learningRecordsManagePermission,
  learningInsightsReadPermission,
  learningResourceCreatePermission,
  learningResourceDeletePermission,
  learningResourceEnrolPermission,
  learningResourceLinkPermission,
  learningResourceRatePermission,
  learningResourceReadPermission,
  learningResourceReviewPermission,
  learningResourceUpdatePermission,
  learningSourceReadPermission,
} from './permissions';
export type { LearningResourcePermission } from './permissions';
export { LEARNING_MINIMUM_LEARNERS } from './recommendations';
export type {
  LearningExpert,
  LearningExpertise,
  LearningExpertList,
  LearningExpertReason,
  LearningRelatedList,
  LearningSkill,
  LearningSuggestion,
  LearningSuggestionPage,
  LearningSuggestionReason,
  LearningSuggestionReasonType,
  LearningUserSettings,
  LearningWithYou,
} from './recommendations';
export { normalizeFullEntityRef } from './refs';
export { isHttpUrl } from './urls';
export { LEARNING_APPLICATION_STATES, LEARNING_EMBED_STATUSES } from './embeds';
export type {
  LearningApplicationState,
  LearningDecision,
  LearningEmbed,
  LearningEmbedApplication,
  LearningEmbedInput,
  LearningEmbedPage,
  LearningEmbedPatch,
  LearningEmbedStatus,
  MyApplication,
} from './embeds';
export {
  LEARNING_DOCUMENT_API_VERSION,
  LEARNING_DOCUMENT_KINDS,
  LEARNING_MATERIAL_ANNOTATION,
  learningDocumentSchema,
} from './documents';
export type {
  LearningDocument,
  LearningDocumentKind,
  LearningDocumentLink,
  LearningDocumentMetadata,
  LearningEmbedDocument,
  LearningResourceDocument,
  LearningYamlSource,
} from './documents';
export { LEARNING_DEBT_DIGEST_ANNOTATION } from './insights';
export type {
  LearningCoverage,
  LearningCoverageGroup,
  LearningDebtItem,
  LearningDemand,
  LearningDemandWeek,
  LearningEmptyPage,
  LearningFreshnessWeek,
  LearningHealth,
  LearningLowRated,
  LearningSearchMiss,
  LearningSmeLoad,
} from './insights';
export {
  LEARNING_EMBED_SEARCH_TYPE,
  LEARNING_RESOURCE_SEARCH_TYPE,
} from './search';
export type {
  LearningEmbedSearchDocument,
  LearningResourceSearchDocument,
} from './search';
export {
  LEARNING_POST_KINDS,
  learningDiscussionSignalChannel,
} from './discussions';
export type {
  LearningCohort,
  LearningCohortInput,
  LearningCohortMember,
  LearningCohortPage,
  LearningCohortPatch,
  LearningCohortStatus,
  LearningCohortWeek,
  LearningDiscussionPage,
  LearningDiscussionSignal,
  LearningFaqEntry,
  LearningPost,
  LearningPostInput,
  LearningPostKind,
} from './discussions';
