import { randomUUID } from 'node:crypto';
import { InputError } from '@backstage/errors';
import {
  LearningDocRef,
  LearningLink,
  LearningLinkRelation,
  LearningResource,
  LearningResourceKind,
} from '@tech-learning/backstage-plugin-learning-common';
import { ProvidedLearningResource } from '@tech-learning/backstage-plugin-learning-node';
import { Knex } from 'knex';
import {
  keysetPage,
  ListSort,
  PageRequest,
  rankedPage,
} from '../shared/cursor';
import { ProviderSyncResult, syncProviderRows } from '../shared/providerSync';
import { groupBy } from '../shared/sql';
import { whereResourcePermitted } from './resourcePermissionSql';
import { parseTextQuery } from '../shared/textQuery';
import { toIsoTimestamp } from '../shared/timestamps';
import {
  EntityLinkedResource,
  NewSuggestedLink,
  ResourceFilter,
  ResourcePage,
  ResourceStore,
  StoredResourceFields,
} from './ResourceStore';
import {
  laterReview,
  ResourceRow,
  toResource,
  toRowFields,
} from './resourceRows';
import { rankedMatches, whereText } from './resourceSearch';
import { insertSuggestions } from './DatabaseSuggestedLinkStore';

/**
 * Counts a change to what a freshness check reads of a resource (its review
 * date, interval, owner, SMEs), so that a check read before the change is
 * not saved after it (see the freshness store).
 */
const NEW_REVIEW_VERSION = (db: Knex) => ({
  review_version: db.raw('review_version + 1'),
});

/**
 * The knex implementation of the {@link ResourceStore}, for SQLite and
 * PostgreSQL.
 */
export class DatabaseResourceStore implements ResourceStore {
  constructor(
    private readonly db: Knex,
    private readonly options: {
      /** The review interval of resources that set none. */
      defaultReviewIntervalDays: number;
    },
  ) {}

  async listResources(
    filter: ResourceFilter,
    page: PageRequest<ListSort>,
  ): Promise<ResourcePage> {
    const filtered = this.db<ResourceRow>('learning_resources as r');
    this.applyFilter(filtered, filter);
    const text = parseTextQuery(filter.query);
    const matches =
      text && page.sort === 'relevance'
        ? rankedMatches(this.db, text)
        : undefined;
    if (matches) {
      // the other filters need the resource rows; a search alone does not
      const othersApply = Object.entries(filter).some(
        ([key, value]) => key !== 'query' && value !== undefined,
      );
      return rankedPage(
        this.db,
        othersApply
          ? filtered
              .join(matches.as('m'), 'm.id', 'r.id')
              .select('m.id', 'm.search_rank')
          : matches,
        page,
        ids => this.getResources(ids),
      );
    }
    if (text) {
      whereText(this.db, filtered, text);
    }
    // without words to rank by, the order of a list without a query
    const sort = page.sort === 'relevance' ? 'title' : page.sort;
    return keysetPage<ResourceRow, LearningResource>(
      filtered,
      'r',
      { ...page, sort },
      rows => this.hydrate(rows),
    );
  }

  async getResource(id: string): Promise<LearningResource | undefined> {
    const [resource] = await this.getResources([id]);
    return resource;
  }

  async getResourcesLinkedTo(
    entityRefs: string[],
  ): Promise<EntityLinkedResource[]> {
    if (entityRefs.length === 0) {
      return [];
    }
    const rows: Array<
      ResourceRow & {
        link_entity_ref: string;
        link_relation: LearningLinkRelation;
      }
    > = await this.db('learning_resource_links as l')
      .join('learning_resources as r', 'r.id', 'l.resource_id')
      .whereIn('l.entity_ref', entityRefs)
      .select('r.*', {
        link_entity_ref: 'l.entity_ref',
        link_relation: 'l.relation',
      })
      .orderBy('r.title');
    const unique = new Map(rows.map(row => [row.id, row]));
    const resources = new Map(
      (await this.hydrate([...unique.values()])).map(r => [r.id, r] as const),
    );
    return rows.flatMap(row => {
      const resource = resources.get(row.id);
      return resource
        ? [
            {
              entityRef: row.link_entity_ref,
              relation: row.link_relation,
              resource,
            },
          ]
        : [];
    });
  }

  /** The resources of these ids that exist, in the order of the ids. */
  async getResources(ids: string[]): Promise<LearningResource[]> {
    if (ids.length === 0) {
      return [];
    }
    const rows = await this.db<ResourceRow>('learning_resources').whereIn(
      'id',
      ids,
    );
    const byId = new Map(rows.map(row => [row.id, row]));
    return this.hydrate(ids.flatMap(id => byId.get(id) ?? []));
  }

