import { ConflictError, NotFoundError } from '@backstage/errors';
import { PermissionCriteria } from '@backstage/plugin-permission-common';
import { Knex } from 'knex';
import { randomUUID } from 'node:crypto';
import { ResourcePermissionQuery, whereResourcePermitted } from '../resources';
import { toNumber, wherePermitted } from '../shared/sql';
import { decodeKeyset, encodeKeyset } from '../shared/cursor';
import { withFields } from '../shared/errors';
import { toIsoTimestamp } from '../shared/timestamps';
import {
  CohortFilter,
  CohortMembership,
  CohortPermissionQuery,
  CohortRecord,
  CohortStore,
} from './CohortStore';

interface CohortRow {
  id: string;
  resource_id: string;
  title: string | null;
  starts_on: string;
  ends_on: string;
  weeks: number;
  parts: number | null;
  capacity: number;
  member_count: number;
  facilitator_ref: string | null;
  created_by: string;
  digest_week: number | null;
  digest_at: string | Date | null;
  created_at: string | Date;
  updated_at: string | Date;
}

function toRecord(row: CohortRow): CohortRecord {
  return {
    id: row.id,
    resourceId: row.resource_id,
    ...(row.title ? { title: row.title } : {}),
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    weeks: row.weeks,
    ...(row.parts !== null ? { parts: row.parts } : {}),
    capacity: row.capacity,
    memberCount: row.member_count,
    ...(row.facilitator_ref ? { facilitator: row.facilitator_ref } : {}),
    createdBy: row.created_by,
    ...(row.digest_week !== null ? { digestWeek: row.digest_week } : {}),
    ...(row.digest_at ? { digestAt: toIsoTimestamp(row.digest_at) } : {}),
    createdAt: toIsoTimestamp(row.created_at),
    updatedAt: toIsoTimestamp(row.updated_at),
  };
}

function encodeCursor(row: CohortRow): string {
  return encodeKeyset({ s: row.starts_on, i: row.id });
}

function decodeCursor(cursor: string): { startsOn: string; id: string } {
  const p = decodeKeyset(
    cursor,
    (v: any): v is { s: string; i: string } =>
      typeof v?.s === 'string' && typeof v?.i === 'string',
  );
  return { startsOn: p.s, id: p.i };
}

/** Whether an error is a unique key violation, on either engine. */
function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: string }).code;
  return code === '23505' || code?.startsWith('SQLITE_CONSTRAINT') === true;
}

/** Cohorts and their members in the plugin's database. */
export class DatabaseCohortStore implements CohortStore {
  constructor(private readonly db: Knex) {}

  async createCohort(
    cohort: Parameters<CohortStore['createCohort']>[0],
    firstMember?: string,
  ): Promise<CohortRecord> {
    const now = new Date().toISOString();
    const row: CohortRow = {
      id: randomUUID(),
      resource_id: cohort.resourceId,
      title: cohort.title ?? null,
      starts_on: cohort.startsOn,
      ends_on: cohort.endsOn,
      weeks: cohort.weeks,
      parts: cohort.parts ?? null,
      capacity: cohort.capacity,
      member_count: firstMember ? 1 : 0,
      facilitator_ref: cohort.facilitator ?? null,
      created_by: cohort.createdBy,
      digest_week: null,
      digest_at: null,
      created_at: now,
      updated_at: now,
    };
    await this.db.transaction(async tx => {
      await tx('learning_cohorts').insert(row);
      if (firstMember) {
        await tx('learning_cohort_members').insert({
          cohort_id: row.id,
          user_ref: firstMember,
          joined_at: now,
        });
      }
    });
    return toRecord(row);
  }

  async getCohort(id: string): Promise<CohortRecord | undefined> {
    const row: CohortRow | undefined = await this.db('learning_cohorts')
      .where({ id })
      .first();
    return row && toRecord(row);
  }

  async getCohorts(ids: string[]): Promise<CohortRecord[]> {
    if (ids.length === 0) {
      return [];
    }
    const rows: CohortRow[] = await this.db('learning_cohorts').whereIn(
      'id',
      ids,
    );
    return rows.map(toRecord);
  }

