import { TestDatabases } from '@backstage/backend-test-utils';
import request from 'supertest';
import {
  as,
  courseBody,
  people,
  sentNotifications,
  startLearningBackend,
} from '../__testUtils__/testBackend';

jest.setTimeout(120_000);

type Server = Parameters<typeof request>[0];

const alice = as.user(people.owner.ref); // payments-team, owns payments-api
const carol = as.user(people.unrelated.ref);
const bob = as.user(people.sme.ref);
const erin = as.user(people.entityOwner.ref); // identity-team

/** A course carol owns, as the probe of issue 17 made it. */
const foreignCourse = {
  ...courseBody,
  title: 'Payments, my way',
  owner: people.unrelated.ref,
  smes: [],
};

const summaryTitles = async (server: Server, who: Record<string, string>) => {
  const res = await request(server)
    .get('/api/learning/entities/component/default/payments-api/summary')
    .set(who);
  expect(res.status).toBe(200);
  return (res.body.items as Array<{ resource: { title: string } }>).map(
    i => i.resource.title,
  );
};

const pending = async (
  server: Server,
  who: Record<string, string>,
  query: object,
) => {
  const res = await request(server)
    .get('/api/learning/link-suggestions')
    .query(query)
    .set(who);
  expect(res.status).toBe(200);
  return res.body.items as Array<{
    id: string;
    resource: { id: string; title: string };
    entityRef: string;
    suggestedBy: string;
    mayReview: boolean;
  }>;
};

const suggestedNotices = () =>
  sentNotifications.filter(n => n.payload.topic === 'learning:link-suggested');

