import { randomUUID } from 'node:crypto';
import { ConflictError, NotFoundError } from '@backstage/errors';
import {
  LearningEnrolment,
  LearningEnrolmentState,
  LearningFeedback,
  LearningRating,
  LearningSession,
  LearningSessionInput,
} from '@tech-learning/backstage-plugin-learning-common';
import { Knex } from 'knex';
import { ratingOf } from '../shared/ratings';
import { toNumber } from '../shared/sql';
import { toIsoTimestamp } from '../shared/timestamps';
import {
  EnrolmentRow,
  enrolmentRow,
  FeedbackRow,
  feedbackRow,
  LearnerKey,
  SessionRow,
  toEnrolment,
  toFeedback,
  toSession,
} from './learnerRows';
import {
  EnrolmentWrite,
  LearnerCounts,
  LearnerRecord,
  LearnerStore,
  UsersAggregate,
} from './LearnerStore';
import { withFields } from '../shared/errors';

/** Records whose stored state is read in one query. */
const IMPORT_BATCH = 200;

/** Users whose enrolments are aggregated in one query. */
const USERS_BATCH = 2_000;

/** Writes a learner's row of `table`: an update when one is stored. */
export async function putRow(
  tx: Knex.Transaction,
  table: 'learning_enrolments' | 'learning_feedback',
  key: LearnerKey,
  row: EnrolmentRow | FeedbackRow,
  stored: boolean,
): Promise<void> {
  if (stored) {
    await tx(table).where(key).update(row);
  } else {
    await tx(table).insert(row);
  }
}

/**
 * Locks the rows of resources until the transaction ends, so that writers
 * of one resource's enrolments and feedback take turns: `recount` at the
 * end of a transaction then sees every write committed before it.
 * (SQLite runs one write transaction at a time anyway.)
 */
export async function lockResources(
  tx: Knex.Transaction,
  resourceIds: string[],
): Promise<void> {
  await tx('learning_resources')
    .whereIn('id', [...new Set(resourceIds)].sort())
    .orderBy('id')
    .forNoKeyUpdate()
    .select('id');
}

/**
 * Sets the learner and rating counters of resources from their enrolments
 * and feedback, in the transaction that changed them (after
 * `lockResources`). Counted afresh rather than adjusted, so that they
 * cannot drift from the rows.
 */
export async function recount(
  tx: Knex.Transaction,
  resourceIds: string[],
): Promise<void> {
  const own = (table: string) =>
    tx(table).where(`${table}.resource_id`, tx.ref('learning_resources.id'));
  await tx('learning_resources')
    .whereIn('id', [...new Set(resourceIds)])
    .update({
      learner_count: own('learning_enrolments').count('*'),
      completion_count: own('learning_enrolments')
        .where('learning_enrolments.state', 'completed')
        .count('*'),
      rating_count: own('learning_feedback').count('*'),
      rating_sum: tx.raw('COALESCE((?), 0)', [
        own('learning_feedback').sum('rating'),
      ]),
    });
}

/**
 * The knex implementation of the {@link LearnerStore}, for SQLite and
 * PostgreSQL. Seat counts are taken under a lock of the session row, so
 * that concurrent enrolments on several replicas never overbook.
 */
export class DatabaseLearnerStore implements LearnerStore {
  constructor(private readonly db: Knex) {}

  async getEnrolment(
    resourceId: string,
    userRef: string,
  ): Promise<LearningEnrolment | undefined> {
    const row: EnrolmentRow | undefined = await this.db('learning_enrolments')
      .where({ resource_id: resourceId, user_ref: userRef })
      .first();
    return row ? toEnrolment(row) : undefined;
  }

  async getEnrolmentsOf(
    userRefs: string[],
    resourceIds: string[],
  ): Promise<LearningEnrolment[]> {
    if (userRefs.length === 0 || resourceIds.length === 0) {
      return [];
    }
    const rows: EnrolmentRow[] = await this.db('learning_enrolments')
      .whereIn('user_ref', userRefs)
      .whereIn('resource_id', resourceIds);
    return rows.map(toEnrolment);
  }

  async getUserEnrolments(
    userRef: string,
  ): Promise<Map<string, LearningEnrolment>> {
    const rows: EnrolmentRow[] = await this.db('learning_enrolments').where({
      user_ref: userRef,
    });
    return new Map(rows.map(r => [r.resource_id, toEnrolment(r)]));
  }