  async getResourceKinds(
    ids: string[],
  ): Promise<Map<string, LearningResourceKind>> {
    if (ids.length === 0) {
      return new Map();
    }
    const rows: Array<Pick<ResourceRow, 'id' | 'kind'>> = await this.db(
      'learning_resources',
    )
      .whereIn('id', ids)
      .select('id', 'kind');
    return new Map(rows.map(r => [r.id, r.kind]));
  }

  async createResource(
    fields: StoredResourceFields & { links?: LearningLink[] },
    createdBy?: string,
    suggestedLinks: NewSuggestedLink[] = [],
  ): Promise<LearningResource> {
    const id = randomUUID();
    const now = new Date().toISOString();
    await this.db.transaction(async tx => {
      await tx('learning_resources').insert({
        ...toRowFields(fields, now, this.options.defaultReviewIntervalDays),
        id,
        source_type: 'api',
        source_provider: null,
        source_key: null,
        source_location: null,
        source_hash: null,
        freshness_flag: null,
        created_by: createdBy ?? null,
        created_at: now,
        updated_at: now,
      });
      await this.replaceChildren(tx, id, fields, { links: fields.links ?? [] });
      await insertSuggestions(tx, id, suggestedLinks);
    });
    return (await this.getResource(id))!;
  }

  async updateResource(
    id: string,
    fields: StoredResourceFields,
  ): Promise<LearningResource | undefined> {
    const updated = await this.db.transaction(async tx => {
      const current:
        | Pick<ResourceRow, 'created_at' | 'reviewed_at' | 'reviewed_by'>
        | undefined = await tx('learning_resources')
        .where({ id })
        .first('created_at', 'reviewed_at', 'reviewed_by');
      if (!current) {
        return false;
      }
      const storedReview = current.reviewed_at
        ? toIsoTimestamp(current.reviewed_at)
        : undefined;
      const sameReview =
        (storedReview ? Date.parse(storedReview) : undefined) ===
        (fields.reviewedAt ? Date.parse(fields.reviewedAt) : undefined);
      await tx('learning_resources')
        .where({ id })
        .update({
          ...toRowFields(
            fields,
            toIsoTimestamp(current.created_at),
            this.options.defaultReviewIntervalDays,
          ),
          // a review date set by hand is nobody's "mark reviewed"
          reviewed_by: sameReview ? current.reviewed_by : null,
          ...NEW_REVIEW_VERSION(tx),
          updated_at: new Date().toISOString(),
        });
      await this.replaceChildren(tx, id, fields, { links: 'keep' });
      return true;
    });
    return updated ? this.getResource(id) : undefined;
  }

  async deleteResource(id: string): Promise<boolean> {
    const deleted = await this.db('learning_resources').where({ id }).delete();
    return deleted > 0;
  }

  async addLink(id: string, link: LearningLink): Promise<boolean> {
    const row = {
      resource_id: id,
      entity_ref: link.entityRef,
      relation: link.relation,
    };
    // suggestions of it are answered: an owner of the entity linked it
    return this.insertChildOnce(id, 'learning_resource_links', row, tx =>
      tx('learning_link_suggestions')
        .where({ ...row, status: 'pending' })
        .delete(),
    );
  }

  async removeLinks(
    id: string,
    entityRef: string,
    relation?: LearningLinkRelation,
  ): Promise<number> {
    return this.db.transaction(async tx => {
      const query = tx('learning_resource_links').where({
        resource_id: id,
        entity_ref: entityRef,
      });
      if (relation) {
        query.andWhere({ relation });
      }
      const removed = await query.delete();
      if (removed > 0) {
        await this.touch(tx, id);
      }
      return removed;
    });
  }

  async addSme(id: string, userRef: string): Promise<boolean> {
    const row = { resource_id: id, user_ref: userRef };
    return this.insertChildOnce(id, 'learning_resource_smes', row);
  }

  async removeSme(id: string, userRef: string): Promise<boolean> {
    return this.db.transaction(async tx => {
      const removed = await tx('learning_resource_smes')
        .where({ resource_id: id, user_ref: userRef })
        .delete();
      if (removed > 0) {
        await this.touch(tx, id);
      }
      return removed > 0;
    });
  }

  /**
   * Inserts a child row unless it exists; true when it inserted. What goes
   * alongside runs in the same transaction either way.
   */
  private async insertChildOnce(
    id: string,
    table: string,
    row: Record<string, string>,
    alongside?: (tx: Knex.Transaction) => Promise<unknown>,
  ): Promise<boolean> {
    return this.db.transaction(async tx => {
      await alongside?.(tx);
      if (await tx(table).where(row).first()) {
        return false;
      }
      await tx(table).insert(row).onConflict(Object.keys(row)).ignore();
      await this.touch(tx, id);
      return true;
    });
  }

