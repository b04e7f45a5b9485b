import type { components } from './generated/openapi';

/**
 * Where an embed stands: `open` for applications, `filled` when every seat
 * is taken by an accepted application (withdrawing one reopens it), and
 * `closed` by its hosts.
 *
 * @public
 */
export const LEARNING_EMBED_STATUSES = [
  'open',
  'filled',
  'closed',
] as const satisfies readonly components['schemas']['LearningEmbedStatus'][];

/** @public */
export type LearningEmbedStatus = components['schemas']['LearningEmbedStatus'];

/**
 * Where an application to an embed stands.
 *
 * @public
 */
export const LEARNING_APPLICATION_STATES = [
  'pending',
  'accepted',
  'declined',
  'withdrawn',
] as const satisfies readonly components['schemas']['LearningApplicationState'][];

/** @public */
export type LearningApplicationState =
  components['schemas']['LearningApplicationState'];

/**
 * What a host team writes to post an embed: a short stint inside the team, to learn its stack.
 *
 * @public
 */
export type LearningEmbedInput = components['schemas']['LearningEmbedInput'];

/**
 * An embed: a short stint inside the host team, with its seats and status.
 *
 * @public
 */
export type LearningEmbed = components['schemas']['LearningEmbed'];

/**
 * An application to an embed.
 *
 * @public
 */
export type LearningEmbedApplication =
  components['schemas']['LearningEmbedApplication'];

/**
 * A change to an embed: given fields replace the current ones, null clears an optional one; its host does not change.
 *
 * @public
 */
export type LearningEmbedPatch = components['schemas']['LearningEmbedPatch'];

/**
 * A page of embeds, with the cursor of the next.
 *
 * @public
 */
export type LearningEmbedPage = components['schemas']['LearningEmbedPage'];

/**
 * An accepted or declined application, with the embed after the decision.
 *
 * @public
 */
export type LearningDecision = components['schemas']['LearningDecision'];

/**
 * An application of the signed-in user, with its embed.
 *
 * @public
 */
export type MyApplication =
  components['schemas']['MyApplicationList']['items'][number];
