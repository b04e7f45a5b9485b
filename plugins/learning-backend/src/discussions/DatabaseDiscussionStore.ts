import { NotFoundError } from '@backstage/errors';
import { LearningPostKind } from '@tech-learning/backstage-plugin-learning-common';
import { Knex } from 'knex';
import { TooManyRequestsError } from '../shared/errors';
import { decodeKeyset, encodeKeyset } from '../shared/cursor';
import { toIsoTimestamp } from '../shared/timestamps';
import { DiscussionStore, PostRecord, PostWrite } from './DiscussionStore';

interface PostRow {
  id: number;
  discussion: string;
  resource_id: string;
  path_id: string | null;
  cohort_id: string | null;
  kind: LearningPostKind;
  question_id: number | null;
  parent_id: number | null;
  author_ref: string;
  body: string;
  mentions: string | null;
  accepted: boolean | number;
  accepted_answer_id: number | null;
  hidden_at: string | Date | null;
  hidden_by: string | null;
  hidden_reason: string | null;
  deleted_at: string | Date | null;
  edited_at: string | Date | null;
  created_at: string | Date;
}

function toPost(row: PostRow): PostRecord {
  return {
    id: String(row.id),
    discussion: row.discussion,
    resourceId: row.resource_id,
    ...(row.path_id ? { pathId: row.path_id } : {}),
    ...(row.cohort_id ? { cohortId: row.cohort_id } : {}),
    kind: row.kind,
    questionId: String(row.question_id ?? row.id),
    ...(row.parent_id !== null ? { parentId: String(row.parent_id) } : {}),
    author: row.author_ref,
    body: row.deleted_at ? '' : row.body,
    mentions: row.deleted_at || !row.mentions ? [] : JSON.parse(row.mentions),
    accepted: Boolean(row.accepted),
    ...(row.accepted_answer_id !== null
      ? { acceptedAnswerId: String(row.accepted_answer_id) }
      : {}),
    ...(row.hidden_at
      ? {
          hidden: {
            by: row.hidden_by ?? '',
            at: toIsoTimestamp(row.hidden_at),
            reason: row.hidden_reason ?? '',
          },
        }
      : {}),
    deleted: Boolean(row.deleted_at),
    createdAt: toIsoTimestamp(row.created_at),
    ...(row.edited_at ? { editedAt: toIsoTimestamp(row.edited_at) } : {}),
  };
}

function encodeCursor(row: PostRow): string {
  return encodeKeyset({ q: row.question_id ?? row.id, i: row.id });
}

function decodeCursor(cursor: string): { questionId: number; id: number } {
  const p = decodeKeyset(
    cursor,
    (v: any): v is { q: number; i: number } =>
      Number.isInteger(v?.q) && Number.isInteger(v?.i),
  );
  return { questionId: p.q, id: p.i };
}

const RATE_WINDOW_MS = 60_000;

/** Discussions in the plugin's database. */
export class DatabaseDiscussionStore implements DiscussionStore {
  constructor(private readonly db: Knex) {}

  async createPost(write: PostWrite, perMinute: number): Promise<PostRecord> {
    return this.db.transaction(async tx => {
      const now = new Date();
      // Taking the author's row makes their concurrent posts wait here, so
      // that each counts those before it.
      await tx('learning_posters')
        .insert({ user_ref: write.author, last_post_at: now.toISOString() })
        .onConflict('user_ref')
        .merge(['last_post_at']);
      const windowStart = new Date(now.getTime() - RATE_WINDOW_MS);
      const recent: Array<{ created_at: string | Date }> = await tx(
        'learning_posts',
      )
        .where('author_ref', write.author)
        .where('created_at', '>', windowStart.toISOString())
        .orderBy('created_at', 'desc')
        .limit(perMinute)
        .select('created_at');
      if (recent.length >= perMinute) {
        const oldest = Date.parse(
          toIsoTimestamp(recent[recent.length - 1].created_at),
        );
        const retryAfterSeconds = Math.max(
          1,
          Math.ceil((oldest + RATE_WINDOW_MS - now.getTime()) / 1000),
        );
        throw new TooManyRequestsError(
          `You may post ${perMinute} times a minute; wait ${retryAfterSeconds} s and post again`,
          retryAfterSeconds,
        );
      }
      const parent = write.parent;
      const row: Omit<PostRow, 'id'> = {
        discussion: write.discussion,
        resource_id: write.resourceId,
        path_id: write.pathId ?? null,
        cohort_id: write.cohortId ?? null,
        kind: write.kind,
        question_id: parent ? Number(parent.questionId) : null,
        parent_id: parent ? Number(parent.id) : null,
        author_ref: write.author,
        body: write.body,
        mentions: write.mentions.length ? JSON.stringify(write.mentions) : null,
        accepted: false,
        accepted_answer_id: null,
        hidden_at: null,
        hidden_by: null,
        hidden_reason: null,
        deleted_at: null,
        edited_at: null,
        created_at: now.toISOString(),
      };
      const [inserted] = await tx('learning_posts').insert(row, ['id']);
      const id = Number(typeof inserted === 'object' ? inserted.id : inserted);
      if (!parent) {
        // a question heads its own thread
        await tx('learning_posts').where({ id }).update({ question_id: id });
      }
      return toPost({ ...row, id, question_id: parent ? row.question_id : id });
    });
  }

