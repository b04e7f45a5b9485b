import type { IndexableDocument } from '@backstage/plugin-search-common';
import type { LearningEmbedStatus } from './embeds';
import type {
  LearningFormat,
  LearningFreshnessState,
  LearningLevel,
  LearningResourceKind,
} from './types';

/**
 * The search document type of learning resources (courses, toolkits,
 * paths) in Backstage search.
 *
 * @public
 */
export const LEARNING_RESOURCE_SEARCH_TYPE = 'learning-resource';

/**
 * The search document type of embeds in Backstage search.
 *
 * @public
 */
export const LEARNING_EMBED_SEARCH_TYPE = 'learning-embed';

/**
 * A learning resource as Backstage search indexes it. `text` holds its
 * summary, description as plain text, tags and the names of what it
 * teaches; `authorization.resourceRef` is its id, so that search shows it
 * only to who may read it.
 *
 * @public
 */
export interface LearningResourceSearchDocument extends IndexableDocument {
  kind: LearningResourceKind;
  format: LearningFormat;
  level: LearningLevel;
  durationMinutes?: number;
  tags: string[];
  /** Full ref of the owning group or user. */
  owner: string;
  /** Full refs of the entities it teaches. */
  teaches: string[];
  /** The names (title, else name) of the entities it teaches, in order. */
  teachesTitles: string[];
  freshness: LearningFreshnessState;
  /** The average rating, when it has one. */
  rating?: number;
  ratingCount: number;
  learnerCount: number;
}

/**
 * An embed as Backstage search indexes it. `authorization.resourceRef` is
 * its id.
 *
 * @public
 */
export interface LearningEmbedSearchDocument extends IndexableDocument {
  /** Full ref of the hosting group. */
  host: string;
  status: LearningEmbedStatus;
  skills: string[];
  /** Full refs of the entities it works on. */
  entityRefs: string[];
  startsOn?: string;
  durationWeeks: number;
  seats: number;
  seatsTaken: number;
}
