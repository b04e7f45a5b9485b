import { TestDatabases } from '@backstage/backend-test-utils';
import request from 'supertest';
import {
  as,
  courseBody,
  people,
  startLearningBackend,
} from '../__testUtils__/testBackend';
import { spec } from '../schema/openapi/generated/router';

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
  /** An embed hosted by payments-team, with a pending application. */
  embedId: string;
  applicationId: string;
  /** A self-paced video (payments-team's, bob its SME) and a path of it. */
  videoId: string;
  pathId: string;
  /** A cohort on the video, started by dave, facilitated by bob. */
  cohortId: string;
  /** dave's question on the video, and his answer to it. */
  questionId: string;
  answerId: string;
  /** alice's suggestion of the course for auth-gateway (identity-team's). */
  suggestionId: string;
}

const dave = () => as.user('user:default/dave');

const embedBody = {
  title: 'Two weeks on payments',
  summary: 'Work on the payments API with its team',
  host: 'group:default/payments-team',
  links: [{ entityRef: 'component:default/payments-api', relation: 'uses' }],
  durationWeeks: 2,
  seats: 2,
};

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
  const embed = await request(server)
    .post('/api/learning/embeds')
    .set(as.service())
    .send(embedBody);
  expect(embed.status).toBe(201);
  const application = await request(server)
    .put(`/api/learning/embeds/${embed.body.id}/application`)
    .set(as.user('user:default/dave'))
    .send({ message: 'I would like to learn payments' });
  expect(application.status).toBe(201);
  const video = await request(server)
    .post('/api/learning/resources')
    .set(as.service())
    .send({ ...courseBody, format: 'video', links: [] });
  const path = await request(server)
    .post('/api/learning/resources')
    .set(as.service())
    .send({
      ...courseBody,
      kind: 'path',
      format: 'self-paced',
      links: [],
      steps: [video.body.id],
    });
  const cohort = await request(server)
    .post(`/api/learning/resources/${video.body.id}/cohorts`)
    .set(dave())
    .send({
      startsOn: new Date().toISOString().slice(0, 10),
      capacity: 10,
      parts: 2,
      facilitator: 'user:default/bob',
    });
  expect(cohort.status).toBe(201);
  const question = await request(server)
    .post(`/api/learning/resources/${video.body.id}/discussion`)
    .set(dave())
    .send({ kind: 'question', body: 'How?' });
  const answer = await request(server)
    .post(`/api/learning/resources/${video.body.id}/discussion`)
    .set(dave())
    .send({ kind: 'answer', body: 'Like this.', parentId: question.body.id });
  expect(answer.status).toBe(201);
  const suggestion = await request(server)
    .post(`/api/learning/resources/${created.body.id}/links`)
    .set(as.user(people.owner.ref))
    .send({ entityRef: 'component:default/auth-gateway', relation: 'teaches' });
  expect(suggestion.status).toBe(202);
  return {
    id: created.body.id,
    sessionId: session.body.id,
    embedId: embed.body.id,
    applicationId: application.body.id,
    videoId: video.body.id,
    pathId: path.body.id,
    cohortId: cohort.body.id,
    questionId: question.body.id,
    answerId: answer.body.id,
    suggestionId: suggestion.body.id,
  };
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
  /** What a refused write must leave as it was; the resource by default. */
  state?: (server: Server, f: Fixture) => Promise<unknown>;
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

/** Only the host group's members, admins and services. */
const hosts = (ok: number) => ({
  none: 401,
  unrelated: 403,
  owner: ok,
  sme: 403,
  entityOwner: 403,
  admin: ok,
  service: ok,
});

/** Users who post, start and join; never services. */
const posters = (ok: number) => ({ ...learners(ok) });

/** The material's owners and SMEs, and admins: users only. */
const moderators = (ok: number) => ({
  none: 401,
  unrelated: 403,
  owner: ok,
  sme: ok,
  entityOwner: 403,
  admin: ok,
  service: 403,
});

