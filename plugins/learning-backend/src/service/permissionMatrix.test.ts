import { TestDatabases } from '@backstage/backend-test-utils';
import request from 'supertest';
import { spec } from '../schema/openapi/generated/router';
import {
  as,
  courseBody,
  people,
  startLearningBackend,
} from '../__testUtils__/testBackend';

jest.setTimeout(120_000);

type Server = Parameters<typeof request>[0];
type Headers = Record<string, string>;

/** A course owned by payments-team, with bob as SME, a session and links. */
const fixtureBody = {
  ...courseBody,
  links: [
    ...courseBody.links,
    { entityRef: 'component:default/auth-gateway', relation: 'uses' },
  ],
};

interface Fixture {
  id: string;
  sessionId: string;
}

async function createFixture(server: Server): Promise<Fixture> {
  const created = await request(server)
    .post('/api/learning/resources')
    .set(as.service())
    .send(fixtureBody);
  expect(created.status).toBe(201);
  const session = await request(server)
    .post(`/api/learning/resources/${created.body.id}/sessions`)
    .set(as.service())
    .send({
      startsAt: '2026-12-01T09:00:00Z',
      endsAt: '2026-12-01T12:00:00Z',
      seats: 10,
    });
  expect(session.status).toBe(201);
  return { id: created.body.id, sessionId: session.body.id };
}

type Principal =
  | 'none'
  | 'unrelated'
  | 'owner'
  | 'sme'
  | 'entityOwner'
  | 'admin'
  | 'service';

const principals: Principal[] = [
  'none',
  'unrelated',
  'owner',
  'sme',
  'entityOwner',
  'admin',
  'service',
];

function headersOf(principal: Principal): Headers {
  if (principal === 'none') return as.none();
  if (principal === 'service') return as.service();
  return as.user(people[principal].ref);
}

interface RouteCase {
  /** What the principal does first, as themselves (e.g. enrol). */
  prepare?: (server: Server, f: Fixture, headers: Headers) => Promise<void>;
  send: (server: Server, f: Fixture, headers: Headers) => request.Test;
  expected: Record<Principal, number>;
}

const writers = (ok: number) => ({
  none: 401,
  unrelated: 403,
  owner: ok,
  sme: ok,
  entityOwner: 403,
  admin: ok,
  service: ok,
});
const learners = (ok: number) => ({
  none: 401,
  unrelated: ok,
  owner: ok,
  sme: ok,
  entityOwner: ok,
  admin: ok,
  service: 403,
});

const base = '/api/learning/resources';

/**
 * Every mutating route of the spec, keyed by operationId, with the status
 * each principal gets. The first test fails when the spec has a mutating
 * route that is missing here.
 */