  async listCohorts(
    filter: CohortFilter,
    page: { limit: number; cursor?: string },
    permission: {
      cohorts?: PermissionCriteria<CohortPermissionQuery>;
      resources?: PermissionCriteria<ResourcePermissionQuery>;
    } = {},
  ): Promise<{ items: CohortRecord[]; nextCursor?: string }> {
    const query = this.db('learning_cohorts as c').select('c.*');
    if (filter.resourceIds) {
      query.whereIn('c.resource_id', filter.resourceIds);
    }
    if (filter.memberOrFacilitator) {
      const ref = filter.memberOrFacilitator;
      query.where(q =>
        q
          .where('c.facilitator_ref', ref)
          .orWhereIn(
            'c.id',
            this.db('learning_cohort_members')
              .where('user_ref', ref)
              .select('cohort_id'),
          ),
      );
    }
    if (filter.endsFrom) {
      query.where('c.ends_on', '>=', filter.endsFrom);
    }
    if (filter.endsBefore) {
      query.where('c.ends_on', '<', filter.endsBefore);
    }
    if (filter.startsAfter) {
      query.where('c.starts_on', '>', filter.startsAfter);
    }
    if (filter.startsTo) {
      query.where('c.starts_on', '<=', filter.startsTo);
    }
    if (permission.cohorts) {
      wherePermitted(query, permission.cohorts, (q, condition) => {
        if (condition.values.length === 0) {
          q.whereRaw('1 = 0');
        } else {
          q.whereIn(
            condition.property === 'creator'
              ? 'c.created_by'
              : 'c.facilitator_ref',
            condition.values,
          );
        }
      });
    }
    if (permission.resources) {
      const readable = this.db('learning_resources as r').select('r.id');
      whereResourcePermitted(this.db, readable, permission.resources);
      query.whereIn('c.resource_id', readable);
    }
    if (page.cursor) {
      const { startsOn, id } = decodeCursor(page.cursor);
      query.where(q =>
        q
          .where('c.starts_on', '>', startsOn)
          .orWhere(q2 =>
            q2.where('c.starts_on', startsOn).where('c.id', '>', id),
          ),
      );
    }
    const rows: CohortRow[] = await query
      .orderBy([
        { column: 'c.starts_on', order: 'asc' },
        { column: 'c.id', order: 'asc' },
      ])
      .limit(page.limit + 1);
    const items = rows.slice(0, page.limit);
    return {
      items: items.map(toRecord),
      ...(rows.length > page.limit
        ? { nextCursor: encodeCursor(items[items.length - 1]) }
        : {}),
    };
  }

  async updateCohort(
    id: string,
    patch: Parameters<CohortStore['updateCohort']>[1],
  ): Promise<CohortRecord | undefined> {
    return this.db.transaction(async tx => {
      const current: CohortRow | undefined = await tx('learning_cohorts')
        .where({ id })
        .forUpdate()
        .first();
      if (!current) {
        return undefined;
      }
      if (
        patch.capacity !== undefined &&
        patch.capacity < current.member_count
      ) {
        throw withFields(
          m => new ConflictError(m),
          [
            {
              field: 'capacity',
              in: 'body',
              message: `${current.member_count} members of cohort ${id} have joined, more than ${patch.capacity}`,
            },
          ],
        );
      }
      const changes: Partial<CohortRow> = {
        ...(patch.title !== undefined ? { title: patch.title || null } : {}),
        ...(patch.startsOn !== undefined ? { starts_on: patch.startsOn } : {}),
        ...(patch.endsOn !== undefined ? { ends_on: patch.endsOn } : {}),
        ...(patch.capacity !== undefined ? { capacity: patch.capacity } : {}),
        ...(patch.facilitator !== undefined
          ? { facilitator_ref: patch.facilitator }
          : {}),
        updated_at: new Date().toISOString(),
      };
      await tx('learning_cohorts').where({ id }).update(changes);
      return toRecord({ ...current, ...changes });
    });
  }

