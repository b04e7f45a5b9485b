import type { LearningEmbed } from './embeds';

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

/**
 * Where a learner stands on a resource.
 *
 * @public
 */
export const LEARNING_ENROLMENT_STATES = [
  'enrolled',
  'in-progress',
  'completed',
] as const;

/** @public */
export type LearningEnrolmentState = (typeof LEARNING_ENROLMENT_STATES)[number];

/**
 * How much a resource can be trusted, worst first: `broken` (an entity it is
 * linked to no longer exists), `possibly-outdated` (an entity it teaches
 * changed since the last review), `due` (its review date plus interval has
 * passed), `fresh`.
 *
 * @public
 */
export const LEARNING_FRESHNESS_STATES = [
  'broken',
  'possibly-outdated',
  'due',
  'fresh',
] as const;

/** @public */
export type LearningFreshnessState = (typeof LEARNING_FRESHNESS_STATES)[number];

/**
 * The aspects of a catalog entity whose change may outdate material that
 * teaches it: `spec` is whatever of the spec the others do not cover.
 *
 * @public
 */
export const LEARNING_ENTITY_ASPECTS = [
  'lifecycle',
  'owner',
  'definition',
  'dependencies',
  'spec',
] as const;

/** @public */
export type LearningEntityAspect = (typeof LEARNING_ENTITY_ASPECTS)[number];

/**
 * Each aspect as people read it, for the UI and notifications.
 *
 * @public
 */
export const LEARNING_ENTITY_ASPECT_NAMES: Record<
  LearningEntityAspect,
  string
> = {
  lifecycle: 'lifecycle',
  owner: 'owner',
  definition: 'API definition',
  dependencies: 'dependencies',
  spec: 'spec',
};

/**
 * An entity a resource teaches that changed since the resource was last
 * reviewed.
 *
 * @public
 */
export interface LearningEntityChange {
  entityRef: string;
  aspects: LearningEntityAspect[];
}

/** @public */
export interface LearningFreshness {
  state: LearningFreshnessState;
  /** When the resource is (or was) due for review. */
  reviewDueAt?: string;
  /** Linked entities, SMEs or the owner no longer in the catalog. */
  missing?: string[];
  /** Entities it teaches that changed since the last review. */
  changed?: LearningEntityChange[];
}

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
  /** Provider id, for what a provider owns. */
  provider?: string;
  /** Where it is defined (a file URL, an LMS page). */
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
  /** Who last marked it reviewed in Backstage. */
  reviewedBy?: string;
  reviewIntervalDays?: number;
  freshness: LearningFreshness;
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
  resource: LearningResourceSummary;
  relation: LearningLinkRelation;
  /**
   * `entity` when linked to the entity itself, `system` when linked to the
   * system the entity is part of.
   */
  via: 'entity' | 'system';
  /** Users enrolled, in progress or completed. */
  learners: number;
  completions: number;
  rating: LearningRating;
  /** The signed-in viewer's own enrolment, if any. */
  myEnrolment?: LearningEnrolment;
}

/**
 * A resource as an entity page lists it: everything but its description
 * and its links to other entities, which the resource's own page shows.
 *
 * @public
 */
export type LearningResourceSummary = Omit<
  LearningResource,
  'description' | 'links'
>;

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
  /**
   * Open embeds that work on the entity or on its system, by title; at
   * most 20 of each.
   */
  embeds: EntityLearningEmbed[];
}

/**
 * An open embed as seen from one entity's page.
 *
 * @public
 */
export interface EntityLearningEmbed {
  embed: LearningEmbed;
  /** As for items: linked to the entity itself, or to its system. */
  via: 'entity' | 'system';
}

/**
 * What the members of a group (its members in the catalog and those of
 * its child groups) learn, in aggregate. So that nobody is singled out, the numbers are present only
 * when at least `minimumLearners` members learn anything (`withheld`
 * otherwise), and a resource is listed only when at least that many
 * members learn it.
 *
 * @public
 */
export interface GroupLearners {
  groupRef: string;
  memberCount: number;
  minimumLearners: number;
  withheld: boolean;
  /** Members with at least one enrolment. */
  learnerCount?: number;
  /** The members' enrolments, by state. */
  enrolments?: { enrolled: number; inProgress: number; completed: number };
  /** The resources most members learn, among those the caller may read. */
  topResources?: Array<{
    resource: LearningResourceSummary;
    learners: number;
    completions: number;
  }>;
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
  /** Ordered resource ids, for paths. */
  steps?: string[];
  reviewedAt?: string;
  reviewIntervalDays?: number;
}

/**
 * A change to a resource: the given fields replace the current ones, and
 * null clears an optional one. Links change through their own routes,
 * since they need the entity's permission.
 *
 * @public
 */
export type LearningResourcePatch = Partial<
  Omit<
    LearningResourceInput,
    | 'links'
    | 'description'
    | 'durationMinutes'
    | 'reviewedAt'
    | 'reviewIntervalDays'
  >
> & {
  /** null clears it */
  description?: string | null;
  /** null clears it */
  durationMinutes?: number | null;
  /** null clears it */
  reviewedAt?: string | null;
  /** null clears it */
  reviewIntervalDays?: number | null;
};

/**
 * The average rating of a resource; `average` is absent when nobody rated.
 *
 * @public
 */
export interface LearningRating {
  average?: number;
  count: number;
}

/** @public */
export interface LearningEnrolment {
  resourceId: string;
  userRef: string;
  state: LearningEnrolmentState;
  /** 0 to 100. */
  progress: number;
  /** The session of a live course the user holds a seat in. */
  sessionId?: string;
  enrolledAt: string;
  startedAt?: string;
  completedAt?: string;
  updatedAt: string;
}

/**
 * What a learner sets on their own enrolment. Setting the same values twice
 * changes nothing. `completed` implies progress 100; progress 100 implies
 * `completed`; progress above 0 implies at least `in-progress`.
 *
 * @public
 */
export interface LearningEnrolmentInput {
  state?: LearningEnrolmentState;
  progress?: number;
  /** A session to hold a seat in; `null` gives the seat back. */
  sessionId?: string | null;
}

/** @public */
export interface MyLearningItem {
  enrolment: LearningEnrolment;
  resource: LearningResource;
}

/** @public */
export interface LearningFeedback {
  resourceId: string;
  userRef: string;
  /** 1 to 5. */
  rating: number;
  comment?: string;
  createdAt: string;
  updatedAt: string;
}

/** @public */
export interface LearningFeedbackInput {
  rating: number;
  comment?: string;
}

/** @public */
export interface LearningFeedbackPage {
  rating: LearningRating;
  items: LearningFeedback[];
  totalCount: number;
}

/** @public */
export interface MyLearningPage {
  items: MyLearningItem[];
  totalCount: number;
}

/**
 * A scheduled run of a live course.
 *
 * @public
 */
export interface LearningSession {
  id: string;
  resourceId: string;
  startsAt: string;
  endsAt: string;
  seats: number;
  seatsTaken: number;
  location?: string;
  url?: string;
}

/** @public */
export interface LearningSessionInput {
  startsAt: string;
  endsAt: string;
  seats: number;
  location?: string;
  url?: string;
}
