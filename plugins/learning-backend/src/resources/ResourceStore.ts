import { PermissionCriteria } from '@backstage/plugin-permission-common';
import {
  LearningFormat,
  LearningFreshnessState,
  LearningLevel,
  LearningLink,
  LearningLinkRelation,
  LearningResource,
  LearningResourceInput,
  LearningResourceKind,
} from '@tech-learning/backstage-plugin-learning-common';
import { ProvidedLearningResource } from '@tech-learning/backstage-plugin-learning-node';
import { ListSort, PageRequest } from '../shared/cursor';
import { ProviderSyncResult } from '../shared/providerSync';

/** A link to suggest: who suggests it, and to whom. */
export interface NewSuggestedLink {
  entityRef: string;
  relation: LearningLinkRelation;
  entityOwner?: string;
  suggestedBy: string;
}

/**
 * A permission condition on resources, as the store can express it in SQL.
 * Permission rules translate their parameters into these.
 *
 * @public
 */
export type ResourcePermissionQuery =
  | { property: 'owner'; values: string[] }
  | { property: 'sme'; values: string[] }
  | { property: 'source'; value: 'api' | 'provider' };

/** Filters of the resource list. All given filters must match. */
export interface ResourceFilter {
  kind?: LearningResourceKind;
  format?: LearningFormat;
  level?: LearningLevel;
  tag?: string;
  /** Full, normalised entity ref the resource is linked to. */
  entityRef?: string;
  /** Full, normalised entity ref a step of the path is linked to. */
  stepEntityRef?: string;
  /** Full, normalised ref of the owner. */
  owner?: string;
  /** Full, normalised ref of an SME. */
  sme?: string;
  freshness?: LearningFreshnessState;
  /** Only resources that are due, possibly outdated or broken. */
  needsReview?: boolean;
  /** Only resources owned by, or with an SME among, these full refs. */
  taughtBy?: string[];
  /** A full-text query (see `parseTextQuery`) over title, tags, summary and description. */
  query?: string;
  /** What the caller may read, from a conditional permission decision. */
  permission?: PermissionCriteria<ResourcePermissionQuery>;
}

export interface ResourcePage {
  items: LearningResource[];
  totalCount: number;
  nextCursor?: string;
}

/** A link from a resource to one of the requested entities. */
export interface EntityLinkedResource {
  entityRef: string;
  relation: LearningLinkRelation;
  resource: LearningResource;
}

/**
 * The fields of a resource as the store keeps them: validated, refs
 * normalised, steps as resource ids. Links are stored on their own.
 */
export type StoredResourceFields = Omit<LearningResourceInput, 'links'>;

/**
 * Persistence of learning resources and what they attach to.
 */
export interface ResourceStore {
  listResources(
    filter: ResourceFilter,
    page: PageRequest<ListSort>,
  ): Promise<ResourcePage>;

  getResource(id: string): Promise<LearningResource | undefined>;

  /** Those of the given resources that exist, in no particular order. */
  getResources(ids: string[]): Promise<LearningResource[]>;

  /** The kinds of those of the given ids that exist. */
  getResourceKinds(ids: string[]): Promise<Map<string, LearningResourceKind>>;

  /** Resources linked to any of the given entity refs, with the link. */
  getResourcesLinkedTo(entityRefs: string[]): Promise<EntityLinkedResource[]>;

  /**
   * Creates an API-authored resource with its links and the links it
   * suggests to entities' owners, in one transaction.
   */
  createResource(
    fields: StoredResourceFields & { links?: LearningLink[] },
    createdBy?: string,
    suggestedLinks?: NewSuggestedLink[],
  ): Promise<LearningResource>;

  /**
   * Replaces the fields (and SMEs, tags, docs, steps) of a resource; links
   * stay. Returns undefined when the resource does not exist.
   */
  updateResource(
    id: string,
    fields: StoredResourceFields,
  ): Promise<LearningResource | undefined>;

  /** Returns false when there was nothing to delete. */
  deleteResource(id: string): Promise<boolean>;

  /** Returns false when the link existed already. */
  addLink(id: string, link: LearningLink): Promise<boolean>;

  /** Removes the links to the entity (of one relation, if given). */
  removeLinks(
    id: string,
    entityRef: string,
    relation?: LearningLinkRelation,
  ): Promise<number>;

  /** Returns false when the user was an SME already. */
  addSme(id: string, userRef: string): Promise<boolean>;

  /** Returns false when the user was not an SME. */
  removeSme(id: string, userRef: string): Promise<boolean>;

  /**
   * Makes the provider's resources exactly `resources`, in one
   * transaction: creates the new, updates the changed, deletes the gone.
   */
  replaceProviderResources(
    provider: string,
    resources: ProvidedLearningResource[],
  ): Promise<ProviderSyncResult>;

  /** Ids of the provider's resources, by the provider's keys. */
  getProviderResourceIds(provider: string): Promise<Map<string, string>>;
}
