import {
  LearningFormat,
  LearningLevel,
  LearningLinkRelation,
  LearningResource,
  LearningResourceKind,
} from '@tech-learning/backstage-plugin-learning-common';
import { ProvidedLearningResource } from '@tech-learning/backstage-plugin-learning-node';

/** Filters of the resource list. All given filters must match. */
export interface ResourceFilter {
  kind?: LearningResourceKind;
  format?: LearningFormat;
  level?: LearningLevel;
  tag?: string;
  /** Full, normalised entity ref the resource is linked to. */
  entityRef?: string;
  /** Full, normalised ref of the owner. */
  owner?: string;
  /** Full, normalised ref of an SME. */
  sme?: string;
  /** Free text matched against title, summary and tags. */
  query?: string;
}

export type ResourceSort = 'title' | 'updated';

export interface ResourcePageRequest {
  sort: ResourceSort;
  limit: number;
  cursor?: string;
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

/** What a provider sync changed. */
export interface ProviderSyncResult {
  created: number;
  updated: number;
  deleted: number;
  unchanged: number;
}

/**
 * Persistence of learning resources and what they attach to.
 */
export interface LearningStore {
  listResources(
    filter: ResourceFilter,
    page: ResourcePageRequest,
  ): Promise<ResourcePage>;

  getResource(id: string): Promise<LearningResource | undefined>;

  /** Resources linked to any of the given entity refs, with the link. */
  getResourcesLinkedTo(entityRefs: string[]): Promise<EntityLinkedResource[]>;

  /**
   * Makes the provider's resources exactly `resources`, in one
   * transaction: creates the new, updates the changed, deletes the gone.
   */
  replaceProviderResources(
    provider: string,
    resources: ProvidedLearningResource[],
  ): Promise<ProviderSyncResult>;
}