/** A cohort's creator (dave) and facilitator (bob), admins and services. */
const cohortManagers = (ok: number) => ({
  none: 401,
  unrelated: 403,
  owner: 403,
  sme: ok,
  entityOwner: 403,
  admin: ok,
  service: ok,
});

/** The owners of the entity a link is suggested for, and admins: users. */
const reviewers = (ok: number) => ({
  none: 401,
  unrelated: 403,
  owner: 403,
  sme: 403,
  entityOwner: ok,
  admin: ok,
  service: 403,
});

const base = '/api/learning/resources';
const suggestions = '/api/learning/link-suggestions';

/** The resource and its pending suggestions, as a service sees them. */
const suggestionState = async (s: Server, f: Fixture) => ({
  resource: (await request(s).get(`${base}/${f.id}`).set(as.service())).body,
  pending: (
    await request(s)
      .get(suggestions)
      .query({ resourceId: f.id })
      .set(as.service())
  ).body,
});
const embeds = '/api/learning/embeds';
const cohorts = '/api/learning/cohorts';
const posts = '/api/learning/posts';

/** A cohort as a service sees it. */
const cohortState = async (s: Server, f: Fixture) =>
  (await request(s).get(`${cohorts}/${f.cohortId}`).set(as.service())).body;

/** The video's discussion, as an admin (a moderator) sees it. */
const discussionState = async (s: Server, f: Fixture) =>
  (
    await request(s)
      .get(`${base}/${f.videoId}/discussion`)
      .set(as.user(people.admin.ref))
  ).body;

