import {
  LearningEmptyPage,
  LearningLowRated,
  LearningSearchMiss,
  LearningSmeLoad,
} from '@tech-learning/backstage-plugin-learning-common';
import { Knex } from 'knex';
import { ratingOf } from '../shared/ratings';
import { toNumber } from '../shared/sql';
import { toIsoTimestamp } from '../shared/timestamps';
import {
  ActivityCount,
  FreshnessCounts,
  InsightsStore,
  SearchMissCount,
  SnapshotRow,
  ViewCount,
} from './InsightsStore';

/** Askers are counted up to this many; then their hashes are dropped. */
export const ASKERS_ENOUGH = 5;

/** The knex implementation of the {@link InsightsStore}. */
export class DatabaseInsightsStore implements InsightsStore {
  constructor(private readonly db: Knex) {}

  async addViews(counts: ViewCount[]): Promise<void> {
    if (counts.length === 0) {
      return;
    }
    const { db } = this;
    await db('learning_entity_views')
      .insert(
        counts.map(c => ({
          day: c.day,
          entity_ref: c.entityRef,
          views: c.views,
          empty_views: c.emptyViews,
        })),
      )
      .onConflict(['day', 'entity_ref'])
      .merge({
        views: db.raw('?? + ??', [
          'learning_entity_views.views',
          'excluded.views',
        ]),
        empty_views: db.raw('?? + ??', [
          'learning_entity_views.empty_views',
          'excluded.empty_views',
        ]),
      });
  }

  async addSearchMisses(counts: SearchMissCount[]): Promise<void> {
    if (counts.length === 0) {
      return;
    }
    const { db } = this;
    await db('learning_search_misses')
      .insert(
        counts.map(c => ({ day: c.day, query: c.query, searches: c.searches })),
      )
      .onConflict(['day', 'query'])
      .merge({
        searches: db.raw('?? + ??', [
          'learning_search_misses.searches',
          'excluded.searches',
        ]),
      });
    const keysOf = new Map<string, Set<string>>();
    for (const c of counts) {
      const keys = keysOf.get(c.query) ?? new Set<string>();
      c.askerKeys.forEach(k => keys.add(k));
      keysOf.set(c.query, keys);
    }
    for (const [query, keys] of [...keysOf].sort((a, b) =>
      a[0] < b[0] ? -1 : 1,
    )) {
      await db.transaction(async tx => {
        await tx('learning_search_miss_askers')
          .insert({ query, askers: 0, asker_keys: '[]' })
          .onConflict('query')
          .ignore();
        const row: { askers: number; asker_keys: string | null } = await tx(
          'learning_search_miss_askers',
        )
          .where({ query })
          .forUpdate()
          .first('askers', 'asker_keys');
        if (row.askers >= ASKERS_ENOUGH) {
          return;
        }
        const known = new Set<string>(JSON.parse(row.asker_keys ?? '[]'));
        keys.forEach(k => known.add(k));
        const enough = known.size >= ASKERS_ENOUGH;
        await tx('learning_search_miss_askers')
          .where({ query })
          .update({
            askers: Math.min(known.size, ASKERS_ENOUGH),
            // once enough people asked, who they were is no longer needed
            asker_keys: enough ? null : JSON.stringify([...known]),
          });
      });
    }
  }

  async taughtEntityRefs(): Promise<Set<string>> {
    const rows: Array<{ entity_ref: string }> = await this.db(
      'learning_resource_links',
    )
      .where({ relation: 'teaches' })
      .distinct('entity_ref');
    return new Set(rows.map(r => r.entity_ref));
  }

  async viewsSince(day: string): Promise<Map<string, number>> {
    const rows: Array<{ entity_ref: string; views: unknown }> = await this.db(
      'learning_entity_views',
    )
      .where('day', '>=', day)
      .groupBy('entity_ref')
      .select('entity_ref', this.db.raw('sum(views) as views'));
    return new Map(rows.map(r => [r.entity_ref, toNumber(r.views)]));
  }

  async freshnessNow(now: string): Promise<FreshnessCounts> {
    const rows: Array<{ state: string; count: unknown }> = await this.db(
      'learning_resources',
    )
      .select(
        this.db.raw(
          `case when freshness_flag is not null then freshness_flag
                when review_due_at <= ? then 'due'
                else 'fresh' end as state`,
          [now],
        ),
      )
      .count({ count: '*' })
      .groupBy('state');
    const counts: FreshnessCounts = {
      fresh: 0,
      due: 0,
      possiblyOutdated: 0,
      broken: 0,
    };
    for (const row of rows) {
      const key =
        row.state === 'possibly-outdated'
          ? 'possiblyOutdated'
          : (row.state as keyof FreshnessCounts);
      if (key in counts) {
        counts[key] += toNumber(row.count);
      }
    }
    return counts;
  }

