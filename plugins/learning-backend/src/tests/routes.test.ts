import { createBackendModule } from '@backstage/backend-plugin-api';
import { TestDatabases } from '@backstage/backend-test-utils';
import { learningProvidersExtensionPoint } from '@tech-learning/backstage-plugin-learning-node';
import request from 'supertest';
import {
  as,
  courseBody,
  guildMembers,
  people,
  startLearningBackend,
} from '../__testUtils__/testBackend';

jest.setTimeout(120_000);

type Server = Parameters<typeof request>[0];

const providerModule = createBackendModule({
  pluginId: 'learning',
  moduleId: 'routes-test-provider',
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
                  location: 'https://lms.example/courses/1',
                },
              ],
              learnerRecords: [
                {
                  resourceKey: 'lms-1',
                  userRef: 'user:default/erin',
                  state: 'completed',
                  updatedAt: '2026-10-01T12:00:00Z',
                  rating: 4,
                  comment: 'Recorded in the LMS',
                },
                // left out with a warning: not a resource of this provider
                {
                  resourceKey: 'elsewhere',
                  userRef: 'user:default/erin',
                  state: 'enrolled',
                  updatedAt: '2026-10-01T12:00:00Z',
                },
              ],
              embeds: [
                {
                  key: 'lms-embed-1',
                  title: 'A month with payments',
                  summary: 'Defined in the LMS',
                  host: 'group:default/payments-team',
                  links: [
                    {
                      entityRef: 'component:default/payments-api',
                      relation: 'uses',
                    },
                  ],
                  durationWeeks: 4,
                  seats: 2,
                  location: 'Lisbon office',
                  sourceLocation: 'https://lms.example/embeds/1',
                },
                // left out with a warning: no seats
                {
                  key: 'lms-embed-2',
                  title: 'Broken',
                  summary: 'No seats',
                  host: 'group:default/payments-team',
                  durationWeeks: 4,
                  seats: 0,
                },
              ],
            });
          },
        });
      },
    });
  },
});

const course = { ...courseBody, tags: ['payments'] };

