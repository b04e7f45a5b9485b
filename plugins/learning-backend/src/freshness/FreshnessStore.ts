import {
  LearningEntityChange,
  LearningFreshnessState,
  LearningLink,
} from '@tech-learning/backstage-plugin-learning-common';
import { EntityFingerprint } from './entityFingerprint';

/** What the checker flags; `due` and `fresh` follow from the dates. */
export type FreshnessFlag = 'broken' | 'possibly-outdated';

/** Why a resource is flagged. */
export interface FreshnessDetail {
  /** Refs the catalog lacked at this check and the one before. */
  missing?: string[];
  changed?: LearningEntityChange[];
  /** Refs the catalog lacked at this check only; not shown. */
  suspected?: string[];
}

/** What one entity a resource teaches looked like, then and now. */
export interface LinkFingerprint {
  entityRef: string;
  /** At the last review, or when the checker first saw the link. */
  reviewed: EntityFingerprint;
  /** At the last check. */
  current: EntityFingerprint;
}

/** A resource as the freshness checker reads it. */
export interface FreshnessCandidate {
  id: string;
  title: string;
  owner: string;
  smes: string[];
  links: LearningLink[];
  createdAt: string;
  reviewedAt?: string;
  reviewIntervalDays?: number;
  reviewDueAt?: string;
  flag?: FreshnessFlag;
  detail: FreshnessDetail;
  notified?: LearningFreshnessState;
  fingerprints: LinkFingerprint[];
  /**
   * The version of the resource's review state this was read at, so that
   * a review or an edit in between is not undone.
   */
  reviewVersion: number;
}

/** What the checker concluded about one resource. */
export interface FreshnessOutcome {
  id: string;
  reviewDueAt: string | null;
  flag: FreshnessFlag | null;
  detail: FreshnessDetail;
  notified: LearningFreshnessState | null;
  fingerprints: LinkFingerprint[];
}

/** Persistence of review state and entity fingerprints. */
export interface FreshnessStore {
  /** Resources by id, after the given one, with all the checker needs. */
  listCandidates(
    afterId: string | undefined,
    limit: number,
  ): Promise<FreshnessCandidate[]>;

  getCandidate(id: string): Promise<FreshnessCandidate | undefined>;

  /**
   * Saves outcomes, each only if the resource was neither reviewed nor
   * changed since it was read (`reviewVersion`); returns the ids saved.
   */
  saveOutcomes(
    outcomes: Array<FreshnessOutcome & { reviewVersion: number }>,
  ): Promise<Set<string>>;

  /**
   * Records a review: who and when, the due date from it, the fingerprints
   * as reviewed; forgets what the SMEs were told.
   */
  markReviewed(
    outcome: FreshnessOutcome & { reviewedAt: string; reviewedBy: string },
  ): Promise<void>;
}
