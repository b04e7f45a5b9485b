import { PermissionCriteria } from '@backstage/plugin-permission-common';
import { LearningLinkRelation } from '@tech-learning/backstage-plugin-learning-common';
import { NewSuggestedLink, ResourcePermissionQuery } from './ResourceStore';

/**
 * A suggested link as stored: what the permission rules of suggested links
 * are given.
 *
 * @public
 */
export interface SuggestedLinkRecord {
  id: string;
  resourceId: string;
  entityRef: string;
  relation: LearningLinkRelation;
  /** The entity's owner, as the catalog said when it was last read. */
  entityOwner?: string;
  suggestedBy: string;
  suggestedAt: string;
  status: 'pending' | 'dismissed';
  decidedBy?: string;
  decidedAt?: string;
}

/**
 * What a conditional decision on suggested links becomes in a query.
 *
 * @public
 */
export type SuggestedLinkPermissionQuery = {
  property: 'entityOwner';
  values: string[];
};

/** What became of a suggestion. */
export type SuggestOutcome =
  /** It waits for the owners now. */
  | { type: 'suggested'; suggestion: SuggestedLinkRecord }
  /** The same person suggested it already; it still waits. */
  | { type: 'pending'; suggestion: SuggestedLinkRecord }
  /** The owners dismissed it from this person, lately. */
  | { type: 'dismissed'; suggestion: SuggestedLinkRecord }
  /** It is a link already. */
  | { type: 'linked' };

/** Pending suggestions, filtered. */
export interface SuggestedLinkFilter {
  entityRef?: string;
  resourceId?: string;
  /** What the caller may read of the material. */
  readable?: PermissionCriteria<ResourcePermissionQuery>;
  /** Only what the caller may review. */
  reviewable?: PermissionCriteria<SuggestedLinkPermissionQuery>;
}

/** Stores suggested links. */
export interface SuggestedLinkStore {
  /**
   * Records the suggestion, unless it is a link, pending, or dismissed
   * from the same person after `dismissedSince`.
   */
  suggest(
    resourceId: string,
    link: NewSuggestedLink,
    dismissedSince: Date,
  ): Promise<SuggestOutcome>;

  getSuggestions(ids: string[]): Promise<SuggestedLinkRecord[]>;

  /** Pending suggestions, newest first. */
  listPending(
    filter: SuggestedLinkFilter,
    page: { limit: number; cursor?: string },
  ): Promise<{ items: SuggestedLinkRecord[]; nextCursor?: string }>;

  /**
   * Makes the suggested link a link, and removes every pending suggestion
   * of it, in one transaction; false when it was no longer pending.
   */
  accept(id: string): Promise<boolean>;

  /**
   * Dismisses every pending suggestion of the same link; false when it was
   * no longer pending.
   */
  dismiss(id: string, decidedBy: string): Promise<boolean>;

  /** Keeps the owner that the permission rule's SQL condition reads. */
  setEntityOwner(entityRef: string, owner: string | undefined): Promise<void>;

  /** Claims today's notice about an entity: true once per topic and day. */
  claimNotice(entityRef: string, topic: string): Promise<boolean>;
}