describe.each(TestDatabases.create().eachSupportedId())(
  'suggested links on %p',
  databaseId => {
    const databases = TestDatabases.create();
    let server: Server;
    let stop: () => Promise<void>;

    beforeAll(async () => {
      const knex = await databases.init(databaseId);
      const backend = await startLearningBackend({ knex });
      server = backend.server;
      stop = () => backend.stop();
    });
    afterAll(() => stop());
    beforeEach(() => {
      sentNotifications.length = 0;
    });

    it('keeps material an outsider links off the service page until an owner accepts it', async () => {
      // the probe: carol, outside payments-team, links her own course
      const created = await request(server)
        .post('/api/learning/resources')
        .set(carol)
        .send(foreignCourse);
      expect(created.status).toBe(201);
      expect(created.body.links).toEqual([]);
      const id = created.body.id as string;

      // not on the card, for anyone
      expect(await summaryTitles(server, alice)).not.toContain(
        'Payments, my way',
      );
      expect(await summaryTitles(server, carol)).not.toContain(
        'Payments, my way',
      );

      // under "Suggested by others", which only the owners may decide
      const forCarol = await pending(server, carol, {
        entityRef: 'component:default/payments-api',
      });
      expect(forCarol).toEqual([
        expect.objectContaining({
          resource: expect.objectContaining({ id }),
          suggestedBy: people.unrelated.ref,
          mayReview: false,
        }),
      ]);
      const forAlice = await pending(server, alice, {
        entityRef: 'component:default/payments-api',
      });
      expect(forAlice.map(s => s.mayReview)).toEqual([true]);
      expect(await pending(server, alice, { reviewable: true })).toHaveLength(
        1,
      );
      expect(await pending(server, carol, { reviewable: true })).toEqual([]);
      expect(await pending(server, erin, { reviewable: true })).toEqual([]);

      // the owners heard of it
      expect(suggestedNotices()).toEqual([
        expect.objectContaining({
          recipients: {
            type: 'entity',
            entityRef: 'group:default/payments-team',
          },
          payload: expect.objectContaining({
            link: '/catalog/default/component/payments-api/learning',
          }),
        }),
      ]);

      // neither its suggester nor another team's member may accept it
      for (const who of [carol, erin]) {
        const refused = await request(server)
          .post(`/api/learning/link-suggestions/${forCarol[0].id}/accept`)
          .set(who);
        expect(refused.status).toBe(403);
      }

      const accepted = await request(server)
        .post(`/api/learning/link-suggestions/${forCarol[0].id}/accept`)
        .set(alice);
      expect(accepted.status).toBe(200);
      expect(accepted.body.links).toEqual([
        { entityRef: 'component:default/payments-api', relation: 'teaches' },
      ]);
      expect(await summaryTitles(server, carol)).toContain('Payments, my way');
      expect(
        await pending(server, alice, {
          entityRef: 'component:default/payments-api',
        }),
      ).toEqual([]);
      const again = await request(server)
        .post(`/api/learning/link-suggestions/${forCarol[0].id}/accept`)
        .set(alice);
      expect(again.status).toBe(404);
    });

    it('notifies the owners once a day, however many suggestions', async () => {
      for (const title of ['First idea', 'Second idea']) {
        const res = await request(server)
          .post('/api/learning/resources')
          .set(carol)
          .send({ ...foreignCourse, title });
        expect(res.status).toBe(201);
      }
      // today's notice about payments-api went with the first test
      expect(suggestedNotices()).toEqual([]);
      const titles = (
        await pending(server, alice, {
          entityRef: 'component:default/payments-api',
        })
      ).map(s => s.resource.title);
      expect(titles.sort()).toEqual(['First idea', 'Second idea']);
    });

    it('keeps a dismissed link off the page, and its suggester from suggesting it again', async () => {
      const created = await request(server)
        .post('/api/learning/resources')
        .set(carol)
        .send({ ...foreignCourse, title: 'Unwanted', links: [] });
      const id = created.body.id as string;
      const link = {
        entityRef: 'component:default/payments-api',
        relation: 'uses',
      };
      const suggested = await request(server)
        .post(`/api/learning/resources/${id}/links`)
        .set(carol)
        .send(link);
      expect(suggested.status).toBe(202);
      expect(suggested.body).toMatchObject({ ...link, mayReview: false });
      // the same again is the same suggestion
      const twice = await request(server)
        .post(`/api/learning/resources/${id}/links`)
        .set(carol)
        .send(link);
      expect(twice.status).toBe(202);
      expect(twice.body.id).toBe(suggested.body.id);

      const dismissed = await request(server)
        .post(`/api/learning/link-suggestions/${suggested.body.id}/dismiss`)
        .set(alice);
      expect(dismissed.status).toBe(204);
      expect(await pending(server, alice, { resourceId: id })).toEqual([]);
      expect(await summaryTitles(server, alice)).not.toContain('Unwanted');

      const refused = await request(server)
        .post(`/api/learning/resources/${id}/links`)
        .set(carol)
        .send(link);
      expect(refused.status).toBe(409);
      expect(refused.body.error.message).toMatch(
        /dismissed this suggestion; you may suggest it again from \d{4}-\d{2}-\d{2}/,
      );
      const resource = await request(server)
        .get(`/api/learning/resources/${id}`)
        .set(carol);
      expect(resource.body.links).toEqual([]);
    });

    it('links at once for the entity owners, and refuses those who may link neither', async () => {
      const own = await request(server)
        .post('/api/learning/resources')
        .set(alice)
        .send({ ...courseBody, title: 'Ours' });
      expect(own.status).toBe(201);
      expect(own.body.links).toHaveLength(1);

      // bob is an SME of payments material, not an owner of auth-gateway
      const theirs = await request(server)
        .post(`/api/learning/resources/${own.body.id}/links`)
        .set(bob)
        .send({
          entityRef: 'component:default/auth-gateway',
          relation: 'uses',
        });
      expect(theirs.status).toBe(202);
      const byErin = await request(server)
        .post(`/api/learning/resources/${own.body.id}/links`)
        .set(erin)
        .send({
          entityRef: 'component:default/auth-gateway',
          relation: 'uses',
        });
      expect(byErin.status).toBe(201);
      // bob's suggestion went with the link
      expect(await pending(server, erin, { resourceId: own.body.id })).toEqual(
        [],
      );

      const refused = await request(server)
        .post(`/api/learning/resources/${own.body.id}/links`)
        .set(carol)
        .send({
          entityRef: 'component:default/auth-gateway',
          relation: 'teaches',
        });
      expect(refused.status).toBe(403);
      expect(refused.body.error.fields).toEqual([
        expect.objectContaining({ field: 'entityRef' }),
      ]);
    });
  },
);

describe('suggested links turned off', () => {
  const databases = TestDatabases.create({ ids: ['SQLITE_3'] });

  it('links at once, as the material owners ask', async () => {
    const knex = await databases.init('SQLITE_3');
    const backend = await startLearningBackend({
      knex,
      config: {
        learning: {
          permissions: { admins: ['group:default/admins'] },
          links: { ownerApproval: false },
        },
      },
    });
    try {
      const created = await request(backend.server)
        .post('/api/learning/resources')
        .set(carol)
        .send(foreignCourse);
      expect(created.status).toBe(201);
      expect(created.body.links).toHaveLength(1);
      expect(await summaryTitles(backend.server, alice)).toContain(
        'Payments, my way',
      );
    } finally {
      await backend.stop();
    }
  });
});