  async activityBetween(from: string, to: string): Promise<ActivityCount[]> {
    const { db } = this;
    const count = (column: 'enrolled_at' | 'completed_at') =>
      db('learning_enrolments as e')
        .join('learning_resources as r', 'r.id', 'e.resource_id')
        .where(`e.${column}`, '>=', from)
        .andWhere(`e.${column}`, '<', to)
        .groupBy('r.format', 'r.kind')
        .select(
          'r.format',
          'r.kind',
          db.raw('count(*) as made'),
          db.raw('count(distinct e.user_ref) as learners'),
        );
    const [enrolled, completed] = await Promise.all([
      count('enrolled_at'),
      count('completed_at'),
    ]);
    const byKey = new Map<string, ActivityCount>();
    const entry = (row: { format: string; kind: string }) => {
      const key = `${row.format}|${row.kind}`;
      let found = byKey.get(key);
      if (!found) {
        found = {
          format: row.format as ActivityCount['format'],
          kind: row.kind as ActivityCount['kind'],
          enrolments: 0,
          enrolmentLearners: 0,
          completions: 0,
          completionLearners: 0,
        };
        byKey.set(key, found);
      }
      return found;
    };
    for (const row of enrolled as Array<Record<string, string>>) {
      const e = entry(row as { format: string; kind: string });
      e.enrolments = toNumber(row.made);
      e.enrolmentLearners = toNumber(row.learners);
    }
    for (const row of completed as Array<Record<string, string>>) {
      const e = entry(row as { format: string; kind: string });
      e.completions = toNumber(row.made);
      e.completionLearners = toNumber(row.learners);
    }
    return [...byKey.values()];
  }

  async readSnapshots(
    metrics: string[],
    fromDay: string,
  ): Promise<SnapshotRow[]> {
    const rows: SnapshotRow[] = await this.db('learning_insight_snapshots')
      .whereIn('metric', metrics)
      .andWhere('day', '>=', fromDay)
      .orderBy('day')
      .select('day', 'metric', 'dimension', 'value');
    return rows.map(r => ({ ...r, value: toNumber(r.value) }));
  }

  async snapshotDays(metric: string, days: string[]): Promise<Set<string>> {
    if (days.length === 0) {
      return new Set();
    }
    const rows: Array<{ day: string }> = await this.db(
      'learning_insight_snapshots',
    )
      .where({ metric })
      .whereIn('day', days)
      .distinct('day');
    return new Set(rows.map(r => r.day));
  }

  async writeSnapshots(rows: SnapshotRow[]): Promise<void> {
    // a few hundred rows a day at most; batches keep SQLite's variable limit
    for (let i = 0; i < rows.length; i += 200) {
      await this.db('learning_insight_snapshots')
        .insert(rows.slice(i, i + 200))
        .onConflict(['day', 'metric', 'dimension'])
        .ignore();
    }
  }

  async reviewWaitsSince(since: string): Promise<number[]> {
    const rows: Array<{ wait_hours: unknown }> = await this.db(
      'learning_review_waits',
    )
      .where('reviewed_at', '>=', since)
      .select('wait_hours');
    return rows.map(r => toNumber(r.wait_hours));
  }

  async waitingReviews(
    now: string,
  ): Promise<{ waiting: number; oldestDueAt?: string }> {
    const row = await this.db('learning_resources')
      .where('review_due_at', '<=', now)
      .first(
        this.db.raw('count(*) as waiting'),
        this.db.raw('min(review_due_at) as oldest'),
      );
    const waiting = toNumber(row?.waiting);
    return {
      waiting,
      ...(waiting > 0 && row?.oldest
        ? { oldestDueAt: toIsoTimestamp(row.oldest) }
        : {}),
    };
  }

  async smeLoad(now: string, limit: number): Promise<LearningSmeLoad[]> {
    const { db } = this;
    // the SMEs of the most material first, from the index alone; the rest
    // is counted for those only (a join over every SME row took 200 ms at
    // 50,000 resources on SQLite)
    const rows: Array<Record<string, unknown>> = await db(
      'learning_resource_smes',
    )
      .groupBy('user_ref')
      .select('user_ref', db.raw('count(*) as resources'))
      .orderBy([
        { column: 'resources', order: 'desc' },
        { column: 'user_ref', order: 'asc' },
      ])
      .limit(limit);
    const smes = rows.map(r => String(r.user_ref));
    if (smes.length === 0) {
      return [];
    }
    const sessionsSince = new Date(
      Date.parse(now) - 90 * 24 * 60 * 60 * 1000,
    ).toISOString();
    const [due, questions, sessions] = await Promise.all([
      db('learning_resource_smes as s')
        .join('learning_resources as r', 'r.id', 's.resource_id')
        .whereIn('s.user_ref', smes)
        .andWhere(q =>
          q
            .whereNotNull('r.freshness_flag')
            .orWhere('r.review_due_at', '<=', now),
        )
        .groupBy('s.user_ref')
        .select('s.user_ref', db.raw('count(*) as n')),
      db('learning_resource_smes as s')
        .join('learning_posts as p', 'p.resource_id', 's.resource_id')
        .whereIn('s.user_ref', smes)
        .andWhere('p.kind', 'question')
        .whereNull('p.accepted_answer_id')
        .whereNull('p.hidden_at')
        .whereNull('p.deleted_at')
        .groupBy('s.user_ref')
        .select('s.user_ref', db.raw('count(*) as n')),
      db('learning_resource_smes as s')
        .join('learning_sessions as x', 'x.resource_id', 's.resource_id')
        .whereIn('s.user_ref', smes)
        .andWhere('x.starts_at', '>=', sessionsSince)
        .groupBy('s.user_ref')
        .select('s.user_ref', db.raw('count(*) as n')),
    ]);
    const countOf = (list: Array<Record<string, unknown>>) =>
      new Map(list.map(r => [String(r.user_ref), toNumber(r.n)]));
    const reviewsDue = countOf(due);
    const openQuestions = countOf(questions);
    const sessionCounts = countOf(sessions);
    return rows.map(r => ({
      userRef: String(r.user_ref),
      resources: toNumber(r.resources),
      reviewsDue: reviewsDue.get(String(r.user_ref)) ?? 0,
      openQuestions: openQuestions.get(String(r.user_ref)) ?? 0,
      sessions: sessionCounts.get(String(r.user_ref)) ?? 0,
    }));
  }