  async putEnrolment(write: EnrolmentWrite): Promise<LearningEnrolment> {
    return this.db.transaction(async tx => {
      const key = { resource_id: write.resourceId, user_ref: write.userRef };
      await lockResources(tx, [write.resourceId]);
      const current: EnrolmentRow | undefined = await tx('learning_enrolments')
        .where(key)
        .forUpdate()
        .first();
      const sessionId = write.sessionId ?? null;
      if (
        current &&
        current.state === write.state &&
        current.progress === write.progress &&
        current.session_id === sessionId
      ) {
        return toEnrolment(current);
      }
      if (sessionId && sessionId !== current?.session_id) {
        await this.takeSeat(tx, write.resourceId, sessionId);
      }

      const now = new Date().toISOString();
      const row = enrolmentRow(key, current, {
        state: write.state,
        progress: write.progress,
        sessionId,
        at: now,
        enrolledAt: now,
        startedAt: now,
      });
      await putRow(tx, 'learning_enrolments', key, row, Boolean(current));
      await recount(tx, [write.resourceId]);
      return toEnrolment(row);
    });
  }

  /** Checks, under a lock of the session row, that a seat is free. */
  private async takeSeat(
    tx: Knex.Transaction,
    resourceId: string,
    sessionId: string,
  ): Promise<void> {
    const session: SessionRow | undefined = await tx('learning_sessions')
      .where({ id: sessionId, resource_id: resourceId })
      .forUpdate()
      .first();
    if (!session) {
      throw new NotFoundError(
        `No session ${sessionId} of learning resource ${resourceId}`,
      );
    }
    const taken = (await this.seatsTaken(tx, [sessionId])).get(sessionId);
    if ((taken ?? 0) >= session.seats) {
      throw new ConflictError(
        `Session ${sessionId} is full: all ${session.seats} seats are taken`,
      );
    }
  }

  async deleteEnrolment(resourceId: string, userRef: string): Promise<boolean> {
    return this.deleteLearnerRow('learning_enrolments', resourceId, userRef);
  }

  private async deleteLearnerRow(
    table: 'learning_enrolments' | 'learning_feedback',
    resourceId: string,
    userRef: string,
  ): Promise<boolean> {
    return this.db.transaction(async tx => {
      await lockResources(tx, [resourceId]);
      const deleted = await tx(table)
        .where({ resource_id: resourceId, user_ref: userRef })
        .delete();
      if (deleted > 0) {
        await recount(tx, [resourceId]);
      }
      return deleted > 0;
    });
  }

  async listUserEnrolments(
    userRef: string,
    options: { state?: LearningEnrolmentState; limit: number; offset: number },
  ): Promise<{ items: LearningEnrolment[]; totalCount: number }> {
    const query = this.db('learning_enrolments').where({ user_ref: userRef });
    if (options.state) {
      query.andWhere({ state: options.state });
    }
    const [[{ count }], rows] = await Promise.all([
      query.clone().count({ count: '*' }),
      query
        .clone()
        .orderBy('updated_at', 'desc')
        .orderBy('resource_id')
        .limit(options.limit)
        .offset(options.offset) as Promise<EnrolmentRow[]>,
    ]);
    return { items: rows.map(toEnrolment), totalCount: toNumber(count) };
  }

  async countLearners(
    resourceIds: string[],
  ): Promise<Map<string, LearnerCounts>> {
    const rows: Array<{
      id: string;
      learner_count: number;
      completion_count: number;
    }> = await this.countersOf(resourceIds, [
      'learner_count',
      'completion_count',
    ]);
    return new Map(
      rows
        .filter(r => r.learner_count > 0)
        .map(r => [
          r.id,
          { learners: r.learner_count, completions: r.completion_count },
        ]),
    );
  }

  async getRatings(
    resourceIds: string[],
  ): Promise<Map<string, LearningRating>> {
    const rows: Array<{
      id: string;
      rating_count: number;
      rating_sum: number;
    }> = await this.countersOf(resourceIds, ['rating_count', 'rating_sum']);
    return new Map(
      rows
        .filter(r => r.rating_count > 0)
        .map(r => [r.id, ratingOf(r.rating_count, r.rating_sum)]),
    );
  }

