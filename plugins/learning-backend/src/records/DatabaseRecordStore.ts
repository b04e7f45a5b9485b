import { LearningPersonRecords } from '@tech-learning/backstage-plugin-learning-common';
import { Knex } from 'knex';
import {
  ApplicationRow,
  EmbedRow,
  setSeatsTaken,
  toApplication,
} from '../embeds';
import {
  EnrolmentRow,
  FeedbackRow,
  lockResources,
  recount,
  toEnrolment,
  toFeedback,
} from '../learners';
import { toIsoTimestamp } from '../shared/timestamps';
import { ErasedCounts, RecordStore } from './RecordStore';

/**
 * Who an erased person's posts are by: they keep their place in threads
 * (answers hang on questions), without a body or an author.
 */
export const ERASED_AUTHOR = 'user:default/erased';

type Timestamp = string | Date;

/** The knex implementation of the {@link RecordStore}. */
export class DatabaseRecordStore implements RecordStore {
  constructor(private readonly db: Knex) {}

  async exportRecords(
    userRef: string,
  ): Promise<Omit<LearningPersonRecords, 'exportedAt'>> {
    const { db } = this;
    const [
      enrolments,
      feedback,
      applications,
      posts,
      cohorts,
      dismissals,
      settings,
      suggestions,
    ] = await Promise.all([
      db<EnrolmentRow>('learning_enrolments')
        .where({ user_ref: userRef })
        .orderBy('enrolled_at'),
      db<FeedbackRow>('learning_feedback')
        .where({ user_ref: userRef })
        .orderBy('created_at'),
      db<ApplicationRow>('learning_embed_applications')
        .where({ applicant_ref: userRef })
        .orderBy('created_at'),
      db('learning_posts')
        .where({ author_ref: userRef })
        .orderBy('id')
        .select(
          'id',
          'discussion',
          'kind',
          'body',
          'deleted_at',
          'edited_at',
          'created_at',
        ),
      db('learning_cohort_members as m')
        .join('learning_cohorts as c', 'c.id', 'm.cohort_id')
        .where('m.user_ref', userRef)
        .orderBy('m.joined_at')
        .select('m.cohort_id', 'c.resource_id', 'm.joined_at'),
      db('learning_dismissals')
        .where({ user_ref: userRef })
        .orderBy('dismissed_at'),
      db('learning_user_settings').where({ user_ref: userRef }).first(),
      db('learning_link_suggestions')
        .where({ suggested_by: userRef })
        .orderBy('suggested_at'),
    ]);
    const resourceIds = new Set<string>([
      ...enrolments.map(r => r.resource_id),
      ...feedback.map(r => r.resource_id),
      ...cohorts.map((r: { resource_id: string }) => r.resource_id),
      ...dismissals.map((r: { resource_id: string }) => r.resource_id),
      ...suggestions.map((r: { resource_id: string }) => r.resource_id),
    ]);
    const resources: Array<{ id: string; title: string }> = resourceIds.size
      ? await db('learning_resources')
          .whereIn('id', [...resourceIds])
          .orderBy('title')
          .select('id', 'title')
      : [];
    return {
      userRef,
      resources,
      enrolments: enrolments.map(toEnrolment),
      feedback: feedback.map(toFeedback),
      applications: applications.map(toApplication),
      posts: posts.map(
        (p: {
          id: number;
          discussion: string;
          kind: 'question' | 'answer' | 'reply';
          body: string;
          deleted_at: Timestamp | null;
          edited_at: Timestamp | null;
          created_at: Timestamp;
        }) => ({
          id: String(p.id),
          discussion: p.discussion,
          kind: p.kind,
          body: p.body,
          deleted: p.deleted_at !== null,
          createdAt: toIsoTimestamp(p.created_at),
          ...(p.edited_at ? { editedAt: toIsoTimestamp(p.edited_at) } : {}),
        }),
      ),
      cohorts: cohorts.map(
        (c: {
          cohort_id: string;
          resource_id: string;
          joined_at: Timestamp;
        }) => ({
          cohortId: c.cohort_id,
          resourceId: c.resource_id,
          joinedAt: toIsoTimestamp(c.joined_at),
        }),
      ),
      dismissals: dismissals.map(
        (d: { resource_id: string; dismissed_at: Timestamp }) => ({
          resourceId: d.resource_id,
          dismissedAt: toIsoTimestamp(d.dismissed_at),
        }),
      ),
      ...(settings
        ? { settings: { shareExpertise: Boolean(settings.share_expertise) } }
        : {}),
      linkSuggestions: suggestions.map(
        (s: {
          resource_id: string;
          entity_ref: string;
          relation: 'teaches' | 'uses' | 'prerequisite-for';
          status: 'pending' | 'dismissed';
          suggested_at: Timestamp;
        }) => ({
          resourceId: s.resource_id,
          entityRef: s.entity_ref,
          relation: s.relation,
          status: s.status,
          suggestedAt: toIsoTimestamp(s.suggested_at),
        }),
      ),
    };
  }

