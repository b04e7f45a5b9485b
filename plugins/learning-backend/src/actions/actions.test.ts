import { TestDatabases } from '@backstage/backend-test-utils';
import { Knex } from 'knex';
import request from 'supertest';
import {
  as,
  courseBody,
  people,
  startLearningBackend,
} from '../__testUtils__/testBackend';

jest.setTimeout(120_000);

type Server = Parameters<typeof request>[0];

const ACTIONS = '/api/learning/.backstage/actions/v1/actions';

describe.each(TestDatabases.create().eachSupportedId())(
  'the learning actions on %p',
  databaseId => {
    const databases = TestDatabases.create();
    let knex: Knex;
    let server: Server;
    let stop: () => Promise<void>;
    let courseId: string;

    const invoke = (
      name: string,
      input: object,
      who: Record<string, string> = as.user(people.unrelated.ref),
    ) =>
      request(server)
        .post(`${ACTIONS}/${encodeURIComponent(`learning:${name}`)}/invoke`)
        .set(who)
        .send(input);

    beforeAll(async () => {
      knex = await databases.init(databaseId);
      const backend = await startLearningBackend({ knex });
      server = backend.server;
      stop = () => backend.stop();
      const created = await request(server)
        .post('/api/learning/resources')
        .set(as.user(people.owner.ref))
        .send({ ...courseBody, format: 'self-paced', tags: ['ledger'] });
      if (created.status !== 201) {
        throw new Error(`the fixture course: ${JSON.stringify(created.body)}`);
      }
      courseId = created.body.id;
    });

    afterAll(async () => {
      await stop?.();
    });

    it('lists each action with honest attributes', async () => {
      const res = await request(server)
        .get(ACTIONS)
        .set(as.user(people.unrelated.ref));
      expect(res.status).toBe(200);
      const byId = Object.fromEntries(
        res.body.actions.map((a: { id: string; attributes: object }) => [
          a.id,
          a.attributes,
        ]),
      );
      const reads = { readOnly: true, idempotent: true, destructive: false };
      expect(byId).toEqual({
        'learning:get-entity-learning': reads,
        'learning:find-learning': reads,
        'learning:who-can-teach': reads,
        'learning:list-open-embeds': reads,
        'learning:get-my-learning': reads,
        'learning:enrol': {
          readOnly: false,
          idempotent: true,
          destructive: false,
        },
        'learning:mark-reviewed': {
          readOnly: false,
          idempotent: false,
          destructive: false,
        },
      });
    });

    it('answers what teaches an entity, searches, experts and embeds, as the caller may see them', async () => {
      const summary = await invoke('get-entity-learning', {
        entityRef: 'component:default/payments-api',
      });
      expect(summary.status).toBe(200);
      expect(
        summary.body.output.items.map(
          (i: { resource: { id: string } }) => i.resource.id,
        ),
      ).toContain(courseId);
      expect(summary.body.output.smes).toContain('user:default/bob');

      const found = await invoke('find-learning', { query: 'payments' });
      expect(found.body.output.items.map((i: { id: string }) => i.id)).toEqual([
        courseId,
      ]);
      const experts = await invoke('who-can-teach', {
        entityRef: 'component:default/payments-api',
      });
      expect(experts.status).toBe(200);
      expect(
        experts.body.output.items.map((e: { ref: string }) => e.ref),
      ).toContain('user:default/bob');
      const embeds = await invoke('list-open-embeds', {});
      expect(embeds.status).toBe(200);
      expect(embeds.body.output.items).toEqual([]);
    });

    it('enrols idempotently as the caller, and reads their learning', async () => {
      const carol = as.user(people.unrelated.ref);
      const first = await invoke('enrol', { resourceId: courseId }, carol);
      expect(first.status).toBe(200);
      expect(first.body.output).toMatchObject({
        resourceId: courseId,
        state: 'enrolled',
      });
      const again = await invoke('enrol', { resourceId: courseId }, carol);
      expect(again.body.output.state).toBe('enrolled');
      expect(
        await knex('learning_enrolments').where({
          resource_id: courseId,
          user_ref: people.unrelated.ref,
        }),
      ).toHaveLength(1);
      const mine = await invoke('get-my-learning', {}, carol);
      expect(
        mine.body.output.items.map(
          (i: { resource: { id: string } }) => i.resource.id,
        ),
      ).toEqual([courseId]);
    });

    it('refuses what the caller may not do, and writes nothing', async () => {
      const before = await knex('learning_resources')
        .where({ id: courseId })
        .first('reviewed_at', 'review_version');
      const refused = await invoke('mark-reviewed', { resourceId: courseId });
      expect(refused.status).toBe(403);
      expect(
        await knex('learning_resources')
          .where({ id: courseId })
          .first('reviewed_at', 'review_version'),
      ).toEqual(before);
      const done = await invoke(
        'mark-reviewed',
        { resourceId: courseId },
        as.user(people.sme.ref),
      );
      expect(done.status).toBe(200);
      expect(done.body.output.reviewedBy).toBe(people.sme.ref);

      // a service acts for no user
      expect((await invoke('get-my-learning', {}, as.service())).status).toBe(
        403,
      );
    });

    it('answers bad input with a clear error', async () => {
      const wrongType = await invoke('find-learning', { limit: 'ten' });
      expect(wrongType.status).toBe(400);
      expect(wrongType.body.error.message).toContain('Invalid input');
      const notARef = await invoke('get-entity-learning', {
        entityRef: 'payments-api',
      });
      expect(notARef.status).toBe(400);
      expect(notARef.body.error.message).toContain('entityRef');
      const unknown = await invoke('get-entity-learning', {
        entityRef: 'component:default/ghost',
      });
      expect(unknown.status).toBe(404);
      const missing = await invoke('enrol', { resourceId: 'nope' });
      expect(missing.status).toBe(404);
      const both = await invoke('who-can-teach', {
        entityRef: 'component:default/payments-api',
        tag: 'ledger',
      });
      expect(both.status).toBe(400);
    });
  },
);
