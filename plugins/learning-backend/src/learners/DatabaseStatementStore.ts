import type {
  LearnerStatementBatch,
  LearnerStatementResult,
} from '@tech-learning/backstage-plugin-learning-node';
import { Knex } from 'knex';
import { toIsoTimestamp } from '../shared/timestamps';
import { describeIssues } from '../shared/validation';
import { lockResources, putRow, recount } from './DatabaseLearnerStore';
import { EnrolmentRow, enrolmentRow, LearnerKey } from './learnerRows';
import { StatementStore } from './StatementStore';
import {
  providedLearnerStatementSchema,
  statementIdSchema,
} from './validation';

interface StatementRow {
  provider: string;
  statement_id: string;
  resource_id: string | null;
  user_ref: string | null;
  state: 'in-progress' | 'completed' | null;
  progress: number | null;
  occurred_at: string | Date | null;
  voided: boolean | number;
}

/** Statement ids looked up in one query. */
const LOOKUP_BATCH = 500;

/** An activity id as a resource URL matches it: no trailing slash, case of scheme and host ignored. */
export function normalizeActivityId(value: string): string {
  try {
    const url = new URL(value);
    url.hash = '';
    return url.toString().replace(/\/$/, '');
  } catch {
    return value.trim().replace(/\/$/, '');
  }
}

const at = (value: string | Date | null) =>
  value === null ? NaN : Date.parse(toIsoTimestamp(value));

/**
 * The knex implementation of the {@link StatementStore}: statements are
 * kept by provider and id, so that each is applied once, and the learner's
 * enrolment is derived again from those not voided whenever one arrives or
 * is voided.
 */
export class DatabaseStatementStore implements StatementStore {
  constructor(private readonly db: Knex) {}

  async getCursor(provider: string): Promise<string | undefined> {
    const row = await this.db('learning_provider_cursors')
      .where({ provider })
      .first('cursor');
    return row?.cursor;
  }

  async applyStatements(
    provider: string,
    batch: LearnerStatementBatch,
  ): Promise<LearnerStatementResult> {
    const unmatched: LearnerStatementResult['unmatched'] = [];
    const resources: Array<{ id: string; urls: string }> = await this.db(
      'learning_resources',
    )
      .select('id', 'urls')
      .orderBy('id');
    const known = new Set(resources.map(r => r.id));
    const byUrl = new Map<string, string>();
    for (const resource of resources) {
      for (const { url } of JSON.parse(resource.urls) as Array<{
        url: string;
      }>) {
        const key = normalizeActivityId(url);
        if (!byUrl.has(key)) byUrl.set(key, resource.id);
      }
    }

    const voidedIds = new Set(
      (batch.voidedIds ?? []).filter(
        id => statementIdSchema.safeParse(id).success,
      ),
    );
    const incoming = new Map<string, StatementRow>();
    const resourceOf = (
      resource: { id: string } | { activityId: string },
    ): string | undefined => {
      if ('id' in resource) {
        return known.has(resource.id) ? resource.id : undefined;
      }
      return byUrl.get(normalizeActivityId(resource.activityId));
    };
    for (const value of batch.statements) {
      const parsed = providedLearnerStatementSchema.safeParse(value);
      if (!parsed.success) {
        unmatched.push({
          id: String(value.id).slice(0, 64),
          reason: `invalid: ${describeIssues(parsed.error)}`,
        });
        continue;
      }
      const statement = parsed.data;
      const resourceId = resourceOf(statement.resource);
      if (!resourceId) {
        unmatched.push({
          id: statement.id,
          reason:
            'id' in statement.resource
              ? `no resource ${statement.resource.id}`
              : `no resource has the URL ${statement.resource.activityId}`,
        });
        continue;
      }
      incoming.set(statement.id, {
        provider,
        statement_id: statement.id,
        resource_id: resourceId,
        user_ref: statement.userRef,
        state: statement.state,
        progress:
          statement.state === 'completed'
            ? 100
            : Math.round(statement.progress ?? 0),
        occurred_at: new Date(statement.timestamp).toISOString(),
        voided: voidedIds.has(statement.id),
      });
    }

    return this.db.transaction(async tx => {
      const ids = [...new Set([...incoming.keys(), ...voidedIds])];
      const stored = new Map<string, StatementRow>();
      for (let i = 0; i < ids.length; i += LOOKUP_BATCH) {
        const rows: StatementRow[] = await tx('learning_learner_statements')
          .where({ provider })
          .whereIn('statement_id', ids.slice(i, i + LOOKUP_BATCH))
          .forUpdate();
        for (const row of rows) stored.set(row.statement_id, row);
      }

      let applied = 0;
      let duplicates = 0;
      let voided = 0;
      // the learners whose enrolment follows from what changed, and those
      // of them where something was undone
      const touched = new Map<string, LearnerKey>();
      const undone = new Set<string>();
      const keyOf = (k: LearnerKey) => `${k.resource_id}|${k.user_ref}`;
      const touch = (row: StatementRow, isUndo: boolean) => {
        const key = { resource_id: row.resource_id!, user_ref: row.user_ref! };
        touched.set(keyOf(key), key);
        if (isUndo) undone.add(keyOf(key));
      };

      const fresh = [...incoming.values()].filter(row => {
        if (stored.has(row.statement_id)) {
          duplicates += 1;
          return false;
        }
        return true;
      });
      for (let i = 0; i < fresh.length; i += LOOKUP_BATCH) {
        await tx('learning_learner_statements').insert(
          fresh.slice(i, i + LOOKUP_BATCH),
        );
      }
      for (const row of fresh) {
        if (!row.voided) {
          applied += 1;
          touch(row, false);
        }
      }
      for (const id of voidedIds) {
        const row = stored.get(id);
        if (row && !row.voided) {
          await tx('learning_learner_statements')
            .where({ provider, statement_id: id })
            .update({ voided: true });
          voided += 1;
          if (row.resource_id && row.user_ref) touch(row, true);
        } else if (!row && !incoming.has(id)) {
          // voided before it came: when it comes, it is a duplicate
          await tx('learning_learner_statements').insert({
            provider,
            statement_id: id,
            voided: true,
          });
        }
      }

      const keys = [...touched.values()];
      await lockResources(
        tx,
        keys.map(k => k.resource_id),
      );
      let enrolmentsChanged = 0;
      for (const key of keys) {
        if (await this.derive(tx, key, undone.has(keyOf(key)))) {
          enrolmentsChanged += 1;
        }
      }
      if (keys.length > 0) {
        await recount(
          tx,
          keys.map(k => k.resource_id),
        );
      }

      if (batch.cursor !== undefined) {
        await tx('learning_provider_cursors')
          .insert({
            provider,
            cursor: batch.cursor,
            updated_at: new Date().toISOString(),
          })
          .onConflict('provider')
          .merge();
      }
      return { applied, duplicates, voided, enrolmentsChanged, unmatched };
    });
  }

