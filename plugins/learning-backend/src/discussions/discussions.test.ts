import { TestDatabases } from '@backstage/backend-test-utils';
import { Knex } from 'knex';
import request from 'supertest';
import {
  as,
  courseBody,
  people,
  sentNotifications,
  sentSignals,
  startLearningBackend,
} from '../__testUtils__/testBackend';

jest.setTimeout(120_000);

type Post = { id: string; kind: string; body: string; author: string };

describe.each(TestDatabases.create().eachSupportedId())(
  'discussions on %p',
  databaseId => {
    const databases = TestDatabases.create();
    let knex: Knex;
    let server: Awaited<ReturnType<typeof startLearningBackend>>['server'];
    let stop: () => Promise<void>;
    const alice = as.user(people.owner.ref);
    const bob = as.user(people.sme.ref);
    const carol = as.user(people.unrelated.ref);
    const erin = as.user(people.entityOwner.ref);
    let resourceId: string;
    let steps: string[];
    let pathId: string;

    beforeAll(async () => {
      knex = await databases.init(databaseId);
      const backend = await startLearningBackend({
        knex,
        config: {
          learning: {
            permissions: { admins: ['group:default/admins'] },
            discussions: { postsPerMinute: 3 },
          },
        },
      });
      server = backend.server;
      stop = () => backend.stop();
      const create = async (body: object) => {
        const res = await request(server)
          .post('/api/learning/resources')
          .set(alice)
          .send({ ...courseBody, format: 'video', ...body });
        expect(res.status).toBe(201);
        return res.body.id as string;
      };
      resourceId = await create({ title: 'Payments in depth' });
      steps = [
        await create({ title: 'Ledger basics' }),
        await create({ title: 'Ledger incident drill', smes: [] }),
      ];
      pathId = await create({
        kind: 'path',
        title: 'Ready for ledger on-call',
        format: 'self-paced',
        steps,
      });
    });

    afterAll(async () => {
      await stop();
    });

    beforeEach(async () => {
      // each test starts with no posts counted against the rate limit
      await knex('learning_posts').delete();
    });

    const postTo = (path: string, who: Record<string, string>, body: object) =>
      request(server).post(`/api/learning${path}`).set(who).send(body);

    it('asks on a step, notifies its SMEs once, answers, accepts into the FAQ', async () => {
      const place = `/resources/${pathId}/steps/${steps[1]}/discussion`;
      sentNotifications.length = 0;
      sentSignals.length = 0;
      const asked = await postTo(place, carol, {
        kind: 'question',
        body: 'How do I replay a **failed** ledger batch?',
      });
      expect(asked.status).toBe(201);
      const question: Post = asked.body;
      expect(question).toMatchObject({
        kind: 'question',
        questionId: question.id,
        author: people.unrelated.ref,
        accepted: false,
        deleted: false,
      });
      // the step has no SMEs of its own: the path's SME and both owners hear
      expect(
        sentNotifications.map(n => [n.recipients, n.payload.title]),
      ).toEqual([
        [
          {
            type: 'entity',
            entityRef: ['user:default/bob', 'group:default/payments-team'],
          },
          'New question on “Ledger incident drill”',
        ],
      ]);
      expect(sentNotifications[0].payload.link).toBe(
        `/learning/resources/${pathId}?step=${steps[1]}#post-${question.id}`,
      );
      expect(sentSignals).toEqual([
        expect.objectContaining({
          channel: `learning:discussion:step:${pathId}:${steps[1]}`,
          message: {
            discussion: `step:${pathId}:${steps[1]}`,
            postId: question.id,
          },
        }),
      ]);

      // a reply to the question notifies nobody; an answer tells the asker
      sentNotifications.length = 0;
      const reply = await postTo(place, erin, {
        kind: 'reply',
        parentId: question.id,
        body: 'Same question here',
      });
      expect(reply.status).toBe(201);
      expect(sentNotifications).toEqual([]);
      const answered = await postTo(place, bob, {
        kind: 'answer',
        parentId: question.id,
        body: 'Run `ledger replay --batch <id>`; @carol see the runbook.',
      });
      expect(answered.status).toBe(201);
      expect(
        sentNotifications.map(n => [n.recipients, n.payload.title]),
      ).toEqual([
        [
          { type: 'entity', entityRef: [people.unrelated.ref] },
          'Your question on “Ledger incident drill” has an answer',
        ],
      ]);

      // only moderators accept; then the FAQ of the step and of the path has it
      const answer: Post = answered.body;
      expect(
        (
          await request(server)
            .put(`/api/learning/posts/${answer.id}/accepted`)
            .set(carol)
        ).status,
      ).toBe(403);
      const accepted = await request(server)
        .put(`/api/learning/posts/${answer.id}/accepted`)
        .set(bob);
      expect(accepted.status).toBe(200);
      expect(accepted.body.accepted).toBe(true);
      for (const id of [steps[1], pathId]) {
        const faq = await request(server)
          .get(`/api/learning/resources/${id}/faq`)
          .set(erin);
        expect(faq.body.items).toEqual([
          {
            question: expect.objectContaining({
              id: question.id,
              acceptedAnswerId: answer.id,
            }),
            answer: expect.objectContaining({ id: answer.id, accepted: true }),
            pathId,
          },
        ]);
      }
      expect(
        (
          await request(server)
            .get(`/api/learning/resources/${steps[0]}/faq`)
            .set(erin)
        ).body,
      ).toEqual({ items: [] });

      // the thread: newest question first, its posts oldest first
      const page = await request(server).get(`/api/learning${place}`).set(erin);
      expect(page.body).toMatchObject({ mayPost: true, mayModerate: false });
      expect(page.body.items.map((p: Post) => p.kind)).toEqual([
        'question',
        'reply',
        'answer',
      ]);
      expect(page.body.mentionable).toEqual(['user:default/bob']);
    });

    it('checks what a post is: kind, parent, body and links', async () => {
      const place = `/resources/${resourceId}/discussion`;
      const q = (await postTo(place, carol, { kind: 'question', body: 'Why?' }))
        .body;
      const cases: Array<[object, string]> = [
        [{ kind: 'answer', body: 'x' }, 'parentId'],
        [{ kind: 'question', body: 'x', parentId: q.id }, 'parentId'],
        [{ kind: 'answer', body: 'x', parentId: '999999' }, 'parentId'],
        [{ kind: 'question', body: '   ' }, 'body'],
        [{ kind: 'question', body: 'x'.repeat(20_001) }, 'body'],
        [{ kind: 'question', body: '[see](javascript:alert(1))' }, 'body'],
        [{ kind: 'comment', body: 'x' }, 'kind'],
      ];
      for (const [body, field] of cases) {
        const res = await postTo(place, erin, body);
        expect({ field, status: res.status }).toEqual({ field, status: 400 });
        expect(
          res.body.error.fields.map((f: { field: string }) => f.field),
        ).toEqual([field]);
      }
      // an answer to an answer is a reply
      const a = (
        await postTo(place, bob, {
          kind: 'answer',
          parentId: q.id,
          body: 'Because.',
        })
      ).body;
      const nested = await postTo(place, erin, {
        kind: 'answer',
        parentId: a.id,
        body: 'x',
      });
      expect(nested.status).toBe(400);
      // nothing half-written: only the question and the answer are stored
      expect(await knex('learning_posts').count({ n: '*' })).toEqual([
        { n: databaseId === 'POSTGRES_15' ? '2' : 2 },
      ]);
      // services may read, never post
      const asService = await postTo(place, as.service(), {
        kind: 'question',
        body: 'x',
      });
      expect(asService.status).toBe(403);
    });

    it('lets authors edit and delete their own posts only', async () => {
      const place = `/resources/${resourceId}/discussion`;
      const q = (
        await postTo(place, carol, { kind: 'question', body: 'Frist' })
      ).body;
      const a = (
        await postTo(place, bob, {
          kind: 'answer',
          parentId: q.id,
          body: 'Yes',
        })
      ).body;
      expect(
        (
          await request(server)
            .patch(`/api/learning/posts/${q.id}`)
            .set(erin)
            .send({ body: 'x' })
        ).status,
      ).toBe(403);
      const edited = await request(server)
        .patch(`/api/learning/posts/${q.id}`)
        .set(carol)
        .send({ body: 'First, @bob?' });
      expect(edited.body).toMatchObject({
        body: 'First, @bob?',
        mentions: ['user:default/bob'],
      });
      expect(edited.body.editedAt).toBeDefined();
      await request(server)
        .put(`/api/learning/posts/${a.id}/accepted`)
        .set(alice);
      expect(
        (await request(server).delete(`/api/learning/posts/${a.id}`).set(bob))
          .status,
      ).toBe(204);
      const page = await request(server).get(`/api/learning${place}`).set(erin);
      expect(page.body.items).toEqual([
        expect.objectContaining({ id: q.id, body: 'First, @bob?' }),
        expect.objectContaining({
          id: a.id,
          body: '',
          deleted: true,
          accepted: false,
        }),
      ]);
      expect(page.body.items[0].acceptedAnswerId).toBeUndefined();
      expect(
        (
          await request(server)
            .get(`/api/learning/resources/${resourceId}/faq`)
            .set(erin)
        ).body.items,
      ).toEqual([]);
    });

    it('hides a post from everyone but moderators, with the reason', async () => {
      const place = `/resources/${resourceId}/discussion`;
      const q = (
        await postTo(place, carol, {
          kind: 'question',
          body: 'Buy cheap watches',
        })
      ).body;
      await postTo(place, erin, {
        kind: 'answer',
        parentId: q.id,
        body: 'Spam?',
      });
      const other = (
        await postTo(place, erin, { kind: 'question', body: 'A real one' })
      ).body;
      expect(
        (
          await request(server)
            .put(`/api/learning/posts/${q.id}/hidden`)
            .set(erin)
            .send({ reason: 'spam' })
        ).status,
      ).toBe(403);
      const noReason = await request(server)
        .put(`/api/learning/posts/${q.id}/hidden`)
        .set(bob)
        .send({ reason: ' ' });
      expect(noReason.status).toBe(400);
      const hidden = await request(server)
        .put(`/api/learning/posts/${q.id}/hidden`)
        .set(bob)
        .send({ reason: 'spam' });
      expect(hidden.body.hidden).toMatchObject({
        by: people.sme.ref,
        reason: 'spam',
      });

      const seenBy = async (who: Record<string, string>) =>
        (
          await request(server).get(`/api/learning${place}`).set(who)
        ).body.items.map((p: Post) => p.body);
      // the whole thread goes with its question
      expect(await seenBy(carol)).toEqual(['A real one']);
      expect(await seenBy(alice)).toEqual([
        'A real one',
        'Buy cheap watches',
        'Spam?',
      ]);
      // nor is it edited or answered by those who cannot see it
      expect(
        (
          await request(server)
            .patch(`/api/learning/posts/${q.id}`)
            .set(carol)
            .send({ body: 'x' })
        ).status,
      ).toBe(404);
      const answerToHidden = await postTo(place, erin, {
        kind: 'answer',
        parentId: q.id,
        body: 'x',
      });
      expect(answerToHidden.status).toBe(400);
      expect(
        (
          await request(server)
            .delete(`/api/learning/posts/${q.id}/hidden`)
            .set(bob)
        ).body.hidden,
      ).toBeUndefined();
      expect(await seenBy(carol)).toEqual([
        'A real one',
        'Buy cheap watches',
        'Spam?',
      ]);
      expect(other.id).toBeDefined();
    });

    it('answers 429 over the rate limit, and lets the user post a minute later', async () => {
      const place = `/resources/${resourceId}/discussion`;
      const results = await Promise.all(
        Array.from({ length: 6 }, (_, i) =>
          postTo(place, erin, { kind: 'question', body: `Question ${i}` }),
        ),
      );
      expect(results.map(r => r.status).sort()).toEqual([
        201, 201, 201, 429, 429, 429,
      ]);
      const refused = results.find(r => r.status === 429)!;
      expect(refused.body.error.message).toMatch(
        /You may post 3 times a minute; wait \d+ s/,
      );
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
      // others may still post
      expect(
        (await postTo(place, carol, { kind: 'question', body: 'Mine' })).status,
      ).toBe(201);
      // a minute later (the posts' times moved back), erin may again
      const minuteAgo = new Date(Date.now() - 61_000).toISOString();
      await knex('learning_posts').update({ created_at: minuteAgo });
      expect(
        (await postTo(place, erin, { kind: 'question', body: 'Again' })).status,
      ).toBe(201);
    });

    it('pages a long discussion with a cursor, every post once', async () => {
      const place = `/resources/${resourceId}/discussion`;
      const now = new Date().toISOString();
      const rows = [];
      for (let i = 1; i <= 30; i++) {
        rows.push({
          discussion: `resource:${resourceId}`,
          resource_id: resourceId,
          kind: i % 3 === 1 ? 'question' : 'answer',
          author_ref: people.unrelated.ref,
          body: `post ${i}`,
          created_at: now,
        });
      }
      await knex('learning_posts').insert(rows);
      const inserted: Array<{ id: number; kind: string }> = await knex(
        'learning_posts',
      )
        .orderBy('id')
        .select('id', 'kind');
      let question = 0;
      for (const row of inserted) {
        question = row.kind === 'question' ? row.id : question;
        await knex('learning_posts')
          .where({ id: row.id })
          .update({ question_id: question });
      }
      const seen: string[] = [];
      let cursor: string | undefined;
      let pages = 0;
      do {
        const res = await request(server)
          .get(`/api/learning${place}`)
          .query({ limit: 7, ...(cursor ? { cursor } : {}) })
          .set(carol);
        expect(res.status).toBe(200);
        seen.push(...res.body.items.map((p: Post) => p.body));
        cursor = res.body.nextCursor;
        pages += 1;
      } while (cursor);
      expect(pages).toBe(5);
      // newest question first, each followed by its answers in order
      expect(seen.slice(0, 4)).toEqual([
        'post 28',
        'post 29',
        'post 30',
        'post 25',
      ]);
      expect(new Set(seen).size).toBe(30);
      const tooMany = await request(server)
        .get(`/api/learning${place}`)
        .query({ limit: 501 })
        .set(carol);
      expect(tooMany.status).toBe(400);
      const badCursor = await request(server)
        .get(`/api/learning${place}`)
        .query({ cursor: 'nope' })
        .set(carol);
      expect(badCursor.status).toBe(400);
    });

    it('keeps a cohort discussion to its members, facilitator and moderators', async () => {
      const created = await request(server)
        .post(`/api/learning/resources/${pathId}/cohorts`)
        .set(carol)
        .send({ startsOn: new Date().toISOString().slice(0, 10), capacity: 5 });
      const place = `/cohorts/${created.body.id}/discussion`;
      expect(
        (await postTo(place, erin, { kind: 'question', body: 'x' })).status,
      ).toBe(403);
      const readable = await request(server)
        .get(`/api/learning${place}`)
        .set(erin);
      expect(readable.body).toMatchObject({ items: [], mayPost: false });
      await request(server)
        .put(`/api/learning/cohorts/${created.body.id}/membership`)
        .set(erin);
      expect(
        (await postTo(place, erin, { kind: 'question', body: 'Week 1 done!' }))
          .status,
      ).toBe(201);
      expect(
        (await postTo(place, bob, { kind: 'question', body: 'Welcome all' }))
          .status,
      ).toBe(201);
      // a cancelled cohort takes its discussion with it
      await request(server)
        .delete(`/api/learning/cohorts/${created.body.id}`)
        .set(carol);
      expect(
        await knex('learning_posts').where({ cohort_id: created.body.id }),
      ).toEqual([]);
    });
  },
);