  async aggregateUsers(
    userRefs: string[],
    options: { minimumPerResource: number },
  ): Promise<UsersAggregate> {
    const aggregate: UsersAggregate = {
      learners: 0,
      byState: { enrolled: 0, 'in-progress': 0, completed: 0 },
      resources: [],
    };
    const perResource = new Map<string, LearnerCounts>();
    const users = [...new Set(userRefs)];
    // the batches hold different users, so their counts add up
    for (let i = 0; i < users.length; i += USERS_BATCH) {
      const batch = users.slice(i, i + USERS_BATCH);
      const mine = () =>
        this.db('learning_enrolments').whereIn('user_ref', batch);
      const [[{ learners }], states, resources] = await Promise.all([
        mine().countDistinct({ learners: 'user_ref' }),
        mine()
          .groupBy('state')
          .select('state')
          .count({ count: '*' }) as Promise<
          Array<{ state: LearningEnrolmentState; count: unknown }>
        >,
        mine()
          .groupBy('resource_id')
          .select(
            'resource_id',
            this.db.raw(
              "SUM(CASE WHEN state = 'completed' THEN 1 ELSE 0 END) AS completions",
            ),
          )
          .count({ learners: '*' }) as Promise<
          Array<{
            resource_id: string;
            learners: unknown;
            completions: unknown;
          }>
        >,
      ]);
      aggregate.learners += toNumber(learners);
      for (const { state, count } of states) {
        aggregate.byState[state] += toNumber(count);
      }
      for (const row of resources) {
        const counts = perResource.get(row.resource_id) ?? {
          learners: 0,
          completions: 0,
        };
        counts.learners += toNumber(row.learners);
        counts.completions += toNumber(row.completions);
        perResource.set(row.resource_id, counts);
      }
    }
    aggregate.resources = [...perResource]
      .filter(([, c]) => c.learners >= options.minimumPerResource)
      .map(([resourceId, c]) => ({ resourceId, ...c }))
      .sort(
        (a, b) =>
          b.learners - a.learners ||
          b.completions - a.completions ||
          a.resourceId.localeCompare(b.resourceId),
      );
    return aggregate;
  }

  /** The counters `recount` keeps on the rows of resources. */
  private async countersOf(resourceIds: string[], columns: string[]) {
    if (resourceIds.length === 0) {
      return [];
    }
    return this.db('learning_resources')
      .whereIn('id', resourceIds)
      .select('id', ...columns);
  }

  async putFeedback(feedback: {
    resourceId: string;
    userRef: string;
    rating: number;
    comment?: string;
  }): Promise<LearningFeedback> {
    return this.db.transaction(async tx => {
      const key = {
        resource_id: feedback.resourceId,
        user_ref: feedback.userRef,
      };
      await lockResources(tx, [feedback.resourceId]);
      const current: FeedbackRow | undefined = await tx('learning_feedback')
        .where(key)
        .forUpdate()
        .first();
      const comment = feedback.comment ?? null;
      if (
        current &&
        current.rating === feedback.rating &&
        current.comment === comment
      ) {
        return toFeedback(current);
      }
      const row = feedbackRow(key, current, {
        rating: feedback.rating,
        comment: feedback.comment,
        at: new Date().toISOString(),
      });
      await putRow(tx, 'learning_feedback', key, row, Boolean(current));
      await recount(tx, [feedback.resourceId]);
      return toFeedback(row);
    });
  }

  async importRecords(
    records: LearnerRecord[],
  ): Promise<{ written: number; unchanged: number }> {
    let written = 0;
    const newer = (stored: string | Date | undefined, record: string) =>
      stored === undefined ||
      Date.parse(toIsoTimestamp(stored)) < Date.parse(record);
    await this.db.transaction(async tx => {
      for (let i = 0; i < records.length; i += IMPORT_BATCH) {
        const batch = records.slice(i, i + IMPORT_BATCH);
        const keys = batch.map(r => [r.resourceId, r.userRef]);
        const touched = new Set<string>();
        await lockResources(
          tx,
          batch.map(r => r.resourceId),
        );
        const [enrolments, feedback] = await Promise.all([
          tx<EnrolmentRow>('learning_enrolments')
            .whereIn(['resource_id', 'user_ref'], keys)
            .forUpdate(),
          tx<FeedbackRow>('learning_feedback')
            .whereIn(['resource_id', 'user_ref'], keys)
            .forUpdate(),
        ]);
        const keyOf = (row: { resource_id: string; user_ref: string }) =>
          `${row.resource_id}|${row.user_ref}`;
        const enrolmentBy = new Map(enrolments.map(e => [keyOf(e), e]));
        const feedbackBy = new Map(feedback.map(f => [keyOf(f), f]));
        for (const record of batch) {
          const key = {
            resource_id: record.resourceId,
            user_ref: record.userRef,
          };
          const current = enrolmentBy.get(keyOf(key));
          let wrote = false;
          if (newer(current?.updated_at, record.updatedAt)) {
            const row = enrolmentRow(key, current, {
              state: record.state,
              progress: record.progress,
              sessionId: current?.session_id ?? null,
              at: record.updatedAt,
              enrolledAt: record.enrolledAt,
              // the provider does not say when the learner started
              startedAt: current
                ? toIsoTimestamp(current.enrolled_at)
                : record.enrolledAt,
            });
            await putRow(tx, 'learning_enrolments', key, row, Boolean(current));
            // a later record for the same learner compares with this one
            enrolmentBy.set(keyOf(key), row);
            wrote = true;
          }
          const stored = feedbackBy.get(keyOf(key));
          if (record.feedback && newer(stored?.updated_at, record.updatedAt)) {
            const row = feedbackRow(key, stored, {
              ...record.feedback,
              at: record.updatedAt,
            });
            await putRow(tx, 'learning_feedback', key, row, Boolean(stored));
            feedbackBy.set(keyOf(key), row);
            wrote = true;
          }
          if (wrote) {
            written += 1;
            touched.add(record.resourceId);
          }
        }
        if (touched.size > 0) {
          await recount(tx, [...touched]);
        }
      }
    });
    return { written, unchanged: records.length - written };
  }

