import type { components } from './generated/openapi';

type Schemas = components['schemas'];

/**
 * The kinds of learning resource.
 *
 * @public
 */
export const LEARNING_RESOURCE_KINDS = [
  'course',
  'toolkit',
  'path',
] as const satisfies readonly Schemas['LearningResourceKind'][];

/** @public */
export type LearningResourceKind = Schemas['LearningResourceKind'];

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
] as const satisfies readonly Schemas['LearningFormat'][];

/** @public */
export type LearningFormat = Schemas['LearningFormat'];

/** @public */
export const LEARNING_LEVELS = [
  'beginner',
  'intermediate',
  'advanced',
] as const satisfies readonly Schemas['LearningLevel'][];

/** @public */
export type LearningLevel = Schemas['LearningLevel'];

/**
 * How a resource relates to a catalog entity it is linked to.
 *
 * @public
 */
export const LEARNING_LINK_RELATIONS = [
  'teaches',
  'uses',
  'prerequisite-for',
] as const satisfies readonly Schemas['LearningLinkRelation'][];

/** @public */
export type LearningLinkRelation = Schemas['LearningLinkRelation'];

/**
 * Where a learner stands on a resource.
 *
 * @public
 */
export const LEARNING_ENROLMENT_STATES = [
  'enrolled',
  'in-progress',
  'completed',
] as const satisfies readonly Schemas['LearningEnrolmentState'][];

/** @public */
export type LearningEnrolmentState = Schemas['LearningEnrolmentState'];

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
] as const satisfies readonly Schemas['LearningFreshnessState'][];

/** @public */
export type LearningFreshnessState = Schemas['LearningFreshnessState'];

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
] as const satisfies readonly Schemas['LearningEntityChange']['aspects'][number][];

/** @public */
export type LearningEntityAspect =
  Schemas['LearningEntityChange']['aspects'][number];

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
export type LearningEntityChange = Schemas['LearningEntityChange'];

/**
 * How much a resource can be trusted, and why.
 *
 * @public
 */
export type LearningFreshness = Schemas['LearningFreshness'];

/**
 * A link of a resource to where it is taken.
 *
 * @public
 */
export type LearningUrl = Schemas['LearningUrl'];

/**
 * A TechDocs page that a resource points to.
 *
 * @public
 */
export type LearningDocRef = Schemas['LearningDocRef'];

/**
 * A link of a resource or embed to a catalog entity.
 *
 * @public
 */
export type LearningLink = Schemas['LearningLink'];

/**
 * Where a resource or embed came from; provider-owned ones are read-only in the UI.
 *
 * @public
 */
export type LearningSource = Schemas['LearningSource'];

/**
 * A course, toolkit or learning path.
 *
 * @public
 */
export type LearningResource = Schemas['LearningResource'];

/**
 * A resource as an entity page lists it: everything but its description and links.
 *
 * @public
 */
export type LearningResourceSummary = Schemas['LearningResourceSummary'];

/**
 * A resource as seen from one entity's page.
 *
 * @public
 */
export type EntityLearningItem = Schemas['EntityLearningItem'];

/**
 * Everything an entity page needs, in one response.
 *
 * @public
 */
export type EntityLearningSummary = Schemas['EntityLearningSummary'];

/**
 * An open embed as seen from one entity's page.
 *
 * @public
 */
export type EntityLearningEmbed = Schemas['EntityLearningEmbed'];

/**
 * What the members of a group learn, in aggregate, from 5 learners on.
 *
 * @public
 */
export type GroupLearners = Schemas['GroupLearners'];

/**
 * A page of resources, with the cursor of the next.
 *
 * @public
 */
export type LearningResourcePage = Schemas['LearningResourcePage'];

/**
 * The fields of a resource that its author sets.
 *
 * @public
 */
export type LearningResourceInput = Schemas['LearningResourceInput'];

/**
 * A change to a resource: given fields replace the current ones, null clears an optional one.
 *
 * @public
 */
export type LearningResourcePatch = Schemas['LearningResourcePatch'];

/**
 * The average rating of a resource; `average` is absent when nobody rated.
 *
 * @public
 */
export type LearningRating = Schemas['LearningRating'];

/**
 * A learner's state on a resource.
 *
 * @public
 */
export type LearningEnrolment = Schemas['LearningEnrolment'];

/**
 * What a learner sets on their own enrolment; setting the same twice changes nothing.
 *
 * @public
 */
export type LearningEnrolmentInput = Schemas['LearningEnrolmentInput'];

/**
 * An enrolment of the signed-in user, with its resource.
 *
 * @public
 */
export type MyLearningItem = Schemas['MyLearningItem'];

/**
 * A page of the signed-in user's learning.
 *
 * @public
 */
export type MyLearningPage = Schemas['MyLearningPage'];

/**
 * A learner's rating and comment on a resource.
 *
 * @public
 */
export type LearningFeedback = Schemas['LearningFeedback'];

/**
 * What a learner sets as their feedback.
 *
 * @public
 */
export type LearningFeedbackInput = Schemas['LearningFeedbackInput'];

/**
 * A page of feedback on a resource, with its rating.
 *
 * @public
 */
export type LearningFeedbackPage = Schemas['LearningFeedbackPage'];

/**
 * A scheduled run of a live course.
 *
 * @public
 */
export type LearningSession = Schemas['LearningSession'];

/**
 * What an owner sets on a session.
 *
 * @public
 */
export type LearningSessionInput = Schemas['LearningSessionInput'];
