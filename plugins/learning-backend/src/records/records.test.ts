import { TestDatabases } from '@backstage/backend-test-utils';
import { Knex } from 'knex';
import request from 'supertest';
import {
  as,
  courseBody,
  people,
  schedulerOfLearning,
  startLearningBackend,
  withRealScheduler,
} from '../__testUtils__/testBackend';
import { ERASED_AUTHOR } from './DatabaseRecordStore';

jest.setTimeout(120_000);

type Server = Parameters<typeof request>[0];

/** dave is not in the test catalog: he left. */
const daveRef = 'user:default/dave';
const dave = as.user(daveRef);
const alice = as.user(people.owner.ref);
const carol = as.user(people.unrelated.ref);
const admin = as.user(people.admin.ref);

const DAVE = '/api/learning/users/default/dave/records';

/** Every counter the plugin keeps, as the API shows it. */
async function figures(
  server: Server,
  ids: { course: string; embed: string; cohort: string },
) {
  const get = async (path: string) => {
    const res = await request(server).get(`/api/learning${path}`).set(alice);
    expect(res.status).toBe(200);
    return res.body;
  };
  const [course, embed, cohort] = await Promise.all([
    get(`/resources/${ids.course}`),
    get(`/embeds/${ids.embed}`),
    get(`/cohorts/${ids.cohort}`),
  ]);
  return {
    stats: course.stats,
    seatsTaken: embed.seatsTaken,
    status: embed.status,
    memberCount: cohort.memberCount,
  };
}