  private async touch(tx: Knex.Transaction, id: string): Promise<void> {
    await tx('learning_resources')
      .where({ id })
      .update({ updated_at: new Date().toISOString() });
  }

  async getProviderResourceIds(provider: string): Promise<Map<string, string>> {
    const rows: Array<{ id: string; source_key: string }> = await this.db(
      'learning_resources',
    )
      .where({ source_provider: provider })
      .select('id', 'source_key');
    return new Map(rows.map(r => [r.source_key, r.id]));
  }

  async replaceProviderResources(
    provider: string,
    resources: ProvidedLearningResource[],
  ): Promise<ProviderSyncResult> {
    return this.db.transaction(async tx => {
      const existing: Array<
        Pick<
          ResourceRow,
          | 'id'
          | 'source_key'
          | 'source_hash'
          | 'created_at'
          | 'reviewed_at'
          | 'reviewed_by'
        >
      > = await tx('learning_resources')
        .where({ source_provider: provider })
        .select(
          'id',
          'source_key',
          'source_hash',
          'created_at',
          'reviewed_at',
          'reviewed_by',
        );
      const now = new Date().toISOString();
      const changed: Array<{ id: string; resource: ProvidedLearningResource }> =
        [];
      const rowOf = (
        resource: ProvidedLearningResource,
        hash: string,
        current?: (typeof existing)[number],
      ) => {
        const review = laterReview(resource.reviewedAt, current);
        return {
          ...toRowFields(
            { ...resource, reviewedAt: review.reviewedAt },
            current ? toIsoTimestamp(current.created_at) : now,
            this.options.defaultReviewIntervalDays,
          ),
          reviewed_by: review.reviewedBy,
          source_type: 'provider' as const,
          source_provider: provider,
          source_key: resource.key,
          source_location: resource.location ?? null,
          source_hash: hash,
          updated_at: now,
        };
      };
      const { counts, ids } = await syncProviderRows({
        tx,
        table: 'learning_resources',
        provider,
        keyNoun: 'the key',
        items: resources,
        existing,
        async create(resource, { id, hash }) {
          await tx('learning_resources').insert({
            ...rowOf(resource, hash),
            id,
            freshness_flag: null,
            created_by: null,
            created_at: now,
          });
          changed.push({ id, resource });
        },
        async update(resource, current, hash) {
          await tx('learning_resources')
            .where({ id: current.id })
            .update({
              ...rowOf(resource, hash, current),
              ...NEW_REVIEW_VERSION(tx),
            });
          changed.push({ id: current.id, resource });
          return true;
        },
      });

      for (const { id, resource } of changed) {
        const steps = (resource.steps ?? []).map(key => {
          const stepId = ids.get(key);
          if (!stepId) {
            throw new InputError(
              `Path '${resource.key}' of provider ${provider} has the step '${key}', which the provider does not deliver`,
            );
          }
          return stepId;
        });
        await this.replaceChildren(
          tx,
          id,
          { ...resource, steps },
          { links: resource.links ?? [] },
        );
      }
      return counts;
    });
  }

  private async replaceChildren(
    tx: Knex.Transaction,
    id: string,
    resource: {
      tags?: string[];
      smes?: string[];
      docs?: LearningDocRef[];
      steps?: string[];
    },
    options: { links: LearningLink[] | 'keep' },
  ): Promise<void> {
    const tables = [
      'learning_resource_tags',
      'learning_resource_smes',
      'learning_resource_docs',
    ];
    if (options.links !== 'keep') {
      tables.push('learning_resource_links');
    }
    for (const table of tables) {
      await tx(table).where({ resource_id: id }).delete();
    }
    await tx('learning_path_steps').where({ path_id: id }).delete();

    const tags = [...new Set(resource.tags ?? [])];
    if (tags.length) {
      await tx('learning_resource_tags').insert(
        tags.map(tag => ({ resource_id: id, tag })),
      );
    }
    const smes = [...new Set(resource.smes ?? [])];
    if (smes.length) {
      await tx('learning_resource_smes').insert(
        smes.map(user_ref => ({ resource_id: id, user_ref })),
      );
    }
    const links = new Map(
      (options.links === 'keep' ? [] : options.links).map(l => [
        `${l.entityRef} ${l.relation}`,
        l,
      ]),
    );
    if (links.size) {
      await tx('learning_resource_links').insert(
        [...links.values()].map(l => ({
          resource_id: id,
          entity_ref: l.entityRef,
          relation: l.relation,
        })),
      );
    }
    const docs = resource.docs ?? [];
    if (docs.length) {
      await tx('learning_resource_docs').insert(
        docs.map((d, position) => ({
          resource_id: id,
          position,
          entity_ref: d.entityRef,
          path: d.path ?? null,
          title: d.title ?? null,
        })),
      );
    }
    const steps = resource.steps ?? [];
    if (steps.length) {
      await tx('learning_path_steps').insert(
        steps.map((resource_id, position) => ({
          path_id: id,
          position,
          resource_id,
        })),
      );
    }
  }