  async deleteFeedback(resourceId: string, userRef: string): Promise<boolean> {
    return this.deleteLearnerRow('learning_feedback', resourceId, userRef);
  }

  async listFeedback(
    resourceId: string,
    options: { limit: number; offset: number },
  ): Promise<{ items: LearningFeedback[]; totalCount: number }> {
    const query = this.db('learning_feedback').where({
      resource_id: resourceId,
    });
    const [[{ count }], rows] = await Promise.all([
      query.clone().count({ count: '*' }),
      query
        .clone()
        .orderBy('updated_at', 'desc')
        .orderBy('user_ref')
        .limit(options.limit)
        .offset(options.offset) as Promise<FeedbackRow[]>,
    ]);
    return { items: rows.map(toFeedback), totalCount: toNumber(count) };
  }

  async listSessions(resourceId: string): Promise<LearningSession[]> {
    const rows: SessionRow[] = await this.db('learning_sessions')
      .where({ resource_id: resourceId })
      .orderBy('starts_at')
      .orderBy('id');
    const taken = await this.seatsTaken(
      this.db,
      rows.map(r => r.id),
    );
    return rows.map(r => toSession(r, taken.get(r.id) ?? 0));
  }

  async getSession(
    resourceId: string,
    sessionId: string,
  ): Promise<LearningSession | undefined> {
    const row: SessionRow | undefined = await this.db('learning_sessions')
      .where({ id: sessionId, resource_id: resourceId })
      .first();
    if (!row) {
      return undefined;
    }
    const taken = await this.seatsTaken(this.db, [row.id]);
    return toSession(row, taken.get(row.id) ?? 0);
  }

  async createSession(
    resourceId: string,
    input: LearningSessionInput,
  ): Promise<LearningSession> {
    const now = new Date().toISOString();
    const row: SessionRow = {
      id: randomUUID(),
      resource_id: resourceId,
      ...this.sessionFields(input),
    };
    await this.db('learning_sessions').insert({
      ...row,
      created_at: now,
      updated_at: now,
    });
    return toSession(row, 0);
  }

  async updateSession(
    resourceId: string,
    sessionId: string,
    input: LearningSessionInput,
  ): Promise<LearningSession | undefined> {
    return this.db.transaction(async tx => {
      const current: SessionRow | undefined = await tx('learning_sessions')
        .where({ id: sessionId, resource_id: resourceId })
        .forUpdate()
        .first();
      if (!current) {
        return undefined;
      }
      const taken = (await this.seatsTaken(tx, [sessionId])).get(sessionId);
      if ((taken ?? 0) > input.seats) {
        throw withFields(
          m => new ConflictError(m),
          [
            {
              field: 'seats',
              in: 'body',
              message: `${taken} seats of session ${sessionId} are taken, more than ${input.seats}`,
            },
          ],
        );
      }
      const fields = this.sessionFields(input);
      await tx('learning_sessions')
        .where({ id: sessionId })
        .update({ ...fields, updated_at: new Date().toISOString() });
      return toSession({ ...current, ...fields }, taken ?? 0);
    });
  }

  async deleteSession(resourceId: string, sessionId: string): Promise<boolean> {
    return this.db.transaction(async tx => {
      const found = await tx('learning_sessions')
        .where({ id: sessionId, resource_id: resourceId })
        .first('id');
      if (!found) {
        return false;
      }
      await tx('learning_enrolments')
        .where({ session_id: sessionId })
        .update({ session_id: null });
      await tx('learning_sessions').where({ id: sessionId }).delete();
      return true;
    });
  }

  private sessionFields(input: LearningSessionInput) {
    return {
      starts_at: new Date(input.startsAt).toISOString(),
      ends_at: new Date(input.endsAt).toISOString(),
      seats: input.seats,
      location: input.location ?? null,
      url: input.url ?? null,
    };
  }

  private async seatsTaken(
    db: Knex | Knex.Transaction,
    sessionIds: string[],
  ): Promise<Map<string, number>> {
    if (sessionIds.length === 0) {
      return new Map();
    }
    const rows: Array<{ session_id: string; count: unknown }> = await db(
      'learning_enrolments',
    )
      .whereIn('session_id', sessionIds)
      .groupBy('session_id')
      .select('session_id')
      .count({ count: '*' });
    return new Map(rows.map(r => [r.session_id, toNumber(r.count)]));
  }
}