  async eraseRecords(userRef: string): Promise<ErasedCounts> {
    return this.db.transaction(async tx => {
      // enrolments and feedback, with the counters of their resources
      const learned: Array<{ resource_id: string }> = await tx(
        'learning_enrolments',
      )
        .where({ user_ref: userRef })
        .select('resource_id')
        .union(qb =>
          qb
            .from('learning_feedback')
            .where({ user_ref: userRef })
            .select('resource_id'),
        );
      const resourceIds = learned.map(r => r.resource_id);
      await lockResources(tx, resourceIds);
      const enrolments = await tx('learning_enrolments')
        .where({ user_ref: userRef })
        .delete();
      const feedback = await tx('learning_feedback')
        .where({ user_ref: userRef })
        .delete();
      // statements of learning record stores about them: only their ids
      // stay, voided, so that the store's copy is never applied again
      await tx('learning_learner_statements')
        .where({ user_ref: userRef })
        .update({
          user_ref: null,
          resource_id: null,
          state: null,
          progress: null,
          occurred_at: null,
          voided: true,
        });
      if (resourceIds.length > 0) {
        await recount(tx, resourceIds);
      }

      // applications, giving back the seats of accepted ones
      const accepted: string[] = (
        await tx('learning_embed_applications')
          .where({ applicant_ref: userRef, state: 'accepted' })
          .select('embed_id')
      ).map((r: { embed_id: string }) => r.embed_id);
      const embeds: Array<
        Pick<EmbedRow, 'id' | 'status' | 'seats' | 'seats_taken'>
      > = accepted.length
        ? await tx('learning_embeds')
            .whereIn('id', accepted.sort())
            .orderBy('id')
            .forUpdate()
            .select('id', 'status', 'seats', 'seats_taken')
        : [];
      const applications = await tx('learning_embed_applications')
        .where({ applicant_ref: userRef })
        .delete();
      for (const embed of embeds) {
        await setSeatsTaken(tx, embed, embed.seats_taken - 1);
      }

      // cohort places
      const joined: string[] = (
        await tx('learning_cohort_members')
          .where({ user_ref: userRef })
          .select('cohort_id')
      ).map((r: { cohort_id: string }) => r.cohort_id);
      if (joined.length > 0) {
        await tx('learning_cohorts')
          .whereIn('id', joined.sort())
          .orderBy('id')
          .forUpdate()
          .select('id');
      }
      const cohorts = await tx('learning_cohort_members')
        .where({ user_ref: userRef })
        .delete();
      if (joined.length > 0) {
        await tx('learning_cohorts')
          .whereIn('id', joined)
          .update({ member_count: tx.raw('member_count - 1') });
      }

      // posts keep their place in threads; an accepted answer stops being one
      await tx('learning_posts')
        .whereIn(
          'accepted_answer_id',
          tx('learning_posts')
            .where({ author_ref: userRef, accepted: true })
            .select('id'),
        )
        .update({ accepted_answer_id: null });
      const posts = await tx('learning_posts')
        .where({ author_ref: userRef })
        .update({
          author_ref: ERASED_AUTHOR,
          body: '',
          mentions: null,
          accepted: false,
          deleted_at: tx.raw('COALESCE(deleted_at, ?)', [
            new Date().toISOString(),
          ]),
          edited_at: null,
        });
      await tx('learning_posters').where({ user_ref: userRef }).delete();

      const dismissals = await tx('learning_dismissals')
        .where({ user_ref: userRef })
        .delete();
      const settings = await tx('learning_user_settings')
        .where({ user_ref: userRef })
        .delete();
      const linkSuggestions = await tx('learning_link_suggestions')
        .where({ suggested_by: userRef })
        .delete();
      return {
        enrolments,
        feedback,
        applications,
        posts,
        cohorts,
        dismissals,
        settings,
        linkSuggestions,
      };
    });
  }

  async listRecordHolders(): Promise<string[]> {
    const { db } = this;
    const rows: Array<{ user_ref: string }> = await db
      .select('user_ref')
      .from('learning_enrolments')
      .union([
        db.select('user_ref').from('learning_feedback'),
        db
          .select({ user_ref: 'applicant_ref' })
          .from('learning_embed_applications'),
        db
          .select({ user_ref: 'author_ref' })
          .from('learning_posts')
          .whereNot('author_ref', ERASED_AUTHOR),
        db.select('user_ref').from('learning_cohort_members'),
        db.select('user_ref').from('learning_dismissals'),
        db.select('user_ref').from('learning_user_settings'),
        db
          .select({ user_ref: 'suggested_by' })
          .from('learning_link_suggestions'),
      ]);
    return rows.map(r => r.user_ref).sort();
  }

  async noteDeparted(missing: string[], before: Date): Promise<string[]> {
    return this.db.transaction(async tx => {
      // back in the catalog (or without records): not missing any more
      const stillMissing = new Set(missing);
      const known: Array<{ user_ref: string }> = await tx(
        'learning_departed_users',
      ).select('user_ref');
      const back = known
        .map(r => r.user_ref)
        .filter(ref => !stillMissing.has(ref));
      for (let i = 0; i < back.length; i += 500) {
        await tx('learning_departed_users')
          .whereIn('user_ref', back.slice(i, i + 500))
          .delete();
      }
      const now = new Date().toISOString();
      for (let i = 0; i < missing.length; i += 500) {
        await tx('learning_departed_users')
          .insert(
            missing
              .slice(i, i + 500)
              .map(user_ref => ({ user_ref, missing_since: now })),
          )
          .onConflict('user_ref')
          .ignore();
      }
      const due: Array<{ user_ref: string }> = await tx(
        'learning_departed_users',
      )
        .where('missing_since', '<=', before.toISOString())
        .orderBy('user_ref')
        .select('user_ref');
      return due.map(r => r.user_ref);
    });
  }

  async forgetDeparted(userRef: string): Promise<void> {
    await this.db('learning_departed_users')
      .where({ user_ref: userRef })
      .delete();
  }
}
