import type { components } from './generated/openapi';

/**
 * The kinds of learning resource.
 *
 * @public
 */
export const LEARNING_RESOURCE_KINDS = [
  'course',
  'toolkit',
  'path',
] as const satisfies readonly components['schemas']['LearningResourceKind'][];

/** @public */
export type LearningResourceKind =
  components['schemas']['LearningResourceKind'];

/**
 * How a learning resource is delivered.
 *
 * @public
 */
export const LEARNING_FORMATS = [
  'live',
  'bootcamp',
  'workshop',
  'video',
  'podcast',
  'self-paced',
  'lab',
  'reading',
] as const satisfies readonly components['schemas']['LearningFormat'][];

/** @public */
export type LearningFormat = components['schemas']['LearningFormat'];

/** @public */
export const LEARNING_LEVELS = [
  'beginner',
  'intermediate',
  'advanced',
] as const satisfies readonly components['schemas']['LearningLevel'][];

/** @public */
export type LearningLevel = components['schemas']['LearningLevel'];

/**
 * How a resource relates to a catalog entity it is linked to.
 *
 * @public
 */
export const LEARNING_LINK_RELATIONS = [
  'teaches',
  'uses',
  'prerequisite-for',
] as const satisfies readonly components['schemas']['LearningLinkRelation'][];

/** @public */
export type LearningLinkRelation =
  components['schemas']['LearningLinkRelation'];

/**
 * Where a learner stands on a resource.
 *
 * @public
 */
export const LEARNING_ENROLMENT_STATES = [
  'enrolled',
  'in-progress',
  'completed',
] as const satisfies readonly components['schemas']['LearningEnrolmentState'][];

/** @public */
export type LearningEnrolmentState =
  components['schemas']['LearningEnrolmentState'];

/**
 * How much a resource can be trusted, worst first: `broken` (an entity it is
 * linked to no longer exists), `possibly-outdated` (an entity it teaches
 * changed since the last review), `due` (its review date plus interval has
 * passed), `fresh`.
 *
 * @public
 */
export const LEARNING_FRESHNESS_STATES = [
  'broken',
  'possibly-outdated',
  'due',
  'fresh',
] as const satisfies readonly components['schemas']['LearningFreshnessState'][];

/** @public */
export type LearningFreshnessState =
  components['schemas']['LearningFreshnessState'];

/**
 * The aspects of a catalog entity whose change may outdate material that
 * teaches it: `spec` is whatever of the spec the others do not cover.
 *
 * @public
 */
export const LEARNING_ENTITY_ASPECTS = [
  'lifecycle',
  'owner',
  'definition',
  'dependencies',
  'spec',
] as const satisfies readonly components['schemas']['LearningEntityChange']['aspects'][number][];

/** @public */
export type LearningEntityAspect =
  components['schemas']['LearningEntityChange']['aspects'][number];

/**
 * Each aspect as people read it, for the UI and notifications.
 *
 * @public
 */
export const LEARNING_ENTITY_ASPECT_NAMES: Record<
  LearningEntityAspect,
  string
> = {
  lifecycle: 'lifecycle',
  owner: 'owner',
  definition: 'API definition',
  dependencies: 'dependencies',
  spec: 'spec',
};

/**
 * An entity a resource teaches that changed since the resource was last reviewed.
 *
 * @public
 */
export type LearningEntityChange =
  components['schemas']['LearningEntityChange'];

/**
 * How much a resource can be trusted, and why.
 *
 * @public
 */
export type LearningFreshness = components['schemas']['LearningFreshness'];

/**
 * A link of a resource to where it is taken.
 *
 * @public
 */
export type LearningUrl = components['schemas']['LearningUrl'];

/**
 * A TechDocs page that a resource points to.
 *
 * @public
 */
export type LearningDocRef = components['schemas']['LearningDocRef'];

/**
 * A link of a resource or embed to a catalog entity.
 *
 * @public
 */
export type LearningLink = components['schemas']['LearningLink'];

/** @public */
export type LearningPersonRecords =
  components['schemas']['LearningPersonRecords'];

/** @public */
export type LearningErasedRecords =
  components['schemas']['LearningErasedRecords'];

/** @public */
export type LearningLinkSuggestion =
  components['schemas']['LearningLinkSuggestion'];

/** @public */
export type LearningLinkSuggestionPage =
  components['schemas']['LearningLinkSuggestionPage'];

/**
 * Where a resource or embed came from; provider-owned ones are read-only in the UI.
 *
 * @public
 */
export type LearningSource = components['schemas']['LearningSource'];

/**
 * A course, toolkit or learning path.
 *
 * @public
 */
export type LearningResource = components['schemas']['LearningResource'];

/**
 * A resource as an entity page lists it: everything but its description and links.
 *
 * @public
 */
export type LearningResourceSummary =
  components['schemas']['LearningResourceSummary'];

/**
 * A resource as seen from one entity's page.
 *
 * @public
 */
export type EntityLearningItem = components['schemas']['EntityLearningItem'];

/**
 * Everything an entity page needs, in one response.
 *
 * @public
 */
export type EntityLearningSummary =
  components['schemas']['EntityLearningSummary'];

/**
 * An open embed as seen from one entity's page.
 *
 * @public
 */
export type EntityLearningEmbed = components['schemas']['EntityLearningEmbed'];

/**
 * What the members of a group learn, in aggregate, from 5 learners on.
 *
 * @public
 */
export type GroupLearners = components['schemas']['GroupLearners'];

/**
 * A page of resources, with the cursor of the next.
 *
 * @public
 */
export type LearningResourcePage =
  components['schemas']['LearningResourcePage'];

/**
 * The fields of a resource that its author sets.
 *
 * @public
 */
export type LearningResourceInput =
  components['schemas']['LearningResourceInput'];

/**
 * A change to a resource: given fields replace the current ones, null clears an optional one.
 *
 * @public
 */
export type LearningResourcePatch =
  components['schemas']['LearningResourcePatch'];

/**
 * The average rating of a resource; `average` is absent when nobody rated.
 *
 * @public
 */
export type LearningRating = components['schemas']['LearningRating'];

/**
 * A learner's state on a resource.
 *
 * @public
 */
export type LearningEnrolment = components['schemas']['LearningEnrolment'];

/**
 * What a learner sets on their own enrolment; setting the same twice changes nothing.
 *
 * @public
 */
export type LearningEnrolmentInput =
  components['schemas']['LearningEnrolmentInput'];

/**
 * An enrolment of the signed-in user, with its resource.
 *
 * @public
 */
export type MyLearningItem = components['schemas']['MyLearningItem'];

/**
 * A page of the signed-in user's learning.
 *
 * @public
 */
export type MyLearningPage = components['schemas']['MyLearningPage'];

/**
 * A learner's rating and comment on a resource.
 *
 * @public
 */
export type LearningFeedback = components['schemas']['LearningFeedback'];

/**
 * What a learner sets as their feedback.
 *
 * @public
 */
export type LearningFeedbackInput =
  components['schemas']['LearningFeedbackInput'];

/**
 * A page of feedback on a resource, with its rating.
 *
 * @public
 */
export type LearningFeedbackPage =
  components['schemas']['LearningFeedbackPage'];

/**
 * A scheduled run of a live course.
 *
 * @public
 */
export type LearningSession = components['schemas']['LearningSession'];

/**
 * What an owner sets on a session.
 *
 * @public
 */
export type LearningSessionInput =
  components['schemas']['LearningSessionInput'];