  async getPost(id: string): Promise<PostRecord | undefined> {
    const row: PostRow | undefined = await this.db('learning_posts')
      .where({ id: Number(id) })
      .first();
    return row && toPost(row);
  }

  async listPosts(
    discussion: string,
    page: { limit: number; cursor?: string; withHidden: boolean },
  ): Promise<{ items: PostRecord[]; nextCursor?: string }> {
    const query = this.db('learning_posts').where({ discussion });
    if (!page.withHidden) {
      query
        .whereNull('hidden_at')
        .whereNotIn(
          'question_id',
          this.db('learning_posts')
            .where({ discussion, kind: 'question' })
            .whereNotNull('hidden_at')
            .select('id'),
        );
    }
    if (page.cursor) {
      const { questionId, id } = decodeCursor(page.cursor);
      // a range on the index, less what the last page showed of its
      // last thread (an OR of the two would scan the whole discussion)
      query
        .where('question_id', '<=', questionId)
        .whereNot(q =>
          q.where('question_id', questionId).where('id', '<=', id),
        );
    }
    const rows: PostRow[] = await query
      .orderBy([
        { column: 'question_id', order: 'desc' },
        { column: 'id', order: 'asc' },
      ])
      .limit(page.limit + 1);
    const items = rows.slice(0, page.limit);
    return {
      items: items.map(toPost),
      ...(rows.length > page.limit
        ? { nextCursor: encodeCursor(items[items.length - 1]) }
        : {}),
    };
  }

  async editPost(
    id: string,
    body: string,
    mentions: string[],
  ): Promise<PostRecord> {
    await this.db('learning_posts')
      .where({ id: Number(id) })
      .update({
        body,
        mentions: mentions.length ? JSON.stringify(mentions) : null,
        edited_at: new Date().toISOString(),
      });
    return this.mustGet(id);
  }

  async deletePost(id: string): Promise<void> {
    await this.db.transaction(async tx => {
      const row: PostRow | undefined = await tx('learning_posts')
        .where({ id: Number(id) })
        .first();
      if (!row) {
        return;
      }
      await tx('learning_posts').where({ id: row.id }).update({
        body: '',
        mentions: null,
        accepted: false,
        deleted_at: new Date().toISOString(),
      });
      if (row.accepted && row.question_id !== null) {
        await tx('learning_posts')
          .where({ id: row.question_id, accepted_answer_id: row.id })
          .update({ accepted_answer_id: null });
      }
    });
  }

  async setHidden(
    id: string,
    hidden: { by: string; reason: string } | undefined,
  ): Promise<PostRecord> {
    await this.db('learning_posts')
      .where({ id: Number(id) })
      .update(
        hidden
          ? {
              hidden_at: new Date().toISOString(),
              hidden_by: hidden.by,
              hidden_reason: hidden.reason,
            }
          : { hidden_at: null, hidden_by: null, hidden_reason: null },
      );
    return this.mustGet(id);
  }

  async setAccepted(
    answer: PostRecord,
    accepted: boolean,
  ): Promise<PostRecord> {
    const id = Number(answer.id);
    const questionId = Number(answer.questionId);
    await this.db.transaction(async tx => {
      await tx('learning_posts')
        .where({ question_id: questionId, kind: 'answer', accepted: true })
        .update({ accepted: false });
      if (accepted) {
        await tx('learning_posts').where({ id }).update({ accepted: true });
      }
      await tx('learning_posts')
        .where({ id: questionId })
        .update({ accepted_answer_id: accepted ? id : null });
    });
    return this.mustGet(answer.id);
  }

  async listFaq(
    resourceId: string,
    limit: number,
  ): Promise<Array<{ question: PostRecord; answer: PostRecord }>> {
    const answers: PostRow[] = await this.db('learning_posts as a')
      .join('learning_posts as q', 'q.id', 'a.question_id')
      .where('a.accepted', true)
      .where('a.kind', 'answer')
      .whereNull('a.hidden_at')
      .whereNull('a.deleted_at')
      .whereNull('q.hidden_at')
      .whereNull('q.deleted_at')
      .where(q =>
        q.where('a.resource_id', resourceId).orWhere('a.path_id', resourceId),
      )
      .orderBy('a.id', 'desc')
      .limit(limit)
      .select('a.*');
    if (answers.length === 0) {
      return [];
    }
    const questions: PostRow[] = await this.db('learning_posts').whereIn(
      'id',
      answers.map(a => a.question_id!),
    );
    const byId = new Map(questions.map(q => [q.id, toPost(q)]));
    return answers.map(a => ({
      question: byId.get(a.question_id!)!,
      answer: toPost(a),
    }));
  }

  private async mustGet(id: string): Promise<PostRecord> {
    const post = await this.getPost(id);
    if (!post) {
      throw new NotFoundError(`No post ${id}`);
    }
    return post;
  }
}
