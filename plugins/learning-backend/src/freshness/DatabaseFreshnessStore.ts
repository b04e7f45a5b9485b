import {
  LearningFreshnessState,
  LearningLinkRelation,
} from '@tech-learning/backstage-plugin-learning-common';
import { Knex } from 'knex';
import { groupBy } from '../shared/sql';
import { toIsoTimestamp } from '../shared/timestamps';
import {
  FreshnessCandidate,
  FreshnessDetail,
  FreshnessFlag,
  FreshnessOutcome,
  FreshnessStore,
  LinkFingerprint,
} from './FreshnessStore';
import { EntityFingerprint } from './entityFingerprint';

interface CandidateRow {
  id: string;
  title: string;
  owner_ref: string;
  created_at: string | Date;
  reviewed_at: string | Date | null;
  review_interval_days: number | null;
  review_due_at: string | Date | null;
  freshness_flag: FreshnessFlag | null;
  freshness_detail: string | null;
  freshness_notified: LearningFreshnessState | null;
  review_version: number;
}

const CANDIDATE_COLUMNS = [
  'id',
  'title',
  'owner_ref',
  'created_at',
  'reviewed_at',
  'review_interval_days',
  'review_due_at',
  'freshness_flag',
  'freshness_detail',
  'freshness_notified',
  'review_version',
];

/** An empty detail is stored as null. */
function detailColumn(detail: FreshnessDetail): string | null {
  return detail.missing?.length ||
    detail.changed?.length ||
    detail.suspected?.length
    ? JSON.stringify(detail)
    : null;
}

/** The knex implementation of the {@link FreshnessStore}. */
export class DatabaseFreshnessStore implements FreshnessStore {
  constructor(private readonly db: Knex) {}

  async listCandidates(
    afterId: string | undefined,
    limit: number,
  ): Promise<FreshnessCandidate[]> {
    const query = this.db('learning_resources')
      .select<CandidateRow[]>(CANDIDATE_COLUMNS)
      .orderBy('id')
      .limit(limit);
    if (afterId !== undefined) {
      query.where('id', '>', afterId);
    }
    return this.hydrate(await query);
  }

  async getCandidate(id: string): Promise<FreshnessCandidate | undefined> {
    const rows = await this.db('learning_resources')
      .select<CandidateRow[]>(CANDIDATE_COLUMNS)
      .where({ id });
    return (await this.hydrate(rows))[0];
  }

  async saveOutcomes(
    outcomes: Array<FreshnessOutcome & { reviewVersion: number }>,
  ): Promise<Set<string>> {
    const saved = new Set<string>();
    if (outcomes.length === 0) {
      return saved;
    }
    await this.db.transaction(async tx => {
      for (const outcome of outcomes) {
        const updated = await tx('learning_resources')
          .where({ id: outcome.id, review_version: outcome.reviewVersion })
          .update(this.outcomeColumns(outcome));
        if (updated === 1) {
          saved.add(outcome.id);
          await this.replaceFingerprints(tx, outcome.id, outcome.fingerprints);
        }
      }
    });
    return saved;
  }

  async markReviewed(
    outcome: FreshnessOutcome & { reviewedAt: string; reviewedBy: string },
  ): Promise<void> {
    await this.db.transaction(async tx => {
      // how long the review waited once due, for the program's insights
      const before: Pick<CandidateRow, 'review_due_at'> | undefined = await tx(
        'learning_resources',
      )
        .where({ id: outcome.id })
        .forUpdate()
        .first('review_due_at');
      const dueAt = before?.review_due_at
        ? toIsoTimestamp(before.review_due_at)
        : undefined;
      if (dueAt && dueAt <= outcome.reviewedAt) {
        await tx('learning_review_waits')
          .insert({
            resource_id: outcome.id,
            due_at: dueAt,
            reviewed_at: outcome.reviewedAt,
            wait_hours: Math.round(
              (Date.parse(outcome.reviewedAt) - Date.parse(dueAt)) / 3_600_000,
            ),
          })
          .onConflict(['resource_id', 'reviewed_at'])
          .ignore();
      }
      await tx('learning_resources')
        .where({ id: outcome.id })
        .update({
          ...this.outcomeColumns(outcome),
          reviewed_at: outcome.reviewedAt,
          reviewed_by: outcome.reviewedBy,
          review_version: tx.raw('review_version + 1'),
        });
      await this.replaceFingerprints(tx, outcome.id, outcome.fingerprints);
    });
  }

  private outcomeColumns(outcome: FreshnessOutcome) {
    return {
      review_due_at: outcome.reviewDueAt,
      freshness_flag: outcome.flag,
      freshness_detail: detailColumn(outcome.detail),
      freshness_notified: outcome.notified,
    };
  }

  private async replaceFingerprints(
    tx: Knex.Transaction,
    id: string,
    fingerprints: LinkFingerprint[],
  ): Promise<void> {
    await tx('learning_link_fingerprints').where({ resource_id: id }).delete();
    if (fingerprints.length > 0) {
      await tx('learning_link_fingerprints').insert(
        fingerprints.map(f => ({
          resource_id: id,
          entity_ref: f.entityRef,
          reviewed: JSON.stringify(f.reviewed),
          current: JSON.stringify(f.current),
        })),
      );
    }
  }

  private async hydrate(rows: CandidateRow[]): Promise<FreshnessCandidate[]> {
    if (rows.length === 0) {
      return [];
    }
    const ids = rows.map(r => r.id);
    const [smes, links, fingerprints] = await Promise.all([
      this.db('learning_resource_smes')
        .whereIn('resource_id', ids)
        .orderBy('user_ref'),
      this.db('learning_resource_links')
        .whereIn('resource_id', ids)
        .orderBy(['entity_ref', 'relation']),
      this.db('learning_link_fingerprints')
        .whereIn('resource_id', ids)
        .orderBy('entity_ref'),
    ]);
    const smesBy = groupBy(smes, 'resource_id');
    const linksBy = groupBy(links, 'resource_id');
    const fingerprintsBy = groupBy(fingerprints, 'resource_id');
    return rows.map(row => ({
      id: row.id,
      title: row.title,
      owner: row.owner_ref,
      smes: (smesBy.get(row.id) ?? []).map(s => s.user_ref as string),
      links: (linksBy.get(row.id) ?? []).map(l => ({
        entityRef: l.entity_ref as string,
        relation: l.relation as LearningLinkRelation,
      })),
      createdAt: toIsoTimestamp(row.created_at),
      ...(row.reviewed_at
        ? { reviewedAt: toIsoTimestamp(row.reviewed_at) }
        : {}),
      ...(row.review_interval_days !== null
        ? { reviewIntervalDays: row.review_interval_days }
        : {}),
      ...(row.review_due_at
        ? { reviewDueAt: toIsoTimestamp(row.review_due_at) }
        : {}),
      ...(row.freshness_flag ? { flag: row.freshness_flag } : {}),
      detail: row.freshness_detail
        ? (JSON.parse(row.freshness_detail) as FreshnessDetail)
        : {},
      ...(row.freshness_notified ? { notified: row.freshness_notified } : {}),
      fingerprints: (fingerprintsBy.get(row.id) ?? []).map(f => ({
        entityRef: f.entity_ref as string,
        reviewed: JSON.parse(f.reviewed) as EntityFingerprint,
        current: JSON.parse(f.current) as EntityFingerprint,
      })),
      reviewVersion: row.review_version,
    }));
  }
}