/** An embed with its applications, as a service sees them. */
const embedState = async (s: Server, f: Fixture) => ({
  embed: (await request(s).get(`${embeds}/${f.embedId}`).set(as.service()))
    .body,
  applications: (
    await request(s)
      .get(`${embeds}/${f.embedId}/applications`)
      .set(as.service())
  ).body,
});

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
    // the material's owners and SMEs suggest it (and alice did already);
    // the entity's owners, admins and services link it
    expected: { ...writers(202), entityOwner: 201, admin: 201, service: 201 },
  },
  AcceptLinkSuggestion: {
    send: (s, f, h) =>
      request(s).post(`${suggestions}/${f.suggestionId}/accept`).set(h),
    expected: reviewers(200),
    state: suggestionState,
  },
  DismissLinkSuggestion: {
    send: (s, f, h) =>
      request(s).post(`${suggestions}/${f.suggestionId}/dismiss`).set(h),
    expected: reviewers(204),
    state: suggestionState,
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
  MarkResourceReviewed: {
    // a review is a person's: services may not
    send: (s, f, h) => request(s).post(`${base}/${f.id}/review`).set(h),
    expected: { ...writers(200), service: 403 },
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
  CreateEmbed: {
    send: (s, _f, h) => request(s).post(embeds).set(h).send(embedBody),
    expected: hosts(201),
    state: embedState,
  },
  UpdateEmbed: {
    send: (s, f, h) =>
      request(s)
        .patch(`${embeds}/${f.embedId}`)
        .set(h)
        .send({ title: 'Changed', seats: 3 }),
    expected: hosts(200),
    state: embedState,
  },
  DeleteEmbed: {
    send: (s, f, h) => request(s).delete(`${embeds}/${f.embedId}`).set(h),
    expected: hosts(204),
    state: embedState,
  },
  CloseEmbed: {
    send: (s, f, h) => request(s).post(`${embeds}/${f.embedId}/close`).set(h),
    expected: hosts(200),
    state: embedState,
  },
  DecideApplication: {
    send: (s, f, h) =>
      request(s)
        .put(`${embeds}/${f.embedId}/applications/${f.applicationId}/decision`)
        .set(h)
        .send({ decision: 'accepted' }),
    // a decision has a user's name on it
    expected: { ...hosts(200), service: 403 },
    state: embedState,
  },
  ApplyToEmbed: {
    send: (s, f, h) =>
      request(s).put(`${embeds}/${f.embedId}/application`).set(h).send({}),
    // the host group's own members do not apply to its embeds
    expected: { ...learners(201), owner: 403 },
    state: embedState,
  },
  WithdrawApplication: {
    prepare: async (s, f, h) => {
      await request(s).put(`${embeds}/${f.embedId}/application`).set(h);
    },
    send: (s, f, h) =>
      request(s).delete(`${embeds}/${f.embedId}/application`).set(h),
    expected: { ...learners(200), owner: 403 },
    state: embedState,
  },
  DismissRecommendation: {
    send: (s, f, h) =>
      request(s).put(`/api/learning/me/dismissals/${f.id}`).set(h),
    expected: learners(204),
  },
  UndoDismissal: {
    prepare: async (s, f, h) => {
      await request(s).put(`/api/learning/me/dismissals/${f.id}`).set(h);
    },
    send: (s, f, h) =>
      request(s).delete(`/api/learning/me/dismissals/${f.id}`).set(h),
    expected: learners(204),
  },
  PutMySettings: {
    send: (s, _f, h) =>
      request(s)
        .put('/api/learning/me/settings')
        .set(h)
        .send({ shareExpertise: true }),
    expected: learners(200),
  },
  CreateCohort: {
    send: (s, f, h) =>
      request(s)
        .post(`${base}/${f.videoId}/cohorts`)
        .set(h)
        .send({ startsOn: '2099-01-05', capacity: 5, parts: 3 }),
    expected: posters(201),
    state: async (s, f) =>
      (await request(s).get(`${base}/${f.videoId}/cohorts`).set(as.service()))
        .body,
  },
  UpdateCohort: {
    send: (s, f, h) =>
      request(s)
        .patch(`${cohorts}/${f.cohortId}`)
        .set(h)
        .send({ capacity: 20 }),
    expected: cohortManagers(200),
    state: cohortState,
  },
  DeleteCohort: {
    send: (s, f, h) => request(s).delete(`${cohorts}/${f.cohortId}`).set(h),
    expected: cohortManagers(204),
    state: cohortState,
  },
  JoinCohort: {
    send: (s, f, h) =>
      request(s).put(`${cohorts}/${f.cohortId}/membership`).set(h),
    expected: posters(200),
    state: cohortState,
  },
  LeaveCohort: {
    prepare: async (s, f, h) => {
      await request(s).put(`${cohorts}/${f.cohortId}/membership`).set(h);
    },
    send: (s, f, h) =>
      request(s).delete(`${cohorts}/${f.cohortId}/membership`).set(h),
    expected: posters(204),
    state: cohortState,
  },
  PostResourceDiscussion: {
    send: (s, f, h) =>
      request(s)
        .post(`${base}/${f.videoId}/discussion`)
        .set(h)
        .send({ kind: 'answer', parentId: f.questionId, body: 'Me too' }),
    expected: posters(201),
    state: discussionState,
  },
  PostStepDiscussion: {
    send: (s, f, h) =>
      request(s)
        .post(`${base}/${f.pathId}/steps/${f.videoId}/discussion`)
        .set(h)
        .send({ kind: 'question', body: 'On this step?' }),
    expected: posters(201),
    state: async (s, f) =>
      (
        await request(s)
          .get(`${base}/${f.pathId}/steps/${f.videoId}/discussion`)
          .set(as.service())
      ).body,
  },
  PostCohortDiscussion: {
    // members, the facilitator and the material's moderators
    send: (s, f, h) =>
      request(s)
        .post(`${cohorts}/${f.cohortId}/discussion`)
        .set(h)
        .send({ kind: 'question', body: 'Week 1?' }),
    expected: moderators(201),
    state: async (s, f) =>
      (
        await request(s)
          .get(`${cohorts}/${f.cohortId}/discussion`)
          .set(as.service())
      ).body,
  },
  EditPost: {
    // only its author, dave, who is none of these
    send: (s, f, h) =>
      request(s)
        .patch(`${posts}/${f.questionId}`)
        .set(h)
        .send({ body: 'Edited' }),
    expected: { ...moderators(403), service: 403 },
    state: discussionState,
  },
  DeletePost: {
    send: (s, f, h) => request(s).delete(`${posts}/${f.questionId}`).set(h),
    expected: { ...moderators(403), service: 403 },
    state: discussionState,
  },
  HidePost: {
    send: (s, f, h) =>
      request(s)
        .put(`${posts}/${f.answerId}/hidden`)
        .set(h)
        .send({ reason: 'off topic' }),
    expected: moderators(200),
    state: discussionState,
  },
  UnhidePost: {
    prepare: async (s, f) => {
      await request(s)
        .put(`${posts}/${f.answerId}/hidden`)
        .set(as.user(people.admin.ref))
        .send({ reason: 'off topic' });
    },
    send: (s, f, h) =>
      request(s).delete(`${posts}/${f.answerId}/hidden`).set(h),
    // a hidden post is not there for those who may not moderate
    expected: { ...moderators(200), unrelated: 404, entityOwner: 404 },
    state: discussionState,
  },
  AcceptAnswer: {
    send: (s, f, h) => request(s).put(`${posts}/${f.answerId}/accepted`).set(h),
    expected: moderators(200),
    state: discussionState,
  },
  UnacceptAnswer: {
    prepare: async (s, f) => {
      await request(s)
        .put(`${posts}/${f.answerId}/accepted`)
        .set(as.user(people.admin.ref));
    },
    send: (s, f, h) =>
      request(s).delete(`${posts}/${f.answerId}/accepted`).set(h),
    expected: moderators(200),
    state: discussionState,
  },
  EraseUserRecords: {
    // dave's (he asked and answered in the fixture): only he and admins
    send: (s, _f, h) =>
      request(s).delete('/api/learning/users/default/dave/records').set(h),
    expected: {
      none: 401,
      unrelated: 403,
      owner: 403,
      sme: 403,
      entityOwner: 403,
      admin: 200,
      service: 403,
    },
    state: async s =>
      (
        await request(s)
          .get('/api/learning/users/default/dave/records')
          .set(as.user(people.admin.ref))
      ).body.posts,
  },
  RefreshSources: {
    // the owners of the entity whose files they want read, and admins
    send: (s, _f, h) =>
      request(s)
        .post('/api/learning/sources/refresh')
        .query({ entityRef: 'component:default/payments-api' })
        .set(h),
    expected: {
      none: 401,
      unrelated: 403,
      owner: 202,
      sme: 403,
      entityOwner: 403,
      admin: 202,
      service: 403,
    },
  },
};

describe('permission matrix', () => {
  const databases = TestDatabases.create({ ids: ['SQLITE_3'] });
  let server: Server;

  beforeAll(async () => {
    const knex = await databases.init('SQLITE_3');
    const backend = await startLearningBackend({
      knex,
      config: {
        learning: {
          permissions: { admins: ['group:default/admins'] },
          // every case's fixture posts as dave
          discussions: { postsPerMinute: 100_000 },
        },
      },
    });
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
    const state =
      c.state ??
      (async (s: Server, f: Fixture) =>
        (await request(s).get(`${base}/${f.id}`).set(as.service())).body);
    const before = await state(server, fixture);
    const response = await c.send(server, fixture, headers);
    // the body is in the comparison to show why when the status differs
    expect({ status: response.status, body: response.body }).toEqual({
      status,
      body: expect.anything(),
    });
    // a refused write changes nothing
    const after = await state(server, fixture);
    expect(status >= 400 ? after : before).toEqual(before);
  });
});