  async lowestRated(
    minRatings: number,
    limit: number,
  ): Promise<LearningLowRated[]> {
    const { db } = this;
    const rows: Array<Record<string, unknown>> = await db('learning_resources')
      .where('rating_count', '>=', minRatings)
      .select(
        'id',
        'title',
        'rating_count',
        'rating_sum',
        db.raw('(rating_sum * 1.0) / rating_count as average'),
      )
      .orderBy([
        { column: 'average', order: 'asc' },
        { column: 'id', order: 'asc' },
      ])
      .limit(limit);
    const ids = rows.map(r => String(r.id));
    const comments: Array<{ resource_id: string; n: unknown }> = ids.length
      ? await db('learning_feedback')
          .whereIn('resource_id', ids)
          .whereNotNull('comment')
          .andWhere('comment', '<>', '')
          .groupBy('resource_id')
          .select('resource_id', db.raw('count(*) as n'))
      : [];
    const commentsOf = new Map(comments.map(c => [c.resource_id, c.n]));
    return rows.map(r => ({
      resourceId: String(r.id),
      title: String(r.title),
      averageRating: ratingOf(toNumber(r.rating_count), toNumber(r.rating_sum))
        .average!,
      ratings: toNumber(r.rating_count),
      comments: toNumber(commentsOf.get(String(r.id))),
    }));
  }

  async searchMissesSince(
    day: string,
    minAskers: number,
    limit: number,
  ): Promise<LearningSearchMiss[]> {
    const { db } = this;
    const rows: Array<Record<string, unknown>> = await db(
      'learning_search_misses as m',
    )
      .join('learning_search_miss_askers as a', 'a.query', 'm.query')
      .where('a.askers', '>=', minAskers)
      .andWhere('m.day', '>=', day)
      .groupBy('m.query')
      .select(
        'm.query',
        db.raw('sum(m.searches) as searches'),
        db.raw('max(m.day) as last_day'),
      )
      .orderBy([
        { column: 'searches', order: 'desc' },
        { column: 'm.query', order: 'asc' },
      ])
      .limit(limit);
    return rows.map(r => ({
      query: String(r.query),
      searches: toNumber(r.searches),
      lastSearched: String(r.last_day),
    }));
  }

  async emptyPagesSince(
    day: string,
    limit: number,
  ): Promise<LearningEmptyPage[]> {
    const { db } = this;
    const rows: Array<Record<string, unknown>> = await db(
      'learning_entity_views',
    )
      .where('day', '>=', day)
      .groupBy('entity_ref')
      .having(db.raw('sum(empty_views) > 0'))
      .select(
        'entity_ref',
        db.raw('sum(empty_views) as empty_views'),
        db.raw('sum(views) as views'),
      )
      .orderBy([
        { column: 'empty_views', order: 'desc' },
        { column: 'entity_ref', order: 'asc' },
      ])
      .limit(limit);
    return rows.map(r => ({
      entityRef: String(r.entity_ref),
      emptyViews: toNumber(r.empty_views),
      views: toNumber(r.views),
    }));
  }

  async claimDigest(
    groupRef: string,
    month: string,
    now: string,
  ): Promise<boolean> {
    const inserted = await this.db('learning_insight_digests')
      .insert({ group_ref: groupRef, month, sent_at: now })
      .onConflict(['group_ref', 'month'])
      .ignore()
      .returning('group_ref');
    return inserted.length > 0;
  }

  async pruneCounters(beforeDay: string): Promise<number> {
    return this.db.transaction(async tx => {
      const views = await tx('learning_entity_views')
        .where('day', '<', beforeDay)
        .delete();
      const misses = await tx('learning_search_misses')
        .where('day', '<', beforeDay)
        .delete();
      await tx('learning_search_miss_askers')
        .whereNotExists(
          tx('learning_search_misses as m')
            .whereRaw('m.query = learning_search_miss_askers.query')
            .select(tx.raw('1')),
        )
        .delete();
      return views + misses;
    });
  }
}