describe('learning routes', () => {
  const databases = TestDatabases.create({ ids: ['SQLITE_3'] });
  let server: Server;
  const alice = as.user(people.owner.ref);
  const carol = as.user(people.unrelated.ref);
  const api = '/api/learning';

  beforeAll(async () => {
    const knex = await databases.init('SQLITE_3');
    server = (
      await startLearningBackend({ knex, extraFeatures: [providerModule] })
    ).server;
  });

  const create = (body: object, headers = alice) =>
    request(server).post(`${api}/resources`).set(headers).send(body);

  it('creates, reads, lists, changes and deletes a resource', async () => {
    const created = await create(course);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      title: 'Payments 101',
      owner: 'group:default/payments-team',
      freshness: { state: 'fresh' },
      source: { type: 'api' },
    });
    const { id } = created.body;

    const got = await request(server).get(`${api}/resources/${id}`).set(carol);
    expect(got.body).toEqual(created.body);

    const list = await request(server)
      .get(`${api}/resources`)
      .query({ entityRef: 'Component:default/Payments-API', kind: 'course' })
      .set(carol);
    expect(list.body.items.map((r: { id: string }) => r.id)).toContain(id);

    const patched = await request(server)
      .patch(`${api}/resources/${id}`)
      .set(alice)
      .send({ title: 'Payments 102', reviewIntervalDays: 90 });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({
      title: 'Payments 102',
      links: created.body.links,
      freshness: { state: 'fresh' },
    });
    expect(patched.body.freshness.reviewDueAt).toBeDefined();

    // null clears an optional field; what the change does not name stays
    const described = await request(server)
      .patch(`${api}/resources/${id}`)
      .set(alice)
      .send({ description: 'Long **text**', durationMinutes: 45 });
    expect(described.body).toMatchObject({
      description: 'Long **text**',
      durationMinutes: 45,
    });
    const cleared = await request(server)
      .patch(`${api}/resources/${id}`)
      .set(alice)
      .send({
        description: null,
        durationMinutes: null,
        reviewIntervalDays: null,
      });
    expect(cleared.status).toBe(200);
    expect(cleared.body).not.toHaveProperty('description');
    expect(cleared.body).not.toHaveProperty('durationMinutes');
    expect(cleared.body).not.toHaveProperty('reviewIntervalDays');
    // without an interval of its own, the configured default applies
    expect(cleared.body.freshness.reviewDueAt).toBe(
      new Date(
        Date.parse(cleared.body.createdAt) + 180 * 24 * 3_600_000,
      ).toISOString(),
    );
    expect(cleared.body.title).toBe('Payments 102');
    // a required field cannot be cleared
    const refused = await request(server)
      .patch(`${api}/resources/${id}`)
      .set(alice)
      .send({ title: null });
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toMatch(/title/);

    expect(
      (await request(server).delete(`${api}/resources/${id}`).set(alice))
        .status,
    ).toBe(204);
    expect(
      (await request(server).get(`${api}/resources/${id}`).set(alice)).status,
    ).toBe(404);
  });

  it('answers bad input with a 400 that names the field, and writes nothing', async () => {
    const count = async () =>
      (await request(server).get(`${api}/resources`).set(alice)).body
        .totalCount;
    const before = await count();
    const cases: Array<[object, RegExp]> = [
      [{ ...course, title: '' }, /title/],
      // eslint-disable-next-line no-script-url -- must be refused
      [{ ...course, urls: [{ url: 'javascript:alert(1)' }] }, /urls/],
      [{ ...course, owner: 'payments-team' }, /owner/],
      [
        { ...course, owner: 'group:default/nobody' },
        /owner: group:default\/nobody is not in the catalog/,
      ],
      [
        {
          ...course,
          links: [{ entityRef: 'component:default/gone', relation: 'teaches' }],
        },
        /links\.0\.entityRef/,
      ],
      [{ ...course, steps: ['x'] }, /steps: only a path has steps/],
      [{ ...course, surprise: true }, /surprise/],
      [{ ...course, durationMinutes: -5 }, /durationMinutes/],
    ];
    for (const [body, message] of cases) {
      const response = await create(body);
      expect({
        status: response.status,
        message: response.body.error?.message,
      }).toEqual({ status: 400, message: expect.stringMatching(message) });
    }
    expect(await count()).toBe(before);
  });

  it('keeps provider-owned material read-only but open to learners', async () => {
    const list = await request(server)
      .get(`${api}/resources`)
      .query({ q: 'from the lms' })
      .set(alice);
    const [lms] = list.body.items;
    expect(lms.source).toEqual({
      type: 'provider',
      provider: 'lms',
      location: 'https://lms.example/courses/1',
    });
    const patch = await request(server)
      .patch(`${api}/resources/${lms.id}`)
      .set(alice)
      .send({ title: 'Mine now' });
    expect(patch.status).toBe(409);
    expect(patch.body.error.message).toMatch(
      /https:\/\/lms.example\/courses\/1/,
    );
    const enrol = await request(server)
      .put(`${api}/resources/${lms.id}/enrolment`)
      .set(carol)
      .send({});
    expect(enrol.status).toBe(201);
  });

  it('keeps provider-owned embeds read-only, but open to applications and decisions', async () => {
    const list = await request(server)
      .get(`${api}/embeds`)
      .query({ entityRef: 'component:default/payments-api' })
      .set(carol);
    expect(list.body.items).toEqual([
      expect.objectContaining({
        title: 'A month with payments',
        status: 'open',
        source: {
          type: 'provider',
          provider: 'lms',
          location: 'https://lms.example/embeds/1',
        },
      }),
    ]);
    const { id } = list.body.items[0];
    for (const change of [
      request(server)
        .patch(`${api}/embeds/${id}`)
        .set(alice)
        .send({ seats: 3 }),
      request(server).delete(`${api}/embeds/${id}`).set(alice),
    ]) {
      const res = await change;
      expect(res.status).toBe(409);
      expect(res.body.error.message).toMatch(
        /owned by the provider lms; change it at its source \(https:\/\/lms.example\/embeds\/1\)/,
      );
    }
    const applied = await request(server)
      .put(`${api}/embeds/${id}/application`)
      .set(carol)
      .send({ message: 'Keen' });
    expect(applied.status).toBe(201);
    const decided = await request(server)
      .put(`${api}/embeds/${id}/applications/${applied.body.id}/decision`)
      .set(alice)
      .send({ decision: 'accepted' });
    expect(decided.body.embed).toMatchObject({ seatsTaken: 1, status: 'open' });
  });

  it('shows the learner records a provider delivered', async () => {
    const list = await request(server)
      .get(`${api}/resources`)
      .query({ q: 'from the lms' })
      .set(carol);
    const [lms] = list.body.items;
    const feedback = await request(server)
      .get(`${api}/resources/${lms.id}/feedback`)
      .set(carol);
    expect(feedback.body).toMatchObject({
      rating: { average: 4, count: 1 },
      items: [
        {
          userRef: 'user:default/erin',
          rating: 4,
          comment: 'Recorded in the LMS',
        },
      ],
    });
    const mine = await request(server)
      .get(`${api}/me/learning`)
      .set(as.user(people.entityOwner.ref));
    expect(mine.body.items).toEqual([
      expect.objectContaining({
        resource: expect.objectContaining({ id: lms.id }),
        enrolment: expect.objectContaining({
          state: 'completed',
          progress: 100,
          completedAt: '2026-10-01T12:00:00.000Z',
        }),
      }),
    ]);
  });

  it('tracks enrolment idempotently and shows it on the entity summary', async () => {
    const { id } = (await create(course)).body;
    const enrol = () =>
      request(server).put(`${api}/resources/${id}/enrolment`).set(carol);

    const first = await enrol().send({});
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ state: 'enrolled', progress: 0 });
    const again = await enrol().send({});
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);

    expect((await enrol().send({ progress: 30 })).body).toMatchObject({
      state: 'in-progress',
      progress: 30,
    });
    const contradiction = await enrol().send({
      state: 'completed',
      progress: 50,
    });
    expect(contradiction.status).toBe(400);
    expect(contradiction.body.error.message).toMatch(/progress/);
    expect((await enrol().send({ progress: 100 })).body).toMatchObject({
      state: 'completed',
      progress: 100,
    });

    await request(server)
      .put(`${api}/resources/${id}/feedback`)
      .set(carol)
      .send({ rating: 5, comment: 'Clear and practical' });

    const summary = await request(server)
      .get(`${api}/entities/component/default/payments-api/summary`)
      .set(carol);
    expect(summary.status).toBe(200);
    const item = summary.body.items.find(
      (i: { resource: { id: string } }) => i.resource.id === id,
    );
    expect(item).toMatchObject({
      via: 'entity',
      relation: 'teaches',
      learners: 1,
      completions: 1,
      rating: { average: 5, count: 1 },
      myEnrolment: { state: 'completed' },
    });
    expect(summary.body.smes).toContain('user:default/bob');

    // the owner sees the counts but not someone else's enrolment
    const ownerView = await request(server)
      .get(`${api}/entities/component/default/payments-api/summary`)
      .set(alice);
    const ownerItem = ownerView.body.items.find(
      (i: { resource: { id: string } }) => i.resource.id === id,
    );
    expect(ownerItem.learners).toBe(1);
    expect(ownerItem.myEnrolment).toBeUndefined();

    const mine = await request(server)
      .get(`${api}/me/learning`)
      .query({ state: 'completed' })
      .set(carol);
    expect(mine.body.items.map((i: any) => i.resource.id)).toContain(id);
  });

  it('shows a write on the entity summary at once, though summaries are cached', async () => {
    const { id } = (await create(course)).body;
    const summaryPath = `${api}/entities/component/default/payments-api/summary`;
    const itemOf = async (headers: Record<string, string>) => {
      const res = await request(server).get(summaryPath).set(headers);
      expect(res.status).toBe(200);
      return res.body.items.find(
        (i: { resource: { id: string } }) => i.resource.id === id,
      );
    };

    expect(await itemOf(carol)).toMatchObject({ learners: 0 });
    await request(server)
      .put(`${api}/resources/${id}/enrolment`)
      .set(carol)
      .send({})
      .expect(201);
    expect(await itemOf(carol)).toMatchObject({
      learners: 1,
      myEnrolment: { state: 'enrolled' },
    });

    await request(server)
      .patch(`${api}/resources/${id}`)
      .set(alice)
      .send({ title: 'Payments 102' })
      .expect(200);
    expect((await itemOf(carol)).resource.title).toBe('Payments 102');

    await request(server)
      .delete(`${api}/resources/${id}`)
      .set(alice)
      .expect(204);
    expect(await itemOf(carol)).toBeUndefined();
  });

  it('refuses sessions for formats that have none and seats beyond capacity', async () => {
    const video = (await create({ ...course, format: 'video' })).body;
    const session = {
      startsAt: '2026-12-01T09:00:00Z',
      endsAt: '2026-12-01T12:00:00Z',
      seats: 1,
    };
    const refused = await request(server)
      .post(`${api}/resources/${video.id}/sessions`)
      .set(alice)
      .send(session);
    expect(refused.status).toBe(400);

    const live = (await create(course)).body;
    const backwards = await request(server)
      .post(`${api}/resources/${live.id}/sessions`)
      .set(alice)
      .send({ ...session, endsAt: '2026-11-30T09:00:00Z' });
    expect(backwards.status).toBe(400);
    expect(backwards.body.error.message).toMatch(/endsAt/);

    const created = await request(server)
      .post(`${api}/resources/${live.id}/sessions`)
      .set(alice)
      .send(session);
    expect(created.status).toBe(201);
    const take = (headers: Record<string, string>) =>
      request(server)
        .put(`${api}/resources/${live.id}/enrolment`)
        .set(headers)
        .send({ sessionId: created.body.id });
    expect((await take(carol)).status).toBe(201);
    const full = await take(alice);
    expect(full.status).toBe(409);
    expect(full.body.error.message).toMatch(/full/);
  });

  it('tells what a group learns only from 5 learning members on', async () => {
    const { id } = (await create(course)).body;
    const learnersOf = (group: string, headers = carol) =>
      request(server)
        .get(`${api}/entities/group/default/${group}/learners`)
        .set(headers);
    const enrol = (member: string, body: object) =>
      request(server)
        .put(`${api}/resources/${id}/enrolment`)
        .set(as.user(`user:default/${member}`))
        .send(body);

    // four of the six members learn: nothing but that is told
    await enrol(guildMembers[0], { progress: 100 });
    await enrol(guildMembers[1], { progress: 40 });
    await enrol(guildMembers[2], {});
    await enrol(guildMembers[3], {});
    const four = await learnersOf('platform-guild');
    expect(four.status).toBe(200);
    expect(four.body).toEqual({
      groupRef: 'group:default/platform-guild',
      memberCount: 6,
      minimumLearners: 5,
      withheld: true,
    });

    await enrol(guildMembers[4], { progress: 100 });
    const five = await learnersOf('platform-guild');
    expect(five.body).toMatchObject({
      memberCount: 6,
      withheld: false,
      learnerCount: 5,
      enrolments: { enrolled: 2, inProgress: 1, completed: 2 },
    });
    expect(five.body.topResources).toEqual([
      {
        resource: expect.objectContaining({ id, title: course.title }),
        learners: 5,
        completions: 2,
      },
    ]);

    // a department counts the members of its teams
    expect((await learnersOf('engineering')).body).toMatchObject({
      groupRef: 'group:default/engineering',
      memberCount: 7,
      withheld: false,
      learnerCount: 5,
    });

    // a group of one is never counted, whoever asks
    expect((await learnersOf('payments-team', alice)).body).toEqual({
      groupRef: 'group:default/payments-team',
      memberCount: 1,
      minimumLearners: 5,
      withheld: true,
    });
    const component = await request(server)
      .get(`${api}/entities/component/default/payments-api/learners`)
      .set(carol);
    expect(component.status).toBe(400);
    expect(component.body.error.message).toMatch(/^kind: only groups/);
    expect((await learnersOf('nobody')).status).toBe(404);
    expect(
      (
        await request(server).get(
          `${api}/entities/group/default/platform-guild/learners`,
        )
      ).status,
    ).toBe(401);
  });
});
