import { randomUUID } from 'node:crypto';
import { LearningLinkRelation } from '@tech-learning/backstage-plugin-learning-common';
import { Knex } from 'knex';
import { decodeKeyset, encodeKeyset } from '../shared/cursor';
import { wherePermitted } from '../shared/sql';
import { toIsoTimestamp } from '../shared/timestamps';
import { whereResourcePermitted } from './resourcePermissionSql';
import { NewSuggestedLink } from './ResourceStore';
import {
  SuggestedLinkFilter,
  SuggestedLinkRecord,
  SuggestedLinkStore,
  SuggestOutcome,
} from './SuggestedLinkStore';

interface SuggestionRow {
  id: string;
  resource_id: string;
  entity_ref: string;
  relation: LearningLinkRelation;
  entity_owner_ref: string | null;
  suggested_by: string;
  suggested_at: string | Date;
  status: 'pending' | 'dismissed';
  decided_by: string | null;
  decided_at: string | Date | null;
}

const TABLE = 'learning_link_suggestions';

function toRecord(row: SuggestionRow): SuggestedLinkRecord {
  return {
    id: row.id,
    resourceId: row.resource_id,
    entityRef: row.entity_ref,
    relation: row.relation,
    ...(row.entity_owner_ref ? { entityOwner: row.entity_owner_ref } : {}),
    suggestedBy: row.suggested_by,
    suggestedAt: toIsoTimestamp(row.suggested_at),
    status: row.status,
    ...(row.decided_by ? { decidedBy: row.decided_by } : {}),
    ...(row.decided_at ? { decidedAt: toIsoTimestamp(row.decided_at) } : {}),
  };
}

/**
 * Inserts pending suggestions of a resource inside the caller's
 * transaction: a resource created with links to others' entities is
 * stored with its suggestions, or not at all.
 */
export async function insertSuggestions(
  tx: Knex.Transaction,
  resourceId: string,
  links: NewSuggestedLink[],
): Promise<SuggestedLinkRecord[]> {
  const now = new Date().toISOString();
  const rows: SuggestionRow[] = links.map(link => ({
    id: randomUUID(),
    resource_id: resourceId,
    entity_ref: link.entityRef,
    relation: link.relation,
    entity_owner_ref: link.entityOwner ?? null,
    suggested_by: link.suggestedBy,
    suggested_at: now,
    status: 'pending',
    decided_by: null,
    decided_at: null,
  }));
  if (rows.length > 0) {
    await tx(TABLE)
      .insert(rows)
      .onConflict(['resource_id', 'entity_ref', 'relation', 'suggested_by'])
      .ignore();
  }
  return rows.map(toRecord);
}

type Position = { at: string; id: string };
const isPosition = (value: any): value is Position =>
  typeof value?.at === 'string' && typeof value?.id === 'string';

/** The knex implementation of the {@link SuggestedLinkStore}. */
export class DatabaseSuggestedLinkStore implements SuggestedLinkStore {
  constructor(private readonly db: Knex) {}

  async suggest(
    resourceId: string,
    link: NewSuggestedLink,
    dismissedSince: Date,
  ): Promise<SuggestOutcome> {
    return this.db.transaction(async tx => {
      const linked = await tx('learning_resource_links')
        .where({
          resource_id: resourceId,
          entity_ref: link.entityRef,
          relation: link.relation,
        })
        .first();
      if (linked) {
        return { type: 'linked' as const };
      }
      const key = {
        resource_id: resourceId,
        entity_ref: link.entityRef,
        relation: link.relation,
        suggested_by: link.suggestedBy,
      };
      const existing: SuggestionRow | undefined = await tx(TABLE)
        .where(key)
        .first();
      if (existing?.status === 'pending') {
        return { type: 'pending' as const, suggestion: toRecord(existing) };
      }
      if (
        existing?.decided_at &&
        Date.parse(toIsoTimestamp(existing.decided_at)) >
          dismissedSince.getTime()
      ) {
        return { type: 'dismissed' as const, suggestion: toRecord(existing) };
      }
      if (existing) {
        // dismissed long enough ago: it may wait for the owners again
        await tx(TABLE)
          .where({ id: existing.id, status: 'dismissed' })
          .update({
            status: 'pending',
            entity_owner_ref: link.entityOwner ?? null,
            suggested_at: new Date().toISOString(),
            decided_by: null,
            decided_at: null,
          });
        const row: SuggestionRow = await tx(TABLE)
          .where({ id: existing.id })
          .first();
        return { type: 'suggested' as const, suggestion: toRecord(row) };
      }
      const [suggestion] = await insertSuggestions(tx, resourceId, [link]);
      const stored: SuggestionRow | undefined = await tx(TABLE)
        .where(key)
        .first();
      // a concurrent identical suggestion won the insert: it is the same
      return stored && stored.id !== suggestion.id
        ? { type: 'pending' as const, suggestion: toRecord(stored) }
        : { type: 'suggested' as const, suggestion };
    });
  }

