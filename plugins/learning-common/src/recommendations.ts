import { components } from './generated/openapi';

/**
 * Why a resource is suggested: its type, a sentence, and the refs it names.
 *
 * @public
 */
export type LearningSuggestionReason =
  components['schemas']['LearningSuggestionReason'];

/**
 * The kinds of reasons for a suggestion.
 *
 * @public
 */
export type LearningSuggestionReasonType =
  components['schemas']['LearningSuggestionReasonType'];

/**
 * A resource suggested to someone, with its reasons.
 *
 * @public
 */
export type LearningSuggestion = components['schemas']['LearningSuggestion'];

/**
 * A page of suggestions for the caller.
 *
 * @public
 */
export type LearningSuggestionPage =
  components['schemas']['LearningSuggestionPage'];

/**
 * Material related to a resource.
 *
 * @public
 */
export type LearningRelatedList = components['schemas']['LearningRelatedList'];

/**
 * Someone who can teach an entity or a tag, with why.
 *
 * @public
 */
export type LearningExpert = components['schemas']['LearningExpert'];

/**
 * One reason why someone can teach something.
 *
 * @public
 */
export type LearningExpertReason =
  components['schemas']['LearningExpertReason'];

/**
 * The people who can teach an entity or a tag, best first.
 *
 * @public
 */
export type LearningExpertList = components['schemas']['LearningExpertList'];

/**
 * A skill derived from the catalog and the suite.
 *
 * @public
 */
export type LearningSkill = components['schemas']['LearningSkill'];

/**
 * Someone's derived skills, and whether they share them.
 *
 * @public
 */
export type LearningExpertise = components['schemas']['LearningExpertise'];

/**
 * Per-user choices of the suite.
 *
 * @public
 */
export type LearningUserSettings =
  components['schemas']['LearningUserSettings'];

/**
 * Aggregates about people, and pairs of resources taken together, are told
 * only when at least this many distinct learners are counted.
 *
 * @public
 */
export const LEARNING_MINIMUM_LEARNERS = 5;

/**
 * Who is learning with the caller, in aggregate, per resource.
 *
 * @public
 */
export type LearningWithYou = components['schemas']['LearningWithYou'];
