import { createBackendModule } from '@backstage/backend-plugin-api';
import { TestDatabases } from '@backstage/backend-test-utils';
import { learningProvidersExtensionPoint } from '@tech-learning/backstage-plugin-learning-node';
import request from 'supertest';
import {
  as,
  courseBody,
  people,
  startLearningBackend,
} from '../__testUtils__/testBackend';

jest.setTimeout(120_000);

type Server = Parameters<typeof request>[0];

const DAY = 24 * 3_600_000;
const longAgo = new Date(Date.now() - 200 * DAY).toISOString();

/** A provider course last reviewed long ago, taught by bob. */
const providerModule = createBackendModule({
  pluginId: 'learning',
  moduleId: 'review-test-provider',
  register(reg) {
    reg.registerInit({
      deps: { providers: learningProvidersExtensionPoint },
      async init({ providers }) {
        providers.addProvider({
          getProviderName: () => 'lms',
          async connect(connection) {
            await connection.applyMutation({
              type: 'full',
              resources: [
                {
                  key: 'lms-1',
                  kind: 'course',
                  title: 'From the LMS',
                  summary: 'Owned by a provider',
                  format: 'video',
                  level: 'beginner',
                  owner: 'group:default/payments-team',
                  smes: ['user:default/bob'],
                  reviewedAt: longAgo,
                  reviewIntervalDays: 90,
                },
              ],
            });
          },
        });
      },
    });
  },
});

/** The id of what a POST created; throws when it created nothing. */
function created(response: request.Response): string {
  if (response.status !== 201) {
    throw new Error(`Not created: ${JSON.stringify(response.body)}`);
  }
  return response.body.id;
}

describe('review routes', () => {
  const databases = TestDatabases.create({ ids: ['SQLITE_3'] });
  let server: Server;
  const api = '/api/learning';
  const bob = as.user(people.sme.ref);
  const alice = as.user(people.owner.ref);
  const carol = as.user(people.unrelated.ref);
  let dueId: string;
  let freshId: string;
  let providerId: string;

  beforeAll(async () => {
    const knex = await databases.init('SQLITE_3');
    server = (
      await startLearningBackend({
        knex,
        extraFeatures: [providerModule],
        config: {
          learning: {
            permissions: { admins: ['group:default/admins'] },
            freshness: { defaultReviewIntervalDays: 365 },
          },
        },
      })
    ).server;
    const due = await request(server)
      .post(`${api}/resources`)
      .set(as.service())
      .send({
        ...courseBody,
        title: 'Due course',
        reviewedAt: longAgo,
        reviewIntervalDays: 30,
      });
    dueId = created(due);
    const fresh = await request(server)
      .post(`${api}/resources`)
      .set(as.service())
      .send({ ...courseBody, title: 'Fresh course' });
    freshId = created(fresh);
    const provided = await request(server)
      .get(`${api}/resources`)
      .query({ q: 'From the LMS' })
      .set(bob);
    providerId = provided.body.items[0].id;
  });

  it('filters by freshness, the configured default interval applying to material without one', async () => {
    const due = await request(server)
      .get(`${api}/resources`)
      .query({ freshness: 'due' })
      .set(carol);
    expect(due.status).toBe(200);
    expect(due.body.items.map((r: { title: string }) => r.title)).toEqual([
      'Due course',
      'From the LMS',
    ]);
    const fresh = await request(server)
      .get(`${api}/resources/${freshId}`)
      .set(carol);
    expect(fresh.body.freshness).toEqual({
      state: 'fresh',
      reviewDueAt: new Date(
        Date.parse(fresh.body.createdAt) + 365 * DAY,
      ).toISOString(),
    });
  });

  it("queues what the caller teaches, as SME or through the owning group, and nobody else's", async () => {
    for (const who of [bob, alice]) {
      const queue = await request(server)
        .get(`${api}/me/review-queue`)
        .set(who);
      expect(queue.status).toBe(200);
      expect(queue.body.totalCount).toBe(2);
      expect(queue.body.items.map((r: { id: string }) => r.id)).toEqual([
        dueId,
        providerId,
      ]);
    }
    const none = await request(server).get(`${api}/me/review-queue`).set(carol);
    expect(none.body).toEqual({ items: [], totalCount: 0 });
    const filtered = await request(server)
      .get(`${api}/me/review-queue`)
      .query({ freshness: 'broken' })
      .set(bob);
    expect(filtered.body.totalCount).toBe(0);
    expect(
      (await request(server).get(`${api}/me/review-queue`).set(as.service()))
        .status,
    ).toBe(403);
    expect((await request(server).get(`${api}/me/review-queue`)).status).toBe(
      401,
    );
  });

  it('lets SMEs and owners mark material reviewed, provider-owned material included', async () => {
    const refused = await request(server)
      .post(`${api}/resources/${dueId}/review`)
      .set(carol);
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toBe(
      `You may not review the learning resource ${dueId}`,
    );
    const unchanged = await request(server)
      .get(`${api}/resources/${dueId}`)
      .set(carol);
    expect(unchanged.body.freshness.state).toBe('due');
    expect(unchanged.body).not.toHaveProperty('reviewedBy');

    const reviewed = await request(server)
      .post(`${api}/resources/${dueId}/review`)
      .set(bob);
    expect(reviewed.status).toBe(200);
    expect(reviewed.body.reviewedBy).toBe('user:default/bob');
    expect(Date.now() - Date.parse(reviewed.body.reviewedAt)).toBeLessThan(
      60_000,
    );
    expect(reviewed.body.freshness).toEqual({
      state: 'fresh',
      reviewDueAt: new Date(
        Date.parse(reviewed.body.reviewedAt) + 30 * DAY,
      ).toISOString(),
    });

    // the provider's definition is read-only; its review is Backstage's
    expect(
      (
        await request(server)
          .patch(`${api}/resources/${providerId}`)
          .set(alice)
          .send({ title: 'Mine now' })
      ).status,
    ).toBe(409);
    const provider = await request(server)
      .post(`${api}/resources/${providerId}/review`)
      .set(alice);
    expect(provider.status).toBe(200);
    expect(provider.body.reviewedBy).toBe('user:default/alice');
    expect(provider.body.freshness.state).toBe('fresh');

    const queue = await request(server).get(`${api}/me/review-queue`).set(bob);
    expect(queue.body.totalCount).toBe(0);
    // the entity page shows the new state at once
    const summary = await request(server)
      .get(`${api}/entities/component/default/payments-api/summary`)
      .set(carol);
    const item = summary.body.items.find(
      (i: { resource: { id: string } }) => i.resource.id === dueId,
    );
    expect(item.resource.freshness.state).toBe('fresh');

    expect(
      (await request(server).post(`${api}/resources/nope/review`).set(bob))
        .status,
    ).toBe(404);
  });
});