  async getSuggestions(ids: string[]): Promise<SuggestedLinkRecord[]> {
    if (ids.length === 0) {
      return [];
    }
    const rows: SuggestionRow[] = await this.db(TABLE).whereIn('id', ids);
    return rows.map(toRecord);
  }

  async listPending(
    filter: SuggestedLinkFilter,
    page: { limit: number; cursor?: string },
  ): Promise<{ items: SuggestedLinkRecord[]; nextCursor?: string }> {
    const query = this.db(`${TABLE} as s`)
      .join('learning_resources as r', 'r.id', 's.resource_id')
      .where('s.status', 'pending')
      .select('s.*');
    if (filter.entityRef) query.where('s.entity_ref', filter.entityRef);
    if (filter.resourceId) query.where('s.resource_id', filter.resourceId);
    if (filter.readable) {
      whereResourcePermitted(this.db, query, filter.readable);
    }
    if (filter.reviewable) {
      wherePermitted(query, filter.reviewable, (q, condition) => {
        if (condition.values.length === 0) {
          q.whereRaw('1 = 0');
        } else {
          q.whereIn('s.entity_owner_ref', condition.values);
        }
      });
    }
    if (page.cursor) {
      const after = decodeKeyset(page.cursor, isPosition);
      query.where(q =>
        q
          .where('s.suggested_at', '<', after.at)
          .orWhere(sub =>
            sub
              .where('s.suggested_at', after.at)
              .andWhere('s.id', '<', after.id),
          ),
      );
    }
    const rows: SuggestionRow[] = await query
      .orderBy([
        { column: 's.suggested_at', order: 'desc' },
        { column: 's.id', order: 'desc' },
      ])
      .limit(page.limit + 1);
    const items = rows.slice(0, page.limit).map(toRecord);
    const last = items[items.length - 1];
    return {
      items,
      ...(rows.length > page.limit && last
        ? { nextCursor: encodeKeyset({ at: last.suggestedAt, id: last.id }) }
        : {}),
    };
  }

  async accept(id: string): Promise<boolean> {
    return this.db.transaction(async tx => {
      const row: SuggestionRow | undefined = await tx(TABLE)
        .where({ id, status: 'pending' })
        .first();
      if (!row) {
        return false;
      }
      const link = {
        resource_id: row.resource_id,
        entity_ref: row.entity_ref,
        relation: row.relation,
      };
      // the pending ones of this link go: it is a link now
      const taken = await tx(TABLE)
        .where({ ...link, status: 'pending' })
        .delete();
      if (taken === 0) {
        return false;
      }
      await tx('learning_resource_links')
        .insert(link)
        .onConflict(['resource_id', 'entity_ref', 'relation'])
        .ignore();
      await tx('learning_resources')
        .where({ id: row.resource_id })
        .update({ updated_at: new Date().toISOString() });
      return true;
    });
  }

  async dismiss(id: string, decidedBy: string): Promise<boolean> {
    return this.db.transaction(async tx => {
      const row: SuggestionRow | undefined = await tx(TABLE)
        .where({ id, status: 'pending' })
        .first();
      if (!row) {
        return false;
      }
      const dismissed = await tx(TABLE)
        .where({
          resource_id: row.resource_id,
          entity_ref: row.entity_ref,
          relation: row.relation,
          status: 'pending',
        })
        .update({
          status: 'dismissed',
          decided_by: decidedBy,
          decided_at: new Date().toISOString(),
        });
      return dismissed > 0;
    });
  }

  async setEntityOwner(
    entityRef: string,
    owner: string | undefined,
  ): Promise<void> {
    await this.db(TABLE)
      .where({ entity_ref: entityRef, status: 'pending' })
      .where(q =>
        owner
          ? q
              .whereNull('entity_owner_ref')
              .orWhereNot('entity_owner_ref', owner)
          : q.whereNotNull('entity_owner_ref'),
      )
      .update({ entity_owner_ref: owner ?? null });
  }

  async claimNotice(entityRef: string, topic: string): Promise<boolean> {
    const day = new Date().toISOString().slice(0, 10);
    // only today's claim matters; the days before are kept no longer
    await this.db('learning_entity_notices')
      .where({ entity_ref: entityRef, topic })
      .where('day', '<', day)
      .delete();
    const inserted = await this.db('learning_entity_notices')
      .insert({ entity_ref: entityRef, topic, day })
      .onConflict(['entity_ref', 'topic', 'day'])
      .ignore()
      .returning('day');
    return inserted.length > 0;
  }
}
