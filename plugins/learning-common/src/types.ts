/**
 * The kinds of learning resource.
 *
 * @public
 */
export const LEARNING_RESOURCE_KINDS = ['course', 'toolkit', 'path'] as const;

/** @public */
export type LearningResourceKind = (typeof LEARNING_RESOURCE_KINDS)[number];

/**
 * How a learning resource is delivered.
 *
 * @public
 */
export const LEARNING_FORMATS = [
  'live',
  'bootcamp',
  'workshop',
  'video',
  'podcast',
  'self-paced',
  'lab',
  'reading',
] as const;

/** @public */
export type LearningFormat = (typeof LEARNING_FORMATS)[number];

/** @public */
export const LEARNING_LEVELS = [
  'beginner',
  'intermediate',
  'advanced',
] as const;

/** @public */
export type LearningLevel = (typeof LEARNING_LEVELS)[number];

/**
 * How a resource relates to a catalog entity it is linked to.
 *
 * @public
 */
export const LEARNING_LINK_RELATIONS = [
  'teaches',
  'uses',
  'prerequisite-for',
] as const;

/** @public */
export type LearningLinkRelation = (typeof LEARNING_LINK_RELATIONS)[number];

/** @public */
export interface LearningUrl {
  title?: string;
  url: string;
}

/**
 * A TechDocs page that a resource points to.
 *
 * @public
 */
export interface LearningDocRef {
  /** Full ref of the entity whose TechDocs hold the page. */
  entityRef: string;
  /** Path inside the entity's docs, without a leading slash. */
  path?: string;
  title?: string;
}

/** @public */
export interface LearningLink {
  entityRef: string;
  relation: LearningLinkRelation;
}

/**
 * Where a resource came from. Provider-owned resources are read-only in
 * the UI, which links to `location`.
 *
 * @public
 */
export interface LearningSource {
  type: 'api' | 'provider';
  /** Provider id, for provider-owned resources. */
  provider?: string;
  /** Where the resource is defined (a file URL, an LMS page). */
  location?: string;
}

/**
 * A course, toolkit or learning path.
 *
 * @public
 */
export interface LearningResource {
  id: string;
  kind: LearningResourceKind;
  title: string;
  summary: string;
  description?: string;
  format: LearningFormat;
  level: LearningLevel;
  durationMinutes?: number;
  language: string;
  tags: string[];
  urls: LearningUrl[];
  /** Full ref of the owning catalog Group or User. */
  owner: string;
  /** Full refs of catalog Users. */
  smes: string[];
  docs: LearningDocRef[];
  links: LearningLink[];
  /** Ordered resource ids, for paths. */
  steps: string[];
  reviewedAt?: string;
  reviewIntervalDays?: number;
  source: LearningSource;
  createdAt: string;
  updatedAt: string;
}

/**
 * A resource as seen from one entity's page.
 *
 * @public
 */
export interface EntityLearningItem {
  resource: LearningResource;
  relation: LearningLinkRelation;
  /**
   * `entity` when linked to the entity itself, `system` when linked to the
   * system the entity is part of.
   */
  via: 'entity' | 'system';
}

/**
 * Everything an entity page needs, in one response.
 *
 * @public
 */
export interface EntityLearningSummary {
  entityRef: string;
  /** The system the entity belongs to, when it has one. */
  systemRef?: string;
  items: EntityLearningItem[];
  /** Distinct SMEs across the items, as full user refs. */
  smes: string[];
  /** Distinct docs across the items. */
  docs: LearningDocRef[];
}

/** @public */
export interface LearningResourcePage {
  items: LearningResource[];
  totalCount: number;
  /** Pass as `cursor` to get the next page; absent on the last page. */
  nextCursor?: string;
}

/**
 * The fields of a resource that its author sets.
 *
 * @public
 */
export interface LearningResourceInput {
  kind: LearningResourceKind;
  title: string;
  summary: string;
  description?: string;
  format: LearningFormat;
  level: LearningLevel;
  durationMinutes?: number;
  language?: string;
  tags?: string[];
  urls?: LearningUrl[];
  owner: string;
  smes?: string[];
  docs?: LearningDocRef[];
  links?: LearningLink[];
  reviewedAt?: string;
  reviewIntervalDays?: number;
}
