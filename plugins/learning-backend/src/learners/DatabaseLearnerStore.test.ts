import { TestDatabaseId, TestDatabases } from '@backstage/backend-test-utils';
import {
  DatabaseResourceStore,
  DEFAULT_REVIEW_INTERVAL_DAYS,
  StoredResourceFields,
} from '../resources';
import { getMigratedClient } from '../shared/migrate';
import { DatabaseLearnerStore } from './DatabaseLearnerStore';

jest.setTimeout(60_000);

const course: StoredResourceFields = {
  kind: 'course',
  title: 'Payments 101',
  summary: 'From checkout to ledger',
  format: 'live',
  level: 'beginner',
  owner: 'group:default/payments-team',
  smes: ['user:default/bob'],
};

describe('DatabaseLearnerStore', () => {
  const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

  async function setup(databaseId: TestDatabaseId) {
    const knex = await databases.init(databaseId);
    const db = await getMigratedClient({ getClient: async () => knex });
    const resources = new DatabaseResourceStore(db, {
      defaultReviewIntervalDays: DEFAULT_REVIEW_INTERVAL_DAYS,
    });
    const learners = new DatabaseLearnerStore(db);
    const resource = await resources.createResource(course);
    return { knex, resources, learners, resource };
  }

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    it('keeps enrolment writes idempotent and stamps their times once', async () => {
      const { learners, resource } = await setup(databaseId);
      const key = { resourceId: resource.id, userRef: 'user:default/alice' };
      const first = await learners.putEnrolment({
        ...key,
        state: 'enrolled',
        progress: 0,
      });
      const again = await learners.putEnrolment({
        ...key,
        state: 'enrolled',
        progress: 0,
      });
      expect(again).toEqual(first);
      expect(first.startedAt).toBeUndefined();

      const started = await learners.putEnrolment({
        ...key,
        state: 'in-progress',
        progress: 40,
      });
      expect(started.startedAt).toBeDefined();
      expect(started.enrolledAt).toBe(first.enrolledAt);
      const done = await learners.putEnrolment({
        ...key,
        state: 'completed',
        progress: 100,
      });
      expect(done.completedAt).toBeDefined();
      expect(done.startedAt).toBe(started.startedAt);

      expect(await learners.countLearners([resource.id])).toEqual(
        new Map([[resource.id, { learners: 1, completions: 1 }]]),
      );
      const mine = await learners.listUserEnrolments(key.userRef, {
        limit: 10,
        offset: 0,
      });
      expect(mine.totalCount).toBe(1);
      expect(mine.items[0]).toEqual(done);
      expect(await learners.getUserEnrolments(key.userRef)).toEqual(
        new Map([[resource.id, done]]),
      );
      expect(await learners.getUserEnrolments('user:default/nobody')).toEqual(
        new Map(),
      );
    });

    it('merges imported learner records without rolling back newer state', async () => {
      const { learners, resource } = await setup(databaseId);
      const alice = 'user:default/alice';
      const bob = 'user:default/bob';
      const records = [
        {
          resourceId: resource.id,
          userRef: alice,
          state: 'completed' as const,
          progress: 100,
          enrolledAt: '2026-09-01T09:00:00.000Z',
          updatedAt: '2026-09-03T16:00:00.000Z',
          feedback: { rating: 4, comment: 'Good' },
        },
        {
          resourceId: resource.id,
          userRef: bob,
          state: 'in-progress' as const,
          progress: 30,
          enrolledAt: '2026-09-01T09:00:00.000Z',
          updatedAt: '2026-09-02T09:00:00.000Z',
        },
      ];
      expect(await learners.importRecords(records)).toEqual({
        written: 2,
        unchanged: 0,
      });
      // the same records again change nothing
      expect(await learners.importRecords(records)).toEqual({
        written: 0,
        unchanged: 2,
      });
      expect(await learners.getEnrolment(resource.id, alice)).toMatchObject({
        state: 'completed',
        progress: 100,
        enrolledAt: '2026-09-01T09:00:00.000Z',
        completedAt: '2026-09-03T16:00:00.000Z',
      });
      expect(await learners.getRatings([resource.id])).toEqual(
        new Map([[resource.id, { average: 4, count: 1 }]]),
      );

      // bob went on in the plugin; an older record of the LMS loses
      await learners.putEnrolment({
        resourceId: resource.id,
        userRef: bob,
        state: 'completed',
        progress: 100,
      });
      const stale = [{ ...records[1], updatedAt: '2026-09-05T09:00:00.000Z' }];
      expect(await learners.importRecords(stale)).toEqual({
        written: 0,
        unchanged: 1,
      });
      expect(await learners.getEnrolment(resource.id, bob)).toMatchObject({
        state: 'completed',
      });

      // a newer record of the LMS wins, and a later duplicate too
      const newer = {
        ...records[0],
        state: 'in-progress' as const,
        progress: 50,
        updatedAt: '2026-10-01T00:00:00.000Z',
      };
      expect(
        await learners.importRecords([
          newer,
          { ...newer, progress: 60, updatedAt: '2026-10-02T00:00:00.000Z' },
        ]),
      ).toEqual({ written: 2, unchanged: 0 });
      expect(await learners.getEnrolment(resource.id, alice)).toMatchObject({
        state: 'in-progress',
        progress: 60,
        enrolledAt: '2026-09-01T09:00:00.000Z',
      });
      expect(await learners.countLearners([resource.id])).toEqual(
        new Map([[resource.id, { learners: 2, completions: 1 }]]),
      );
    });

    it('never overbooks a session, even when learners race for the last seat', async () => {
      const { learners, resource } = await setup(databaseId);
      const session = await learners.createSession(resource.id, {
        startsAt: '2026-12-01T09:00:00Z',
        endsAt: '2026-12-01T12:00:00Z',
        seats: 3,
      });
      const users = Array.from({ length: 8 }, (_, i) => `user:default/u${i}`);
      const results = await Promise.allSettled(
        users.map(userRef =>
          learners.putEnrolment({
            resourceId: resource.id,
            userRef,
            state: 'enrolled',
            progress: 0,
            sessionId: session.id,
          }),
        ),
      );
      const fulfilled = results.filter(r => r.status === 'fulfilled');
      const rejected = results.filter(
        (r): r is PromiseRejectedResult => r.status === 'rejected',
      );
      expect(fulfilled).toHaveLength(3);
      expect(rejected.map(r => r.reason.name)).toEqual(
        Array(5).fill('ConflictError'),
      );
      expect(
        (await learners.getSession(resource.id, session.id))?.seatsTaken,
      ).toBe(3);

      await expect(
        learners.updateSession(resource.id, session.id, {
          startsAt: '2026-12-01T09:00:00Z',
          endsAt: '2026-12-01T12:00:00Z',
          seats: 2,
        }),
      ).rejects.toMatchObject({
        name: 'ConflictError',
        // names the field, for the form to show it there
        message: `seats: 3 seats of session ${session.id} are taken, more than 2`,
      });

      // cancelling gives the seats back; the learners stay enrolled
      expect(await learners.deleteSession(resource.id, session.id)).toBe(true);
      expect(
        (await learners.countLearners([resource.id])).get(resource.id),
      ).toEqual({ learners: 3, completions: 0 });
    });

    it('keeps learner and rating counters exact under concurrent writes', async () => {
      const { knex, resources, learners, resource } = await setup(databaseId);
      const other = await resources.createResource({
        ...course,
        title: 'Payments 201',
      });
      const users = Array.from({ length: 40 }, (_, i) => `user:default/u${i}`);
      // every user enrols in both, then half complete, a quarter leave, all
      // rate, and a quarter take their rating back: all at once per step
      await Promise.all(
        users.flatMap(userRef =>
          [resource.id, other.id].map(resourceId =>
            learners.putEnrolment({
              resourceId,
              userRef,
              state: 'enrolled',
              progress: 0,
            }),
          ),
        ),
      );
      await Promise.all(
        users.map((userRef, i) => {
          if (i % 4 === 0) {
            return learners.deleteEnrolment(resource.id, userRef);
          }
          return i % 2 === 1
            ? learners.putEnrolment({
                resourceId: resource.id,
                userRef,
                state: 'completed',
                progress: 100,
              })
            : Promise.resolve();
        }),
      );
      await Promise.all(
        users.map((userRef, i) =>
          learners.putFeedback({
            resourceId: resource.id,
            userRef,
            rating: (i % 5) + 1,
          }),
        ),
      );
      await Promise.all(
        users
          .filter((_, i) => i % 4 === 1)
          .map(userRef => learners.deleteFeedback(resource.id, userRef)),
      );
      await learners.importRecords(
        users.slice(0, 3).map(userRef => ({
          resourceId: other.id,
          userRef,
          state: 'completed',
          progress: 100,
          enrolledAt: '2030-01-01T00:00:00.000Z',
          updatedAt: '2030-01-02T00:00:00.000Z',
          feedback: { rating: 5 },
        })),
      );

      // what counting the rows says
      const enrolled: Array<{
        resource_id: string;
        state: string;
        n: unknown;
      }> = await knex('learning_enrolments')
        .groupBy('resource_id', 'state')
        .select('resource_id', 'state')
        .count({ n: '*' });
      const rated: Array<{ resource_id: string; n: unknown; sum: unknown }> =
        await knex('learning_feedback')
          .groupBy('resource_id')
          .select('resource_id')
          .count({ n: '*' })
          .sum({ sum: 'rating' });
      const expected = (id: string) => {
        const rows = enrolled.filter(r => r.resource_id === id);
        const feedback = rated.find(r => r.resource_id === id);
        return {
          learners: rows.reduce((n, r) => n + Number(r.n), 0),
          completions: Number(rows.find(r => r.state === 'completed')?.n ?? 0),
          ratings: Number(feedback?.n ?? 0),
          sum: Number(feedback?.sum ?? 0),
        };
      };
      expect(expected(resource.id)).toEqual({
        learners: 30,
        completions: 20,
        ratings: 30,
        sum: 90,
      });
      expect(expected(other.id)).toEqual({
        learners: 40,
        completions: 3,
        ratings: 3,
        sum: 15,
      });

      const counts = await learners.countLearners([resource.id, other.id]);
      const ratings = await learners.getRatings([resource.id, other.id]);
      for (const id of [resource.id, other.id]) {
        const want = expected(id);
        expect(counts.get(id)).toEqual({
          learners: want.learners,
          completions: want.completions,
        });
        expect(ratings.get(id)).toEqual({
          count: want.ratings,
          average: Math.round((want.sum / want.ratings) * 100) / 100,
        });
      }
    });

    it('refuses a session of another resource', async () => {
      const { learners, resources, resource } = await setup(databaseId);
      const other = await resources.createResource({ ...course, title: 'B' });
      const session = await learners.createSession(other.id, {
        startsAt: '2026-12-01T09:00:00Z',
        endsAt: '2026-12-01T12:00:00Z',
        seats: 3,
      });
      await expect(
        learners.putEnrolment({
          resourceId: resource.id,
          userRef: 'user:default/alice',
          state: 'enrolled',
          progress: 0,
          sessionId: session.id,
        }),
      ).rejects.toMatchObject({ name: 'NotFoundError' });
      expect(
        await learners.getEnrolment(resource.id, 'user:default/alice'),
      ).toBeUndefined();
    });

    it('aggregates what a set of users learn, across query batches', async () => {
      const { learners, resources, resource } = await setup(databaseId);
      const other = await resources.createResource({ ...course, title: 'B' });
      const at = '2026-11-01T09:00:00.000Z';
      const record = (
        resourceId: string,
        user: number,
        state: 'enrolled' | 'in-progress' | 'completed',
      ) => ({
        resourceId,
        userRef: `user:default/u${user}`,
        state,
        progress: state === 'completed' ? 100 : 0,
        enrolledAt: at,
        updatedAt: at,
      });
      // 2,100 members, so that they fill more than one query batch; the
      // learners sit at both ends of the list
      const members = Array.from(
        { length: 2_100 },
        (_, i) => `user:default/u${i}`,
      );
      await learners.importRecords([
        // the first resource: 3 at the start, 3 at the end, 2 completed
        ...[0, 1, 2].map(u => record(resource.id, u, 'enrolled')),
        record(resource.id, 2_097, 'in-progress'),
        record(resource.id, 2_098, 'completed'),
        record(resource.id, 2_099, 'completed'),
        // the second resource: only 2 members, and someone outside
        record(other.id, 0, 'in-progress'),
        record(other.id, 2_099, 'completed'),
        record(other.id, 5_000, 'completed'),
      ]);

      const aggregate = await learners.aggregateUsers(
        [...members, members[0]],
        { minimumPerResource: 5 },
      );
      expect(aggregate).toEqual({
        learners: 6,
        byState: { enrolled: 3, 'in-progress': 2, completed: 3 },
        resources: [{ resourceId: resource.id, learners: 6, completions: 2 }],
      });
      expect(
        (await learners.aggregateUsers(members, { minimumPerResource: 2 }))
          .resources,
      ).toEqual([
        { resourceId: resource.id, learners: 6, completions: 2 },
        { resourceId: other.id, learners: 2, completions: 1 },
      ]);
      expect(
        await learners.aggregateUsers([], { minimumPerResource: 1 }),
      ).toEqual({
        learners: 0,
        byState: { enrolled: 0, 'in-progress': 0, completed: 0 },
        resources: [],
      });
    });

    it('aggregates ratings and replaces a user’s own feedback', async () => {
      const { learners, resource } = await setup(databaseId);
      await learners.putFeedback({
        resourceId: resource.id,
        userRef: 'user:default/a',
        rating: 5,
      });
      await learners.putFeedback({
        resourceId: resource.id,
        userRef: 'user:default/b',
        rating: 2,
        comment: 'Too fast',
      });
      await learners.putFeedback({
        resourceId: resource.id,
        userRef: 'user:default/b',
        rating: 4,
        comment: 'Better the second time',
      });
      expect(await learners.getRatings([resource.id])).toEqual(
        new Map([[resource.id, { average: 4.5, count: 2 }]]),
      );
      const page = await learners.listFeedback(resource.id, {
        limit: 1,
        offset: 0,
      });
      expect(page.totalCount).toBe(2);
      expect(page.items).toHaveLength(1);
      expect(await learners.deleteFeedback(resource.id, 'user:default/b')).toBe(
        true,
      );
      expect(await learners.deleteFeedback(resource.id, 'user:default/b')).toBe(
        false,
      );
    });

    it('filters resources by permission criteria in SQL', async () => {
      const { resources, resource } = await setup(databaseId);
      const other = await resources.createResource({
        ...course,
        title: 'Identity 101',
        owner: 'group:default/identity-team',
        smes: ['user:default/erin'],
      });
      const list = async (permission: any) =>
        (
          await resources.listResources(
            { permission },
            { sort: 'title', limit: 10 },
          )
        ).items.map(r => r.id);

      expect(
        await list({
          property: 'owner',
          values: ['group:default/identity-team'],
        }),
      ).toEqual([other.id]);
      expect(
        await list({ property: 'sme', values: ['user:default/bob'] }),
      ).toEqual([resource.id]);
      expect(
        await list({
          anyOf: [
            { property: 'sme', values: ['user:default/erin'] },
            { property: 'owner', values: ['group:default/payments-team'] },
          ],
        }),
      ).toEqual([other.id, resource.id]);
      expect(
        await list({ not: { property: 'sme', values: ['user:default/bob'] } }),
      ).toEqual([other.id]);
      expect(
        await list({
          allOf: [
            { property: 'source', value: 'api' },
            { property: 'owner', values: [] },
          ],
        }),
      ).toEqual([]);
    });

    it('marks resources due for review and filters by freshness', async () => {
      const { resources } = await setup(databaseId);
      const due = await resources.createResource({
        ...course,
        title: 'Old',
        reviewedAt: '2020-01-01T00:00:00Z',
        reviewIntervalDays: 90,
      });
      expect(due.freshness).toEqual({
        state: 'due',
        reviewDueAt: '2020-03-31T00:00:00.000Z',
      });
      const page = await resources.listResources(
        { freshness: 'due' },
        { sort: 'title', limit: 10 },
      );
      expect(page.items.map(r => r.id)).toEqual([due.id]);
      const fresh = await resources.listResources(
        { freshness: 'fresh' },
        { sort: 'title', limit: 10 },
      );
      expect(fresh.items.map(r => r.title)).toEqual(['Payments 101']);
    });
  });
});
