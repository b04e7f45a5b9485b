import { PermissionCriteria } from '@backstage/plugin-permission-common';
import { ResourcePermissionQuery } from '../resources';

/**
 * A cohort as stored: what the permission rules of cohorts are given.
 *
 * @public
 */
export interface CohortRecord {
  id: string;
  resourceId: string;
  title?: string;
  startsOn: string;
  endsOn: string;
  weeks: number;
  /** Parts of a self-paced resource; undefined for a path. */
  parts?: number;
  capacity: number;
  memberCount: number;
  facilitator?: string;
  createdBy: string;
  digestWeek?: number;
  digestAt?: string;
  createdAt: string;
  updatedAt: string;
}

/**
 * A condition on cohorts that a permission rule turned into a query.
 *
 * @public
 */
export type CohortPermissionQuery = {
  property: 'creator' | 'facilitator';
  values: string[];
};

/** A cohort's member. */
export interface CohortMembership {
  userRef: string;
  joinedAt: string;
}

/** What a list of cohorts is filtered by; all given must hold. */
export interface CohortFilter {
  resourceIds?: string[];
  /** Cohorts this user is a member or the facilitator of. */
  memberOrFacilitator?: string;
  /** Cohorts whose last day is on or after this day. */
  endsFrom?: string;
  /** Cohorts whose last day is before this day. */
  endsBefore?: string;
  /** Cohorts that start after this day. */
  startsAfter?: string;
  /** Cohorts that started on or before this day. */
  startsTo?: string;
}

/** Persistence of cohorts and their members. */
export interface CohortStore {
  /**
   * Creates a cohort; with `firstMember`, that user is its first member
   * in the same transaction.
   */
  createCohort(
    cohort: Omit<
      CohortRecord,
      | 'id'
      | 'memberCount'
      | 'createdAt'
      | 'updatedAt'
      | 'digestWeek'
      | 'digestAt'
    >,
    firstMember?: string,
  ): Promise<CohortRecord>;

  getCohort(id: string): Promise<CohortRecord | undefined>;

  /** Those of the given ids that exist, in no particular order. */
  getCohorts(ids: string[]): Promise<CohortRecord[]>;

  /**
   * Cohorts by start day (earliest first), a page at a time, filtered by
   * the filter and a conditional read decision.
   */
  listCohorts(
    filter: CohortFilter,
    page: { limit: number; cursor?: string },
    permission?: {
      cohorts?: PermissionCriteria<CohortPermissionQuery>;
      resources?: PermissionCriteria<ResourcePermissionQuery>;
    },
  ): Promise<{ items: CohortRecord[]; nextCursor?: string }>;

  /**
   * Changes a cohort. Throws a ConflictError when the capacity asked for
   * is below its members; undefined when it does not exist.
   */
  updateCohort(
    id: string,
    patch: Partial<
      Pick<
        CohortRecord,
        'title' | 'startsOn' | 'endsOn' | 'capacity' | 'facilitator'
      >
    >,
  ): Promise<CohortRecord | undefined>;

  /** Returns false when there was nothing to delete. */
  deleteCohort(id: string): Promise<boolean>;

  /**
   * Adds the user to the cohort, never above its capacity, however many
   * join at once. Throws a ConflictError when every seat is taken, a
   * NotFoundError when the cohort does not exist. `joined` is false when
   * the user was a member already.
   */
  join(
    id: string,
    userRef: string,
  ): Promise<{ cohort: CohortRecord; joined: boolean }>;

  /** Returns false when the user was not a member. */
  leave(id: string, userRef: string): Promise<boolean>;

  /** The members, earliest joined first. */
  listMembers(id: string): Promise<CohortMembership[]>;

  /** Which of the cohorts the user is a member of. */
  membershipsOf(userRef: string, cohortIds: string[]): Promise<Set<string>>;

  /**
   * Answers given since `since` in the cohort's discussion and in those of
   * its material (the resource, or the path and its steps).
   */
  countAnswersSince(cohort: CohortRecord, since: string): Promise<number>;

  /**
   * Records that the digest of `week` went out, unless it did already (by
   * another run, on another replica): returns whether this call did.
   */
  claimDigest(id: string, week: number, at: string): Promise<boolean>;
}
