import { PermissionCriteria } from '@backstage/plugin-permission-common';
import { Knex } from 'knex';
import {
  freshnessStateOf,
  ResourcePermissionQuery,
  whereResourcePermitted,
} from '../resources';
import { groupBy, toNumber } from '../shared/sql';
import { toIsoTimestamp } from '../shared/timestamps';
import { GroupLearning, Neighbour, Taken } from './cooccurrence';
import {
  EligibleCandidate,
  ModelState,
  RecommendationStore,
  TeachingMaterial,
} from './RecommendationStore';
import { NextStep, ProfileLink } from './scoreSuggestions';

const STATE_ID = 'model';

/** Learners whose histories are read in one query. */
const USERS_PER_BATCH = 100;

/** Rows written in one insert. */
const INSERT_BATCH = 500;

/** Ids in one `IN` list, well under SQLite's limit of variables. */
const IDS_PER_QUERY = 900;

function chunks<T>(list: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) {
    out.push(list.slice(i, i + size));
  }
  return out;
}

/** The knex implementation of the {@link RecommendationStore}. */
export class DatabaseRecommendationStore implements RecommendationStore {
  constructor(private readonly db: Knex) {}

  async enrolmentSignature(): Promise<string> {
    const [row] = await this.db('learning_enrolments').select(
      this.db.raw('count(*) as count'),
      this.db.raw('max(updated_at) as latest'),
    );
    const latest = row?.latest ? toIsoTimestamp(row.latest) : '';
    return `${toNumber(row?.count)}|${latest}`;
  }

  async getModelState(): Promise<ModelState | undefined> {
    const row = await this.db('learning_model_state')
      .where('id', STATE_ID)
      .first();
    return row
      ? {
          generation: row.generation,
          signature: row.signature,
          builtAt: toIsoTimestamp(row.built_at),
        }
      : undefined;
  }

  private async generation(): Promise<number | undefined> {
    return (await this.getModelState())?.generation;
  }

  async *readHistories(perUser: number): AsyncIterable<Map<string, Taken[]>> {
    const users: string[] = (
      await this.db('learning_enrolments')
        .distinct('user_ref')
        .orderBy('user_ref')
    ).map((r: { user_ref: string }) => r.user_ref);
    for (const batch of chunks(users, USERS_PER_BATCH)) {
      const ranked = this.db('learning_enrolments')
        .whereIn('user_ref', batch)
        .select(
          'user_ref',
          'resource_id',
          'state',
          this.db.raw(
            'row_number() over (partition by user_ref order by updated_at desc, resource_id) as n',
          ),
        );
      const rows: Array<{
        user_ref: string;
        resource_id: string;
        state: string;
      }> = await this.db
        .from(ranked.as('h'))
        .where('h.n', '<=', perUser)
        .orderBy([{ column: 'h.user_ref' }, { column: 'h.n' }]);
      const histories = new Map<string, Taken[]>();
      for (const row of rows) {
        const list = histories.get(row.user_ref) ?? [];
        list.push({
          resourceId: row.resource_id,
          completed: row.state === 'completed',
        });
        histories.set(row.user_ref, list);
      }
      yield histories;
    }
  }

  async replaceModel(
    signature: string,
    write: (sink: {
      neighbours(rows: Neighbour[]): Promise<void>;
      groupLearning(rows: GroupLearning[]): Promise<void>;
    }) => Promise<void>,
  ): Promise<number> {
    const current = await this.generation();
    // what an interrupted build left, and the generation before the current
    for (const table of ['learning_cooccurrence', 'learning_group_learning']) {
      await this.db(table)
        .whereNot('generation', current ?? -1)
        .delete();
    }
    const generation = (current ?? 0) + 1;
    await write({
      neighbours: async rows => {
        for (const batch of chunks(rows, INSERT_BATCH)) {
          await this.db('learning_cooccurrence').insert(
            batch.map(n => ({
              generation,
              resource_id: n.resourceId,
              other_id: n.otherId,
              score: n.score,
              learners: n.learners,
              completers: n.completers,
            })),
          );
        }
      },
      groupLearning: async rows => {
        for (const batch of chunks(rows, INSERT_BATCH)) {
          await this.db('learning_group_learning').insert(
            batch.map(g => ({
              generation,
              group_ref: g.groupRef,
              resource_id: g.resourceId,
              learners: g.learners,
              taking: g.taking,
              members: g.members,
            })),
          );
        }
      },
    });
    await this.db('learning_model_state')
      .insert({
        id: STATE_ID,
        generation,
        signature,
        built_at: new Date().toISOString(),
      })
      .onConflict('id')
      .merge();
    return generation;
  }