  private applyFilter(query: Knex.QueryBuilder, filter: ResourceFilter) {
    if (filter.kind) query.where('r.kind', filter.kind);
    if (filter.format) query.where('r.format', filter.format);
    if (filter.level) query.where('r.level', filter.level);
    if (filter.owner) query.where('r.owner_ref', filter.owner);
    const idsWhere = (table: string, column: string, value: string) =>
      this.db(table).where(column, value).select('resource_id');
    if (filter.tag) {
      query.whereIn(
        'r.id',
        idsWhere('learning_resource_tags', 'tag', filter.tag),
      );
    }
    if (filter.entityRef) {
      query.whereIn(
        'r.id',
        idsWhere('learning_resource_links', 'entity_ref', filter.entityRef),
      );
    }
    if (filter.stepEntityRef) {
      query.whereIn(
        'r.id',
        this.db('learning_path_steps')
          .whereIn(
            'resource_id',
            idsWhere(
              'learning_resource_links',
              'entity_ref',
              filter.stepEntityRef,
            ),
          )
          .select('path_id'),
      );
    }
    if (filter.sme) {
      query.whereIn(
        'r.id',
        idsWhere('learning_resource_smes', 'user_ref', filter.sme),
      );
    }
    if (filter.freshness) {
      this.whereFreshness(query, filter.freshness);
    }
    if (filter.needsReview) {
      const now = new Date().toISOString();
      query.where(q =>
        q
          .whereNotNull('r.freshness_flag')
          .orWhere('r.review_due_at', '<=', now),
      );
    }
    if (filter.taughtBy) {
      const refs = filter.taughtBy;
      query.where(q =>
        q
          .whereIn('r.owner_ref', refs)
          .orWhereIn(
            'r.id',
            this.db('learning_resource_smes')
              .whereIn('user_ref', refs)
              .select('resource_id'),
          ),
      );
    }
    if (filter.permission) {
      whereResourcePermitted(this.db, query, filter.permission);
    }
  }

  private whereFreshness(
    query: Knex.QueryBuilder,
    state: NonNullable<ResourceFilter['freshness']>,
  ) {
    if (state === 'broken' || state === 'possibly-outdated') {
      query.where('r.freshness_flag', state);
      return;
    }
    const now = new Date().toISOString();
    query.whereNull('r.freshness_flag');
    if (state === 'due') {
      query.where('r.review_due_at', '<=', now);
    } else {
      query.where(q =>
        q.whereNull('r.review_due_at').orWhere('r.review_due_at', '>', now),
      );
    }
  }

  private async hydrate(rows: ResourceRow[]): Promise<LearningResource[]> {
    if (rows.length === 0) {
      return [];
    }
    const ids = rows.map(r => r.id);
    const [tags, smes, links, docs, steps] = await Promise.all([
      this.db('learning_resource_tags')
        .whereIn('resource_id', ids)
        .orderBy('tag'),
      this.db('learning_resource_smes')
        .whereIn('resource_id', ids)
        .orderBy('user_ref'),
      this.db('learning_resource_links')
        .whereIn('resource_id', ids)
        .orderBy(['entity_ref', 'relation']),
      this.db('learning_resource_docs')
        .whereIn('resource_id', ids)
        .orderBy('position'),
      this.db('learning_path_steps')
        .whereIn('path_id', ids)
        .orderBy('position'),
    ]);
    const tagsBy = groupBy(tags, 'resource_id');
    const smesBy = groupBy(smes, 'resource_id');
    const linksBy = groupBy(links, 'resource_id');
    const docsBy = groupBy(docs, 'resource_id');
    const stepsBy = groupBy(steps, 'path_id');

    const now = new Date().toISOString();
    return rows.map(row =>
      toResource(
        row,
        {
          tags: tagsBy.get(row.id) ?? [],
          smes: smesBy.get(row.id) ?? [],
          links: linksBy.get(row.id) ?? [],
          docs: docsBy.get(row.id) ?? [],
          steps: stepsBy.get(row.id) ?? [],
        },
        now,
      ),
    );
  }
}
