import {
  LearningApplicationState,
  LearningEmbed,
  LearningEmbedApplication,
  LearningEmbedInput,
  LearningEmbedPage,
  LearningEmbedPatch,
  LearningEmbedStatus,
} from '@tech-learning/backstage-plugin-learning-common';
import { PermissionCriteria } from '@backstage/plugin-permission-common';
import { ProvidedLearningEmbed } from '@tech-learning/backstage-plugin-learning-node';
import { PageRequest } from '../shared/cursor';
import { ProviderSyncResult } from '../shared/providerSync';

/**
 * A permission condition on embeds, as the store can express it in SQL.
 * Permission rules translate their parameters into these.
 *
 * @public
 */
export type EmbedPermissionQuery =
  | { property: 'host'; values: string[] }
  | { property: 'status'; values: LearningEmbedStatus[] };

/** Filters of the embed list. All given filters must match. */
export interface EmbedFilter {
  /** Full, normalised group ref of the host. */
  host?: string;
  /** Full, normalised ref of an entity the embed works on. */
  entityRef?: string;
  /** A skill wanted or taught, in any case. */
  skill?: string;
  status?: LearningEmbedStatus;
  /** Embeds starting on or after this day (`YYYY-MM-DD`); flexible ones too. */
  startsFrom?: string;
  /** Embeds starting on or before this day; flexible ones too. */
  startsTo?: string;
  /** What the caller may see, from a conditional permission decision. */
  permission?: PermissionCriteria<EmbedPermissionQuery>;
}

export type EmbedPage = LearningEmbedPage;

/** A change to an embed; null clears an optional field. */
export type EmbedPatch = LearningEmbedPatch;

/** Who an embed's change concerns, for notifications. */
export interface ClosedEmbed {
  embed: LearningEmbed;
  /** Applications that were pending or accepted when it closed. */
  applications: LearningEmbedApplication[];
}

/** What a provider's sync of embeds did; errors name the embeds it kept. */
export interface EmbedSyncResult extends ProviderSyncResult {
  errors: string[];
}

/**
 * Persistence of embeds and their applications. Seats are taken only in
 * the transaction that accepts an application, under a lock of the embed's
 * row, so that no number of concurrent decisions can overbook an embed.
 */
export interface EmbedStore {
  createEmbed(
    input: LearningEmbedInput,
    createdBy: string | undefined,
  ): Promise<LearningEmbed>;

  /**
   * Makes a provider's embeds those given, in one transaction: creates the
   * new, updates the changed (not their status, seats taken or
   * applications), deletes those left out with their applications, and
   * skips the unchanged. An embed whose host would change, or whose seats
   * would drop below those taken, keeps its old definition and is named
   * in `errors`.
   */
  replaceProviderEmbeds(
    provider: string,
    embeds: ProvidedLearningEmbed[],
  ): Promise<EmbedSyncResult>;

  getEmbed(id: string): Promise<LearningEmbed | undefined>;

  /** Those of the given embeds that exist, in no particular order. */
  getEmbeds(ids: string[]): Promise<LearningEmbed[]>;

  /**
   * The open embeds that work on an entity, by title, at most `limit`:
   * what its page shows, before permissions.
   */
  getOpenEmbedsLinkedTo(
    entityRef: string,
    limit: number,
  ): Promise<LearningEmbed[]>;

  listEmbeds(filter: EmbedFilter, page: PageRequest): Promise<EmbedPage>;

  /**
   * Changes an embed. Throws a ConflictError when it is closed, or when
   * fewer seats are asked than are taken; its status follows its seats.
   */
  updateEmbed(id: string, patch: EmbedPatch): Promise<LearningEmbed>;

  /** Closes an embed; closing a closed one changes nothing. */
  closeEmbed(id: string): Promise<ClosedEmbed>;

  deleteEmbed(id: string): Promise<boolean>;

  /**
   * Applies, or applies again after withdrawing; an application still
   * pending takes the new message. Throws a ConflictError when the embed
   * is not open or the application was already decided.
   */
  apply(
    embedId: string,
    applicantRef: string,
    message: string | undefined,
  ): Promise<{
    application: LearningEmbedApplication;
    /** The state it had before; absent for a new application. */
    previous?: LearningApplicationState;
  }>;

  /** Withdraws an application; an accepted one frees its seat. */
  withdraw(
    embedId: string,
    applicantRef: string,
  ): Promise<LearningEmbedApplication>;

  /**
   * Accepts or declines an application. Accepting takes a seat and throws
   * a ConflictError when none is left; declining an accepted application
   * frees its seat. Deciding as already decided changes nothing.
   */
  decide(
    embedId: string,
    applicationId: string,
    decision: Extract<LearningApplicationState, 'accepted' | 'declined'>,
    decidedBy: string,
  ): Promise<{
    application: LearningEmbedApplication;
    embed: LearningEmbed;
    /** False when it was already decided so. */
    changed: boolean;
  }>;

  getApplication(
    embedId: string,
    applicantRef: string,
  ): Promise<LearningEmbedApplication | undefined>;

  /** The applications to an embed, newest first. */
  listApplications(
    embedId: string,
    filter?: { state?: LearningApplicationState },
  ): Promise<LearningEmbedApplication[]>;

  /**
   * Embeds that are not closed with applications pending since before
   * `olderThan` (an ISO time), and how many of them.
   */
  countPendingApplications(
    olderThan: string,
  ): Promise<Array<{ embedId: string; count: number }>>;

  /** A user's applications, newest first. */
  listUserApplications(
    applicantRef: string,
  ): Promise<LearningEmbedApplication[]>;
}