  async recentHistory(
    userRef: string,
    limit: number,
  ): Promise<Array<Taken & { title: string }>> {
    const rows: Array<{ resource_id: string; state: string; title: string }> =
      await this.db('learning_enrolments as e')
        .join('learning_resources as r', 'r.id', 'e.resource_id')
        .where('e.user_ref', userRef)
        .orderBy([
          { column: 'e.updated_at', order: 'desc' },
          { column: 'e.resource_id' },
        ])
        .limit(limit)
        .select('e.resource_id', 'e.state', 'r.title');
    return rows.map(r => ({
      resourceId: r.resource_id,
      completed: r.state === 'completed',
      title: r.title,
    }));
  }

  async getNeighbours(resourceIds: string[]): Promise<Neighbour[]> {
    const generation = await this.generation();
    if (generation === undefined || resourceIds.length === 0) {
      return [];
    }
    const out: Neighbour[] = [];
    for (const ids of chunks(resourceIds, IDS_PER_QUERY)) {
      const rows = await this.db('learning_cooccurrence')
        .where('generation', generation)
        .whereIn('resource_id', ids);
      for (const r of rows) {
        out.push({
          resourceId: r.resource_id,
          otherId: r.other_id,
          score: Number(r.score),
          learners: r.learners,
          completers: r.completers,
        });
      }
    }
    return out;
  }

  async getGroupLearning(groupRefs: string[]): Promise<GroupLearning[]> {
    const generation = await this.generation();
    if (generation === undefined || groupRefs.length === 0) {
      return [];
    }
    const rows = await this.db('learning_group_learning')
      .where('generation', generation)
      .whereIn('group_ref', groupRefs);
    return rows.map(r => ({
      groupRef: r.group_ref,
      resourceId: r.resource_id,
      learners: r.learners,
      taking: r.taking,
      members: r.members,
    }));
  }

  async getNextSteps(userRef: string): Promise<NextStep[]> {
    const taking = this.db('learning_enrolments')
      .where('user_ref', userRef)
      .whereNot('state', 'completed')
      .select('resource_id');
    return this.nextSteps(
      this.db('learning_path_steps as s').whereIn('s.path_id', taking),
      userRef,
    );
  }

  async getPathNextSteps(resourceId: string): Promise<NextStep[]> {
    const { db } = this;
    const rows: Array<{ path_id: string; title: string; resource_id: string }> =
      await db('learning_path_steps as s')
        .join('learning_path_steps as n', function stepAfter() {
          this.on('n.path_id', 's.path_id').andOn(
            db.raw('n.position = s.position + 1'),
          );
        })
        .join('learning_resources as p', 'p.id', 's.path_id')
        .where('s.resource_id', resourceId)
        .select('s.path_id', 'p.title', 'n.resource_id');
    return rows.map(r => ({
      pathId: r.path_id,
      pathTitle: r.title,
      resourceId: r.resource_id,
    }));
  }

  /** The first step of each path that the user has not enrolled in. */
  private async nextSteps(
    steps: Knex.QueryBuilder,
    userRef: string,
  ): Promise<NextStep[]> {
    const rows: Array<{
      path_id: string;
      title: string;
      resource_id: string;
      state: string | null;
    }> = await steps
      .join('learning_resources as p', 'p.id', 's.path_id')
      .leftJoin('learning_enrolments as e', function mine() {
        this.on('e.resource_id', 's.resource_id').andOnVal(
          'e.user_ref',
          userRef,
        );
      })
      .orderBy([{ column: 's.path_id' }, { column: 's.position' }])
      .select('s.path_id', 'p.title', 's.resource_id', 'e.state');
    const out: NextStep[] = [];
    for (const [pathId, list] of groupBy(rows, 'path_id')) {
      const next = list.find(r => !r.state);
      if (next) {
        out.push({
          pathId,
          pathTitle: next.title,
          resourceId: next.resource_id,
        });
      }
    }
    return out;
  }