  /**
   * Sets a learner's enrolment from their statements not voided; a
   * statement older than what Backstage recorded since changes nothing,
   * unless something was undone. With none left, an enrolment the
   * statements began is removed, and one that was there before them goes
   * back to enrolled.
   */
  private async derive(
    tx: Knex.Transaction,
    key: LearnerKey,
    isUndo: boolean,
  ): Promise<boolean> {
    const rows: StatementRow[] = await tx('learning_learner_statements')
      .where(key)
      .select('state', 'progress', 'occurred_at', 'voided');
    const live = rows.filter(r => !r.voided);
    const current: EnrolmentRow | undefined = await tx('learning_enrolments')
      .where(key)
      .first();
    const times = (list: StatementRow[]) =>
      list.map(r => at(r.occurred_at)).filter(Number.isFinite);
    if (live.length === 0) {
      if (!current) return false;
      const firstStatement = Math.min(...times(rows));
      if (at(current.enrolled_at) >= firstStatement) {
        await tx('learning_enrolments').where(key).delete();
      } else {
        await tx('learning_enrolments').where(key).update({
          state: 'enrolled',
          progress: 0,
          started_at: null,
          completed_at: null,
          updated_at: new Date().toISOString(),
        });
      }
      return true;
    }
    const completed = live.some(r => r.state === 'completed');
    const progress = completed
      ? 100
      : Math.max(...live.map(r => Number(r.progress ?? 0)));
    const latest = new Date(Math.max(...times(live))).toISOString();
    const earliest = new Date(Math.min(...times(live))).toISOString();
    if (current && !isUndo && at(current.updated_at) >= Date.parse(latest)) {
      return false;
    }
    const row = enrolmentRow(key, current, {
      state: completed ? 'completed' : 'in-progress',
      progress,
      sessionId: current?.session_id ?? null,
      at: latest,
      enrolledAt: earliest,
      startedAt: earliest,
    });
    if (
      current &&
      current.state === row.state &&
      Number(current.progress) === row.progress
    ) {
      return false;
    }
    await putRow(tx, 'learning_enrolments', key, row, Boolean(current));
    return true;
  }
}