describe.each(TestDatabases.create().eachSupportedId())(
  'a person’s records on %p',
  databaseId => {
    const databases = TestDatabases.create();
    let knex: Knex;
    let server: Server;
    let stop: () => Promise<void>;
    const ids = { course: '', embed: '', cohort: '' };
    let answerId: string;

    const as_ = (who: Record<string, string>) => ({
      put: (path: string, body: object = {}) =>
        request(server).put(`/api/learning${path}`).set(who).send(body),
      post: (path: string, body: object = {}) =>
        request(server).post(`/api/learning${path}`).set(who).send(body),
    });

    /** The course, embed and cohort, and what dave and carol did. */
    async function seed() {
      const course = await as_(alice).post('/resources', {
        ...courseBody,
        format: 'self-paced',
      });
      ids.course = course.body.id;
      const embed = await as_(alice).post('/embeds', {
        title: 'Two weeks on payments',
        summary: 'Work on the payments API with its team',
        host: 'group:default/payments-team',
        links: [],
        durationWeeks: 2,
        seats: 1,
      });
      ids.embed = embed.body.id;
      const cohort = await as_(carol).post(`/resources/${ids.course}/cohorts`, {
        startsOn: new Date().toISOString().slice(0, 10),
        capacity: 5,
        parts: 2,
      });
      expect(cohort.status).toBe(201);
      ids.cohort = cohort.body.id;

      // what dave and carol do
      for (const who of [dave, carol]) {
        expect(
          (
            await as_(who).put(`/resources/${ids.course}/enrolment`, {
              state: 'completed',
            })
          ).status,
        ).toBe(201);
      }
      await as_(dave).put(`/resources/${ids.course}/feedback`, {
        rating: 1,
        comment: 'Not for me',
      });
      await as_(carol).put(`/resources/${ids.course}/feedback`, { rating: 5 });
      const application = await as_(dave).put(
        `/embeds/${ids.embed}/application`,
        {
          message: 'Me please',
        },
      );
      const decided = await as_(alice).put(
        `/embeds/${ids.embed}/applications/${application.body.id}/decision`,
        { decision: 'accepted' },
      );
      expect(decided.status).toBe(200);
      expect(
        (await as_(dave).put(`/cohorts/${ids.cohort}/membership`)).status,
      ).toBe(200);
      const question = await as_(carol).post(
        `/resources/${ids.course}/discussion`,
        {
          kind: 'question',
          body: 'Where is the ledger?',
        },
      );
      const answer = await as_(dave).post(
        `/resources/${ids.course}/discussion`,
        {
          kind: 'answer',
          parentId: question.body.id,
          body: 'Behind the payments API, ask dave',
        },
      );
      answerId = answer.body.id;
      expect((await as_(alice).put(`/posts/${answerId}/accepted`)).status).toBe(
        200,
      );
      await as_(dave).put(`/me/dismissals/${ids.course}`);
      await as_(dave).put('/me/settings', { shareExpertise: true });
    }

    beforeAll(async () => {
      knex = await databases.init(databaseId);
      const backend = await startLearningBackend({
        knex,
        extraFeatures: withRealScheduler,
        config: {
          learning: {
            permissions: { admins: ['group:default/admins'] },
            retention: {
              departedUserDays: 30,
              schedule: {
                frequency: { trigger: 'manual' },
                timeout: { minutes: 5 },
              },
            },
          },
        },
      });
      server = backend.server;
      stop = () => backend.stop();
      await seed();
    });
    afterAll(() => stop());

    it('exports them to the person and to admins only', async () => {
      const own = await request(server).get(DAVE).set(dave);
      expect(own.status).toBe(200);
      expect(own.body).toMatchObject({
        userRef: daveRef,
        resources: [{ id: ids.course, title: 'Payments 101' }],
        enrolments: [
          expect.objectContaining({
            resourceId: ids.course,
            state: 'completed',
          }),
        ],
        feedback: [
          expect.objectContaining({ rating: 1, comment: 'Not for me' }),
        ],
        applications: [
          expect.objectContaining({ embedId: ids.embed, state: 'accepted' }),
        ],
        posts: [expect.objectContaining({ id: answerId, kind: 'answer' })],
        cohorts: [expect.objectContaining({ cohortId: ids.cohort })],
        dismissals: [expect.objectContaining({ resourceId: ids.course })],
        settings: { shareExpertise: true },
        linkSuggestions: [],
      });
      expect((await request(server).get(DAVE).set(admin)).status).toBe(200);
      const refused = await request(server).get(DAVE).set(carol);
      expect(refused.status).toBe(403);
      expect((await request(server).get(DAVE).set(as.service())).status).toBe(
        403,
      );
    });

    it('erases them with the figures they counted in, in one go', async () => {
      const before = await figures(server, ids);
      expect(before).toEqual({
        stats: {
          learners: 2,
          completions: 2,
          rating: { count: 2, average: 3 },
        },
        seatsTaken: 1,
        status: 'filled',
        memberCount: 2,
      });
      const refused = await request(server).delete(DAVE).set(carol);
      expect(refused.status).toBe(403);
      expect(await figures(server, ids)).toEqual(before);

      // a statement about him from an LMS's learning record store
      await knex('learning_learner_statements').insert({
        provider: 'xapi:academy',
        statement_id: 'dave-completed',
        resource_id: ids.course,
        user_ref: daveRef,
        state: 'completed',
        progress: 100,
        occurred_at: new Date().toISOString(),
        voided: false,
      });

      const erased = await request(server).delete(DAVE).set(dave);
      expect(erased.status).toBe(200);
      // only its id stays, voided, so that it is never applied again
      const statements = await knex('learning_learner_statements').where({
        statement_id: 'dave-completed',
      });
      expect(statements).toEqual([
        expect.objectContaining({
          user_ref: null,
          resource_id: null,
          occurred_at: null,
        }),
      ]);
      expect(Boolean(statements[0].voided)).toBe(true);
      expect(erased.body).toEqual({
        userRef: daveRef,
        enrolments: 1,
        feedback: 1,
        applications: 1,
        posts: 1,
        cohorts: 1,
        dismissals: 1,
        settings: 1,
        linkSuggestions: 0,
      });
      expect(await figures(server, ids)).toEqual({
        stats: {
          learners: 1,
          completions: 1,
          rating: { count: 1, average: 5 },
        },
        seatsTaken: 0,
        status: 'open',
        memberCount: 1,
      });
      // the counters are what the rows say
      const [row] = await knex('learning_resources').where({ id: ids.course });
      const count = async (table: string, where: object) =>
        Number((await knex(table).where(where).count({ n: '*' }))[0].n);
      expect(row.learner_count).toBe(
        await count('learning_enrolments', { resource_id: ids.course }),
      );
      expect(row.rating_count).toBe(
        await count('learning_feedback', { resource_id: ids.course }),
      );

      // his answer keeps its place, without him or its words, and left the FAQ
      const discussion = await request(server)
        .get(`/api/learning/resources/${ids.course}/discussion`)
        .set(carol);
      const post = discussion.body.items.find(
        (p: { id: string }) => p.id === answerId,
      );
      expect(post).toMatchObject({
        author: ERASED_AUTHOR,
        body: '',
        deleted: true,
        accepted: false,
      });
      const faq = await request(server)
        .get(`/api/learning/resources/${ids.course}/faq`)
        .set(carol);
      expect(faq.body.items).toEqual([]);

      const after = await request(server).get(DAVE).set(dave);
      expect(after.body).toMatchObject({
        resources: [],
        enrolments: [],
        feedback: [],
        applications: [],
        posts: [],
        cohorts: [],
        dismissals: [],
      });
      expect(after.body.settings).toBeUndefined();
    });

    it('erases the records of people gone from the catalog after the retention period', async () => {
      // dave again, and carol, who is in the catalog
      await request(server)
        .put(`/api/learning/resources/${ids.course}/enrolment`)
        .set(dave)
        .send({ state: 'in-progress' });
      const enrolments = () =>
        knex('learning_enrolments').where({ user_ref: daveRef });
      /** Runs the task, and waits until `done` says it has. */
      const run = async (done: () => Promise<boolean>) => {
        await schedulerOfLearning().triggerTask('learning-records-retention');
        for (let i = 0; i < 100 && !(await done()); i++) {
          await new Promise(r => setTimeout(r, 100));
        }
      };
      await run(
        async () =>
          (
            await knex('learning_departed_users').where({ user_ref: daveRef })
          ).length > 0,
      );
      // found missing: counted from now, nothing erased yet
      expect(
        await knex('learning_enrolments').where({ user_ref: daveRef }),
      ).toHaveLength(1);
      const since = new Date(
        Date.now() - 31 * 24 * 60 * 60 * 1000,
      ).toISOString();
      await knex('learning_departed_users')
        .where({ user_ref: daveRef })
        .update({ missing_since: since });
      await run(async () => (await enrolments()).length === 0);
      expect(
        await knex('learning_enrolments').where({ user_ref: daveRef }),
      ).toEqual([]);
      expect(await knex('learning_departed_users')).toEqual([]);
      expect(
        await knex('learning_enrolments').where({
          user_ref: people.unrelated.ref,
        }),
      ).toHaveLength(1);
      const [row] = await knex('learning_resources').where({ id: ids.course });
      expect(row.learner_count).toBe(1);
    });
  },
);