  async getLinks(entityRefs: string[], limit: number): Promise<ProfileLink[]> {
    const out: ProfileLink[] = [];
    for (const refs of chunks(entityRefs, IDS_PER_QUERY)) {
      if (out.length >= limit) {
        break;
      }
      const rows = await this.db('learning_resource_links')
        .whereIn('entity_ref', refs)
        .limit(limit - out.length)
        .select('resource_id', 'entity_ref', 'relation');
      out.push(
        ...rows.map(r => ({
          resourceId: r.resource_id,
          entityRef: r.entity_ref,
          relation: r.relation,
        })),
      );
    }
    return out;
  }

  async getSameEntityMaterial(
    resourceId: string,
    limit: number,
  ): Promise<Array<{ resourceId: string; shared: number; entityRef: string }>> {
    const rows: Array<{
      resource_id: string;
      shared: unknown;
      entity_ref: string;
    }> = await this.db('learning_resource_links as mine')
      .join(
        'learning_resource_links as other',
        'other.entity_ref',
        'mine.entity_ref',
      )
      .where('mine.resource_id', resourceId)
      .whereNot('other.resource_id', resourceId)
      .groupBy('other.resource_id')
      .orderBy([
        { column: 'shared', order: 'desc' },
        { column: 'other.resource_id' },
      ])
      .limit(limit)
      .select(
        'other.resource_id',
        this.db.raw('count(distinct other.entity_ref) as shared'),
        this.db.raw('min(other.entity_ref) as entity_ref'),
      );
    return rows.map(r => ({
      resourceId: r.resource_id,
      shared: toNumber(r.shared),
      entityRef: r.entity_ref,
    }));
  }

  async eligible(
    ids: string[],
    options: {
      userRef?: string;
      permission?: PermissionCriteria<ResourcePermissionQuery>;
    },
  ): Promise<EligibleCandidate[]> {
    const now = new Date().toISOString();
    const out: EligibleCandidate[] = [];
    for (const batch of chunks([...new Set(ids)], IDS_PER_QUERY)) {
      const query = this.db('learning_resources as r')
        .whereIn('r.id', batch)
        .select('r.id', 'r.kind', 'r.freshness_flag', 'r.review_due_at');
      const { userRef, permission } = options;
      if (userRef) {
        query
          .whereNotExists(
            this.db('learning_enrolments as e')
              .where('e.user_ref', userRef)
              .whereRaw('e.resource_id = r.id'),
          )
          .whereNotExists(
            this.db('learning_dismissals as d')
              .where('d.user_ref', userRef)
              .whereRaw('d.resource_id = r.id'),
          );
      }
      if (permission) {
        whereResourcePermitted(this.db, query, permission);
      }
      for (const row of await query) {
        out.push({
          resourceId: row.id,
          kind: row.kind,
          freshness: freshnessStateOf(
            row.freshness_flag,
            row.review_due_at ? toIsoTimestamp(row.review_due_at) : undefined,
            now,
          ),
        });
      }
    }
    return out;
  }

  async dismiss(userRef: string, resourceId: string): Promise<void> {
    await this.db('learning_dismissals')
      .insert({
        user_ref: userRef,
        resource_id: resourceId,
        dismissed_at: new Date().toISOString(),
      })
      .onConflict(['user_ref', 'resource_id'])
      .ignore();
  }

  async undoDismissal(userRef: string, resourceId: string): Promise<void> {
    await this.db('learning_dismissals')
      .where({ user_ref: userRef, resource_id: resourceId })
      .delete();
  }

  async getShareExpertise(userRef: string): Promise<boolean> {
    const row = await this.db('learning_user_settings')
      .where('user_ref', userRef)
      .first();
    return Boolean(row?.share_expertise);
  }

