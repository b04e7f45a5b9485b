import {
  LearningFreshness,
  LearningLinkRelation,
  LearningResource,
  LearningUrl,
} from '@tech-learning/backstage-plugin-learning-common';
import { ratingOf } from '../shared/ratings';
import { sourceOf } from '../shared/sql';
import { toIsoTimestamp } from '../shared/timestamps';
import { StoredResourceFields } from './ResourceStore';
import { freshnessStateOf, reviewDueAt } from './reviewDue';

/*
 * The rows of the resource tables, and how they map to what the API says.
 */

/** Row of `learning_resources`. */
export interface ResourceRow {
  id: string;
  kind: LearningResource['kind'];
  title: string;
  summary: string;
  description: string | null;
  format: LearningResource['format'];
  level: LearningResource['level'];
  duration_minutes: number | null;
  language: string;
  urls: string;
  owner_ref: string;
  reviewed_at: string | Date | null;
  review_interval_days: number | null;
  source_type: 'api' | 'provider';
  source_provider: string | null;
  source_key: string | null;
  source_location: string | null;
  source_hash: string | null;
  review_due_at: string | Date | null;
  reviewed_by: string | null;
  freshness_flag: 'possibly-outdated' | 'broken' | null;
  freshness_detail: string | null;
  created_by: string | null;
  created_at: string | Date;
  updated_at: string | Date;
  /** Counters kept by the learner store's writes. */
  learner_count: number;
  completion_count: number;
  rating_count: number;
  rating_sum: number;
}

/**
 * A provider's review date, or the review recorded in Backstage if that is
 * later: a provider that knows nothing of reviews does not undo them.
 */
export function laterReview(
  provided: string | undefined,
  stored:
    | { reviewed_at: string | Date | null; reviewed_by: string | null }
    | undefined,
): { reviewedAt?: string; reviewedBy: string | null } {
  const storedAt = stored?.reviewed_at
    ? toIsoTimestamp(stored.reviewed_at)
    : undefined;
  if (storedAt && (!provided || Date.parse(storedAt) > Date.parse(provided))) {
    return { reviewedAt: storedAt, reviewedBy: stored?.reviewed_by ?? null };
  }
  return { reviewedAt: provided, reviewedBy: null };
}

/** The columns of a resource's fields (its children are rows of their own). */
export function toRowFields(
  resource: StoredResourceFields,
  createdAt: string,
  defaultReviewIntervalDays: number,
) {
  return {
    kind: resource.kind,
    title: resource.title,
    summary: resource.summary,
    description: resource.description ?? null,
    format: resource.format,
    level: resource.level,
    duration_minutes: resource.durationMinutes ?? null,
    language: resource.language ?? 'en',
    urls: JSON.stringify(resource.urls ?? []),
    owner_ref: resource.owner,
    reviewed_at: resource.reviewedAt ?? null,
    review_interval_days: resource.reviewIntervalDays ?? null,
    review_due_at: reviewDueAt(
      resource.reviewedAt,
      createdAt,
      resource.reviewIntervalDays,
      defaultReviewIntervalDays,
    ),
  };
}

function freshnessOf(row: ResourceRow, now: string): LearningFreshness {
  const due = row.review_due_at ? toIsoTimestamp(row.review_due_at) : undefined;
  const state = freshnessStateOf(row.freshness_flag, due, now);
  const detail: Pick<LearningFreshness, 'missing' | 'changed'> =
    row.freshness_flag && row.freshness_detail
      ? JSON.parse(row.freshness_detail)
      : {};
  return {
    state,
    ...(due ? { reviewDueAt: due } : {}),
    ...(detail.missing?.length ? { missing: detail.missing } : {}),
    ...(detail.changed?.length ? { changed: detail.changed } : {}),
  };
}

/** The child rows of a resource, by table. */
interface ResourceChildRows {
  tags: Array<{ tag: string }>;
  smes: Array<{ user_ref: string }>;
  links: Array<{ entity_ref: string; relation: LearningLinkRelation }>;
  docs: Array<{
    entity_ref: string;
    path: string | null;
    title: string | null;
  }>;
  steps: Array<{ resource_id: string }>;
}

/** A resource as the API tells it, from its row and child rows. */
export function toResource(
  row: ResourceRow,
  children: ResourceChildRows,
  now: string,
): LearningResource {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    summary: row.summary,
    ...(row.description ? { description: row.description } : {}),
    format: row.format,
    level: row.level,
    ...(row.duration_minutes !== null
      ? { durationMinutes: row.duration_minutes }
      : {}),
    language: row.language,
    tags: children.tags.map(t => t.tag),
    urls: JSON.parse(row.urls) as LearningUrl[],
    owner: row.owner_ref,
    smes: children.smes.map(s => s.user_ref),
    docs: children.docs.map(d => ({
      entityRef: d.entity_ref,
      ...(d.path ? { path: d.path } : {}),
      ...(d.title ? { title: d.title } : {}),
    })),
    links: children.links.map(l => ({
      entityRef: l.entity_ref,
      relation: l.relation,
    })),
    steps: children.steps.map(s => s.resource_id),
    ...(row.reviewed_at ? { reviewedAt: toIsoTimestamp(row.reviewed_at) } : {}),
    ...(row.reviewed_by ? { reviewedBy: row.reviewed_by } : {}),
    ...(row.review_interval_days !== null
      ? { reviewIntervalDays: row.review_interval_days }
      : {}),
    freshness: freshnessOf(row, now),
    stats: {
      learners: Number(row.learner_count),
      completions: Number(row.completion_count),
      rating: ratingOf(Number(row.rating_count), Number(row.rating_sum)),
    },
    source: sourceOf(row),
    createdAt: toIsoTimestamp(row.created_at),
    updatedAt: toIsoTimestamp(row.updated_at),
  };
}