  async deleteCohort(id: string): Promise<boolean> {
    return this.db.transaction(async tx => {
      // the discussion goes with the cohort, also where foreign keys are off
      await tx('learning_posts').where({ cohort_id: id }).delete();
      await tx('learning_cohort_members').where({ cohort_id: id }).delete();
      return (await tx('learning_cohorts').where({ id }).delete()) > 0;
    });
  }

  async join(
    id: string,
    userRef: string,
  ): Promise<{ cohort: CohortRecord; joined: boolean }> {
    try {
      const joined = await this.db.transaction(async tx => {
        const member = await tx('learning_cohort_members')
          .where({ cohort_id: id, user_ref: userRef })
          .first();
        if (member) {
          return false;
        }
        // one statement takes the seat only while one is free: concurrent
        // joins queue on the row and each sees the count before it
        const taken = await tx('learning_cohorts')
          .where({ id })
          .where('member_count', '<', tx.ref('capacity'))
          .update({
            member_count: tx.raw('member_count + 1'),
            updated_at: new Date().toISOString(),
          });
        if (taken === 0) {
          const cohort: CohortRow | undefined = await tx('learning_cohorts')
            .where({ id })
            .first();
          if (!cohort) {
            throw new NotFoundError(`No cohort ${id}`);
          }
          throw new ConflictError(
            `All ${cohort.capacity} places in cohort ${id} are taken`,
          );
        }
        await tx('learning_cohort_members').insert({
          cohort_id: id,
          user_ref: userRef,
          joined_at: new Date().toISOString(),
        });
        return true;
      });
      return { cohort: (await this.getCohort(id))!, joined };
    } catch (error) {
      // the same user joining twice at once: the other request did it
      if (isUniqueViolation(error)) {
        return { cohort: (await this.getCohort(id))!, joined: false };
      }
      throw error;
    }
  }

  async leave(id: string, userRef: string): Promise<boolean> {
    return this.db.transaction(async tx => {
      const deleted = await tx('learning_cohort_members')
        .where({ cohort_id: id, user_ref: userRef })
        .delete();
      if (deleted > 0) {
        await tx('learning_cohorts')
          .where({ id })
          .update({
            member_count: tx.raw('member_count - 1'),
            updated_at: new Date().toISOString(),
          });
      }
      return deleted > 0;
    });
  }

  async listMembers(id: string): Promise<CohortMembership[]> {
    const rows: Array<{ user_ref: string; joined_at: string | Date }> =
      await this.db('learning_cohort_members')
        .where({ cohort_id: id })
        .orderBy([
          { column: 'joined_at', order: 'asc' },
          { column: 'user_ref', order: 'asc' },
        ]);
    return rows.map(r => ({
      userRef: r.user_ref,
      joinedAt: toIsoTimestamp(r.joined_at),
    }));
  }

  async membershipsOf(
    userRef: string,
    cohortIds: string[],
  ): Promise<Set<string>> {
    if (cohortIds.length === 0) {
      return new Set();
    }
    const rows: Array<{ cohort_id: string }> = await this.db(
      'learning_cohort_members',
    )
      .where({ user_ref: userRef })
      .whereIn('cohort_id', cohortIds)
      .select('cohort_id');
    return new Set(rows.map(r => r.cohort_id));
  }

  async countAnswersSince(
    cohort: CohortRecord,
    since: string,
  ): Promise<number> {
    const [{ count }] = await this.db('learning_posts')
      .where({ kind: 'answer' })
      .whereNull('deleted_at')
      .whereNull('hidden_at')
      .where('created_at', '>', since)
      .where(q =>
        q
          .where('cohort_id', cohort.id)
          .orWhere(q2 =>
            q2
              .whereNull('cohort_id')
              .where(q3 =>
                q3
                  .where('resource_id', cohort.resourceId)
                  .orWhere('path_id', cohort.resourceId),
              ),
          ),
      )
      .count({ count: '*' });
    return toNumber(count);
  }

  async claimDigest(id: string, week: number, at: string): Promise<boolean> {
    const updated = await this.db('learning_cohorts')
      .where({ id })
      .where(q => q.whereNull('digest_week').orWhere('digest_week', '<', week))
      .update({ digest_week: week, digest_at: at });
    return updated > 0;
  }
}