  async setShareExpertise(userRef: string, share: boolean): Promise<void> {
    await this.db('learning_user_settings')
      .insert({
        user_ref: userRef,
        share_expertise: share,
        updated_at: new Date().toISOString(),
      })
      .onConflict('user_ref')
      .merge();
  }

  async teachingMaterial(
    about: { entityRef: string } | { tag: string },
    options: {
      limit: number;
      permission?: PermissionCriteria<ResourcePermissionQuery>;
    },
  ): Promise<TeachingMaterial[]> {
    const query = this.db('learning_resources as r')
      .whereIn(
        'r.id',
        'entityRef' in about
          ? this.db('learning_resource_links')
              .where('entity_ref', about.entityRef)
              .select('resource_id')
          : this.db('learning_resource_tags')
              .where('tag', about.tag)
              .select('resource_id'),
      )
      .orderBy([
        { column: 'r.completion_count', order: 'desc' },
        { column: 'r.id' },
      ])
      .limit(options.limit)
      .select('r.id', 'r.title', 'r.owner_ref', 'r.completion_count');
    if (options.permission) {
      whereResourcePermitted(this.db, query, options.permission);
    }
    const rows = await query;
    const smes = groupBy(
      rows.length
        ? await this.db('learning_resource_smes')
            .whereIn(
              'resource_id',
              rows.map(r => r.id),
            )
            .orderBy('user_ref')
        : [],
      'resource_id',
    );
    return rows.map(r => ({
      resourceId: r.id,
      title: r.title,
      ownerRef: r.owner_ref,
      smes: (smes.get(r.id) ?? []).map(s => s.user_ref as string),
      completions: r.completion_count,
    }));
  }

  async sharingCompleters(
    resourceIds: string[],
    limit: number,
  ): Promise<Array<{ userRef: string; resourceIds: string[] }>> {
    if (resourceIds.length === 0) {
      return [];
    }
    const rows: Array<{ user_ref: string; resource_id: string }> =
      await this.db('learning_enrolments as e')
        .join('learning_user_settings as s', 's.user_ref', 'e.user_ref')
        .where('s.share_expertise', true)
        .where('e.state', 'completed')
        .whereIn('e.resource_id', resourceIds.slice(0, IDS_PER_QUERY))
        .select('e.user_ref', 'e.resource_id');
    return [...groupBy(rows, 'user_ref')]
      .map(([userRef, list]) => ({
        userRef,
        resourceIds: list.map(r => r.resource_id),
      }))
      .sort(
        (a, b) =>
          b.resourceIds.length - a.resourceIds.length ||
          (a.userRef < b.userRef ? -1 : 1),
      )
      .slice(0, limit);
  }

  async learnedMaterial(userRef: string) {
    const completed = this.db('learning_enrolments')
      .where({ user_ref: userRef, state: 'completed' })
      .select('resource_id');
    const teaching = this.db('learning_resource_smes')
      .where('user_ref', userRef)
      .select('resource_id');
    const rows: Array<{ id: string; title: string; sme: unknown }> =
      await this.db('learning_resources as r')
        .where(q => q.whereIn('r.id', completed).orWhereIn('r.id', teaching))
        .orderBy('r.id')
        .limit(500)
        .select(
          'r.id',
          'r.title',
          this.db.raw(
            'case when r.id in (select resource_id from learning_resource_smes where user_ref = ?) then 1 else 0 end as sme',
            [userRef],
          ),
        );
    if (rows.length === 0) {
      return [];
    }
    const ids = rows.map(r => r.id);
    const [tags, links] = await Promise.all([
      this.db('learning_resource_tags').whereIn('resource_id', ids),
      this.db('learning_resource_links').whereIn('resource_id', ids),
    ]);
    const tagsBy = groupBy(tags, 'resource_id');
    const linksBy = groupBy(links, 'resource_id');
    return rows.map(r => ({
      resourceId: r.id,
      title: r.title,
      as: toNumber(r.sme) === 1 ? ('sme' as const) : ('completed' as const),
      tags: (tagsBy.get(r.id) ?? []).map(t => t.tag as string),
      entityRefs: [
        ...new Set((linksBy.get(r.id) ?? []).map(l => l.entity_ref as string)),
      ],
    }));
  }
}
