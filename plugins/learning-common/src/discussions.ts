import type { components } from './generated/openapi';

/**
 * Whether a cohort is yet to start, running, or past its last week.
 *
 * @public
 */
export type LearningCohortStatus =
  components['schemas']['LearningCohortStatus'];

/**
 * A group of learners who take a self-paced resource or a path together,
 * one step or part a week.
 *
 * @public
 */
export type LearningCohort = components['schemas']['LearningCohort'];

/** @public */
export type LearningCohortWeek = components['schemas']['LearningCohortWeek'];

/** @public */
export type LearningCohortInput = components['schemas']['LearningCohortInput'];

/** @public */
export type LearningCohortPatch = components['schemas']['LearningCohortPatch'];

/** @public */
export type LearningCohortPage = components['schemas']['LearningCohortPage'];

/** @public */
export type LearningCohortMember =
  components['schemas']['LearningCohortMember'];

/**
 * A question, an answer or a reply in a discussion.
 *
 * @public
 */
export type LearningPostKind = components['schemas']['LearningPostKind'];

/** @public */
export type LearningPost = components['schemas']['LearningPost'];

/** @public */
export type LearningPostInput = components['schemas']['LearningPostInput'];

/** @public */
export type LearningDiscussionPage =
  components['schemas']['LearningDiscussionPage'];

/** @public */
export type LearningFaqEntry = components['schemas']['LearningFaqEntry'];

/**
 * The kinds of post, in the order a thread shows them.
 *
 * @public
 */
export const LEARNING_POST_KINDS = [
  'question',
  'answer',
  'reply',
] as const satisfies readonly LearningPostKind[];

/**
 * The signal channel on which the backend tells the viewers of a
 * discussion that it has new or changed posts. The message carries no
 * post, so that clients read the posts again with their own permissions.
 *
 * @param discussion - `resource:<id>`, `step:<pathId>:<stepId>` or `cohort:<id>`
 * @public
 */
export function learningDiscussionSignalChannel(discussion: string): string {
  return `learning:discussion:${discussion}`;
}

/**
 * The message of a discussion signal.
 *
 * @public
 */
export type LearningDiscussionSignal = {
  discussion: string;
  /** The post that is new or changed. */
  postId: string;
};