const matrix: Record<string, RouteCase> = {
  CreateResource: {
    send: (s, _f, h) => request(s).post(base).set(h).send(fixtureBody),
    expected: { ...writers(201), entityOwner: 403 },
  },
  UpdateResource: {
    send: (s, f, h) =>
      request(s).patch(`${base}/${f.id}`).set(h).send({ title: 'Changed' }),
    expected: writers(200),
  },
  DeleteResource: {
    send: (s, f, h) => request(s).delete(`${base}/${f.id}`).set(h),
    expected: writers(204),
  },
  AddLink: {
    // auth-gateway is owned by identity-team: its members may link to it
    send: (s, f, h) =>
      request(s).post(`${base}/${f.id}/links`).set(h).send({
        entityRef: 'component:default/auth-gateway',
        relation: 'teaches',
      }),
    expected: { ...writers(201), entityOwner: 201 },
  },
  RemoveLink: {
    send: (s, f, h) =>
      request(s)
        .delete(`${base}/${f.id}/links/component/default/auth-gateway`)
        .set(h),
    expected: { ...writers(204), entityOwner: 204 },
  },
  AddSme: {
    send: (s, f, h) =>
      request(s)
        .post(`${base}/${f.id}/smes`)
        .set(h)
        .send({ userRef: 'user:default/carol' }),
    expected: writers(201),
  },
  RemoveSme: {
    send: (s, f, h) =>
      request(s).delete(`${base}/${f.id}/smes/default/bob`).set(h),
    expected: writers(204),
  },
  PutMyEnrolment: {
    send: (s, f, h) =>
      request(s)
        .put(`${base}/${f.id}/enrolment`)
        .set(h)
        .send({ sessionId: f.sessionId }),
    expected: learners(201),
  },
  DeleteMyEnrolment: {
    prepare: async (s, f, h) => {
      await request(s).put(`${base}/${f.id}/enrolment`).set(h).send({});
    },
    send: (s, f, h) => request(s).delete(`${base}/${f.id}/enrolment`).set(h),
    expected: learners(204),
  },
  PutMyFeedback: {
    send: (s, f, h) =>
      request(s).put(`${base}/${f.id}/feedback`).set(h).send({ rating: 4 }),
    expected: learners(200),
  },
  DeleteMyFeedback: {
    prepare: async (s, f, h) => {
      await request(s)
        .put(`${base}/${f.id}/feedback`)
        .set(h)
        .send({ rating: 2 });
    },
    send: (s, f, h) => request(s).delete(`${base}/${f.id}/feedback`).set(h),
    expected: learners(204),
  },
  CreateSession: {
    send: (s, f, h) =>
      request(s).post(`${base}/${f.id}/sessions`).set(h).send({
        startsAt: '2027-01-10T09:00:00Z',
        endsAt: '2027-01-10T17:00:00Z',
        seats: 12,
      }),
    expected: writers(201),
  },
  UpdateSession: {
    send: (s, f, h) =>
      request(s).put(`${base}/${f.id}/sessions/${f.sessionId}`).set(h).send({
        startsAt: '2026-12-02T09:00:00Z',
        endsAt: '2026-12-02T12:00:00Z',
        seats: 20,
      }),
    expected: writers(200),
  },
  DeleteSession: {
    send: (s, f, h) =>
      request(s).delete(`${base}/${f.id}/sessions/${f.sessionId}`).set(h),
    expected: writers(204),
  },
};

describe('permission matrix', () => {
  const databases = TestDatabases.create({ ids: ['SQLITE_3'] });
  let server: Server;

  beforeAll(async () => {
    const knex = await databases.init('SQLITE_3');
    const backend = await startLearningBackend({ knex });
    server = backend.server;
  });

  it('covers every mutating route of the spec', () => {
    const mutating = Object.values(spec.paths).flatMap(item =>
      Object.entries(item)
        .filter(([method]) => method !== 'get')
        .map(
          ([, operation]) => (operation as { operationId: string }).operationId,
        ),
    );
    expect(Object.keys(matrix).sort()).toEqual([...mutating].sort());
  });

  const cases = Object.entries(matrix).flatMap(([operationId, routeCase]) =>
    principals.map(
      principal =>
        [
          operationId,
          principal,
          routeCase.expected[principal],
          routeCase,
        ] as const,
    ),
  );

  it.each(cases)('%s as %s answers %d', async (_op, principal, status, c) => {
    const fixture = await createFixture(server);
    const headers = headersOf(principal);
    if (c.prepare && principal !== 'none' && principal !== 'service') {
      await c.prepare(server, fixture, headers);
    }
    const before = await request(server)
      .get(`${base}/${fixture.id}`)
      .set(as.service());
    const response = await c.send(server, fixture, headers);
    // the body is in the comparison to show why when the status differs
    expect({ status: response.status, body: response.body }).toEqual({
      status,
      body: expect.anything(),
    });
    // a refused write changes nothing
    const after = await request(server)
      .get(`${base}/${fixture.id}`)
      .set(as.service());
    expect(status >= 400 ? after.body : before.body).toEqual(before.body);
  });
});
