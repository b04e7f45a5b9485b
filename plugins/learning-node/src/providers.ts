import { createExtensionPoint } from '@backstage/backend-plugin-api';
import {
  LearningEmbedInput,
  LearningEnrolmentState,
  LearningResourceInput,
} from '@tech-learning/backstage-plugin-learning-common';

/**
 * A resource as a provider delivers it.
 *
 * @public
 */
export interface ProvidedLearningResource extends LearningResourceInput {
  /** Stable id of the resource at the provider; unique per provider. */
  key: string;
  /** Where the resource is defined, shown as its source in the UI. */
  location?: string;
  /** Keys of this provider's resources, in order, for learning paths. */
  steps?: string[];
}

/**
 * An embed as a provider delivers it. Its definition is the provider's;
 * its status, seats taken and applications are the hosts' and applicants'
 * doing in Backstage. Its host does not change once it exists.
 *
 * @public
 */
export interface ProvidedLearningEmbed extends LearningEmbedInput {
  /** Stable id of the embed at the provider; unique per provider. */
  key: string;
  /**
   * Where the embed is defined, shown as its source in the UI (`location`
   * is where the embed takes place).
   */
  sourceLocation?: string;
}

/**
 * What a learner did with one of the provider's resources, as the provider
 * recorded it: an LMS's enrolment or completion, a survey's rating.
 *
 * @public
 */
export interface ProvidedLearnerRecord {
  /** `key` of one of this provider's resources. */
  resourceKey: string;
  /** Full ref of a catalog User. */
  userRef: string;
  state: LearningEnrolmentState;
  /** 0 to 100; follows from the state when left out. */
  progress?: number;
  /** When the learner enrolled (ISO 8601); defaults to `updatedAt`. */
  enrolledAt?: string;
  /** When the record last changed at the provider (ISO 8601). */
  updatedAt: string;
  /** The learner's rating, 1 to 5, with an optional comment. */
  rating?: number;
  comment?: string;
}

/**
 * The provider's complete current set of resources (and embeds). Resources of the
 * provider that are not in it are removed; the others are created or
 * updated. Applying the same set twice changes nothing.
 *
 * Learner records are merged, not replaced: a record is written when the
 * user has nothing stored for the resource, or something older than the
 * record's `updatedAt`, so a learner's own later progress is never rolled
 * back; and a record left out of a later mutation stays, because a
 * learner's history outlives a provider's export.
 *
 * @public
 */
export interface LearningProviderFullMutation {
  type: 'full';
  resources: ProvidedLearningResource[];
  learnerRecords?: ProvidedLearnerRecord[];
  /**
   * The provider's complete set of embeds, synced as resources are; left
   * out, the provider has none (any it delivered before are removed).
   */
  embeds?: ProvidedLearningEmbed[];
}

/**
 * What a provider is handed when the learning backend starts.
 *
 * @public
 */
export interface LearningProviderConnection {
  applyMutation(mutation: LearningProviderFullMutation): Promise<void>;
  /**
   * Applies statements about learners from a learning record store (an
   * LMS's xAPI statements), in one transaction with the provider's new
   * cursor. Each statement is applied once, by its id; a voided one is
   * undone. A learner's enrolment on a resource follows from the
   * statements not voided (completed if one says so, else in progress
   * with the highest progress), unless something newer was recorded in
   * Backstage.
   */
  applyStatements(
    batch: LearnerStatementBatch,
  ): Promise<LearnerStatementResult>;
  /** The cursor saved with the provider's last batch of statements. */
  getCursor(): Promise<string | undefined>;
}

/**
 * A learner's progress on a learning resource, as a learning record store
 * states it.
 *
 * @public
 */
export interface ProvidedLearnerStatement {
  /** Unique in the provider's store (an xAPI statement id). */
  id: string;
  /** The catalog user: a full ref (`user:default/alice-chen`). */
  userRef: string;
  /**
   * The resource: its id, or an activity id (an IRI) that is one of the
   * resource's URLs.
   */
  resource: { id: string } | { activityId: string };
  state: 'in-progress' | 'completed';
  /** 0 to 100, for a statement of progress. */
  progress?: number;
  /** When it happened (ISO 8601). */
  timestamp: string;
}

/**
 * A batch of statements, with what they void and where the provider has
 * read up to.
 *
 * @public
 */
export interface LearnerStatementBatch {
  statements: ProvidedLearnerStatement[];
  /**
   * Ids of voided statements: applied before, in this batch, or not yet
   * seen (they are then never applied).
   */
  voidedIds?: string[];
  /** Saved with the batch; `getCursor` answers it. */
  cursor?: string;
}

/**
 * What a batch of statements changed, and what it could not match.
 *
 * @public
 */
export interface LearnerStatementResult {
  /** Statements applied for the first time. */
  applied: number;
  /** Statements applied before (by id), or voided before they came. */
  duplicates: number;
  /** Statements undone by this batch's voided ids. */
  voided: number;
  /** Enrolments written or removed. */
  enrolmentsChanged: number;
  /**
   * Statements left out, and why: their resource is not known, or they
   * are not valid (an id over 255 characters, no full user ref, no time).
   */
  unmatched: Array<{ id: string; reason: string }>;
}

/**
 * A source of learning material outside the plugin's own API: an LMS, a
 * video platform, a file. The provider decides when to read its source
 * (usually on a schedule) and applies what it read through the connection.
 * Material it provides is read-only in the UI.
 *
 * @public
 */
export interface LearningProvider {
  /** A unique, stable name; it owns the resources it provides. */
  getProviderName(): string;
  connect(connection: LearningProviderConnection): Promise<void>;
}

/**
 * Lets backend modules add learning providers.
 *
 * @public
 */
export interface LearningProvidersExtensionPoint {
  addProvider(...providers: LearningProvider[]): void;
}

/**
 * Lets backend modules add learning providers.
 *
 * @public
 */
export const learningProvidersExtensionPoint =
  createExtensionPoint<LearningProvidersExtensionPoint>({
    id: 'learning.providers',
  });
