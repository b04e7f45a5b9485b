import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { LearningApi } from './LearningApi';
import { LearningClient } from './LearningClient';

const base = 'http://backend/api/learning';

function setup(response: () => Response = () => new Response('{}')) {
  const fetch = jest.fn(
    async (_input: RequestInfo | URL, _init?: RequestInit) => response(),
  );
  const discoveryApi = { getBaseUrl: jest.fn().mockResolvedValue(base) };
  return {
    fetch,
    client: new LearningClient({ discoveryApi, fetchApi: { fetch } }),
  };
}

/** The spec the backend serves, read from the backend package. */
const spec = YAML.parse(
  fs.readFileSync(
    path.resolve(
      __dirname,
      '../../../learning-backend/src/schema/openapi.yaml',
    ),
    'utf8',
  ),
) as {
  paths: Record<string, Record<string, { operationId: string }>>;
};

/** How the client does each operation of the spec, with sample values. */
const calls: Record<string, (api: LearningApi) => Promise<unknown>> = {
  ListResources: api => api.listResources({ kind: 'course' }),
  CreateResource: api =>
    api.createResource({
      kind: 'course',
      title: 't',
      summary: 's',
      format: 'video',
      level: 'beginner',
      owner: 'group:default/team',
    }),
  GetResource: api => api.getResource('r1'),
  UpdateResource: api => api.updateResource('r1', { title: 'u' }),
  DeleteResource: api => api.deleteResource('r1'),
  AddLink: api =>
    api.addLink('r1', {
      entityRef: 'component:default/payments-api',
      relation: 'teaches',
    }),
  RemoveLink: api =>
    api.removeLink('r1', 'component:default/payments-api', 'teaches'),
  ListLinkSuggestions: api =>
    api.listLinkSuggestions({ entityRef: 'component:default/payments-api' }),
  AcceptLinkSuggestion: api => api.acceptLinkSuggestion('s1'),
  DismissLinkSuggestion: api => api.dismissLinkSuggestion('s1'),
  ExportUserRecords: api => api.exportUserRecords('user:default/dave'),
  GetInsightsCoverage: api =>
    api.getInsightsCoverage({ owner: 'group:default/payments-team' }),
  GetInsightsHealth: api => api.getInsightsHealth(4),
  GetInsightsDemand: api => api.getInsightsDemand(),
  EraseUserRecords: api => api.eraseUserRecords('user:default/dave'),
  AddSme: api => api.addSme('r1', 'user:default/bob'),
  RemoveSme: api => api.removeSme('r1', 'user:default/bob'),
  GetMyEnrolment: api => api.getMyEnrolment('r1'),
  PutMyEnrolment: api => api.putMyEnrolment('r1', { progress: 50 }),
  DeleteMyEnrolment: api => api.deleteMyEnrolment('r1'),
  ListFeedback: api => api.listFeedback('r1', { limit: 5 }),
  PutMyFeedback: api => api.putMyFeedback('r1', { rating: 5 }),
  DeleteMyFeedback: api => api.deleteMyFeedback('r1'),
  ListSessions: api => api.listSessions('r1'),
  CreateSession: api =>
    api.createSession('r1', {
      startsAt: '2026-12-01T09:00:00Z',
      endsAt: '2026-12-01T12:00:00Z',
      seats: 10,
    }),
  UpdateSession: api =>
    api.updateSession('r1', 's1', {
      startsAt: '2026-12-01T09:00:00Z',
      endsAt: '2026-12-01T12:00:00Z',
      seats: 12,
    }),
  DeleteSession: api => api.deleteSession('r1', 's1'),
  GetMyLearning: api => api.getMyLearning({ state: 'completed' }),
  GetEntitySummary: api =>
    api.getEntitySummary('component:default/payments-api'),
  GetGroupLearners: api => api.getGroupLearners('group:default/platform-guild'),
  ListEmbeds: api =>
    api.listEmbeds({ entityRef: 'component:default/payments-api' }),
  GetEmbed: api => api.getEmbed('e1'),
  CreateEmbed: api =>
    api.createEmbed({
      title: 'Two weeks on payments',
      summary: 'With the team',
      host: 'group:default/payments-team',
      durationWeeks: 2,
      seats: 1,
    }),
  UpdateEmbed: api => api.updateEmbed('e1', { seats: 2, startsOn: null }),
  DeleteEmbed: api => api.deleteEmbed('e1'),
  CloseEmbed: api => api.closeEmbed('e1'),
  ListEmbedApplications: api => api.listEmbedApplications('e1'),
  DecideApplication: api => api.decideApplication('e1', 'a1', 'accepted'),
  GetMyApplication: api => api.getMyApplication('e1'),
  ApplyToEmbed: api => api.applyToEmbed('e1', 'I know TypeScript'),
  WithdrawApplication: api => api.withdrawApplication('e1'),
  GetMyApplications: api => api.getMyApplications(),
  ListSources: api => api.listSources('component:default/payments-api'),
  RefreshSources: api => api.refreshSources('component:default/payments-api'),
  MarkResourceReviewed: api => api.markReviewed('r1'),
  GetMyReviewQueue: api => api.getMyReviewQueue({ freshness: 'due' }),
  GetMyRecommendations: api => api.getMyRecommendations({ limit: 5 }),
  DismissRecommendation: api => api.dismissRecommendation('r1'),
  UndoDismissal: api => api.undoDismissal('r1'),
  GetRelatedResources: api => api.getRelatedResources('r1', 5),
  ListExperts: api =>
    api.listExperts({ entityRef: 'component:default/payments-api' }, 5),
  GetMyExpertise: api => api.getMyExpertise(),
  GetMySettings: api => api.getMySettings(),
  PutMySettings: api => api.putMySettings({ shareExpertise: true }),
  ListResourceCohorts: api => api.listResourceCohorts('r1'),
  CreateCohort: api =>
    api.createCohort('r1', { startsOn: '2027-01-04', capacity: 12 }),
  ListCohorts: api => api.listCohorts({ mine: true }),
  GetCohort: api => api.getCohort('c1'),
  UpdateCohort: api => api.updateCohort('c1', { capacity: 20 }),
  DeleteCohort: api => api.deleteCohort('c1'),
  JoinCohort: api => api.joinCohort('c1'),
  LeaveCohort: api => api.leaveCohort('c1'),
  ListCohortMembers: api => api.listCohortMembers('c1'),
  GetCohortCalendar: api => api.getCohortCalendar('c1'),
  GetSessionCalendar: api => api.getSessionCalendar('r1', 's1'),
  ListResourceDiscussion: api => api.getDiscussion({ resourceId: 'r1' }),
  PostResourceDiscussion: api =>
    api.postToDiscussion(
      { resourceId: 'r1' },
      { kind: 'question', body: 'Why?' },
    ),
  ListStepDiscussion: api =>
    api.getDiscussion({ pathId: 'p1', stepId: 'r1' }, { limit: 50 }),
  PostStepDiscussion: api =>
    api.postToDiscussion(
      { pathId: 'p1', stepId: 'r1' },
      { kind: 'answer', body: 'Because', parentId: '1' },
    ),
  ListCohortDiscussion: api => api.getDiscussion({ cohortId: 'c1' }),
  PostCohortDiscussion: api =>
    api.postToDiscussion({ cohortId: 'c1' }, { kind: 'question', body: 'Hi' }),
  EditPost: api => api.editPost('1', 'Edited'),
  DeletePost: api => api.deletePost('1'),
  HidePost: api => api.hidePost('1', 'spam'),
  UnhidePost: api => api.unhidePost('1'),
  AcceptAnswer: api => api.acceptAnswer('2'),
  UnacceptAnswer: api => api.unacceptAnswer('2'),
  GetResourceFaq: api => api.getFaq('r1'),
  GetLearningWithYou: api => api.getLearningWithYou(['r1', 'r2']),
};

describe('LearningClient', () => {
  const operations = Object.entries(spec.paths).flatMap(([route, item]) =>
    Object.entries(item).map(([method, op]) => ({
      route,
      method: method.toUpperCase(),
      operationId: op.operationId,
      hasBody: 'requestBody' in op,
    })),
  );

  it('has a method for every operation of the spec but the health check', () => {
    expect(Object.keys(calls).sort()).toEqual(
      operations
        .map(o => o.operationId)
        .filter(id => id !== 'GetHealth')
        .sort(),
    );
  });

  it.each(operations.filter(o => o.operationId !== 'GetHealth'))(
    '$operationId sends $method $route',
    async ({ route, method, operationId, hasBody }) => {
      const { fetch, client } = setup();
      await calls[operationId](client);
      expect(fetch).toHaveBeenCalledTimes(1);
      const [url, init] = fetch.mock.calls[0];
      const { pathname } = new URL(String(url));
      // every {param} of the route is one non-empty path segment
      const pattern = new RegExp(
        `^/api/learning${route.replace(/\{[^}]+\}/g, '[^/]+')}$`,
      );
      expect(pathname).toMatch(pattern);
      expect(init?.method).toBe(method);
      // an operation with a request body gets it as JSON; others get none
      const sendsBody = hasBody;
      expect(init?.headers).toEqual(
        sendsBody ? { 'Content-Type': 'application/json' } : undefined,
      );
      const body =
        typeof init?.body === 'string' ? JSON.parse(init.body) : init?.body;
      expect(body === undefined).toBe(!sendsBody);
    },
  );

  it('gets the entity summary by the parts of the ref', async () => {
    const { fetch, client } = setup(
      () => new Response(JSON.stringify({ items: [] })),
    );
    await expect(
      client.getEntitySummary('component:default/payments-api'),
    ).resolves.toEqual({ items: [] });
    // the first summary of an entity in a minute is its page's view
    expect(fetch.mock.calls[0][0]).toBe(
      `${base}/entities/component/default/payments-api/summary?view=true`,
    );
    await client.getEntitySummary('component:default/payments-api');
    expect(fetch.mock.calls[1][0]).toBe(
      `${base}/entities/component/default/payments-api/summary`,
    );
  });

  it('sends only the given list parameters, encoded', async () => {
    const { fetch, client } = setup(
      () => new Response(JSON.stringify({ items: [], totalCount: 0 })),
    );
    await client.listResources({
      q: 'kafka & streams',
      kind: 'course',
      tag: '',
    });
    // spaces as %20: the backend refuses a '+' as a reserved character
    expect(fetch.mock.calls[0][0]).toBe(
      `${base}/resources?q=kafka%20%26%20streams&kind=course`,
    );
  });

  it('hands a list request its signal, so that a newer search cancels it', async () => {
    const { fetch, client } = setup(
      () => new Response(JSON.stringify({ items: [], totalCount: 0 })),
    );
    const controller = new AbortController();
    await client.listResources({ q: 'kafka' }, { signal: controller.signal });
    expect(fetch.mock.calls[0][1]?.signal).toBe(controller.signal);
  });

  it('encodes ids and refs as path segments', async () => {
    const { fetch, client } = setup(() => new Response(null, { status: 204 }));
    await client.removeLink('a/b', 'component:ns-1/odd name');
    expect(fetch.mock.calls[0][0]).toBe(
      `${base}/resources/a%2Fb/links/component/ns-1/odd%20name`,
    );
  });

  it('sends bodies as JSON and resolves 204 as nothing', async () => {
    const { fetch, client } = setup(() => new Response(null, { status: 204 }));
    await expect(client.deleteMyFeedback('r1')).resolves.toBeUndefined();
    const enrol = setup(
      () => new Response(JSON.stringify({ state: 'completed' })),
    );
    await expect(
      enrol.client.putMyEnrolment('r1', { state: 'completed' }),
    ).resolves.toEqual({ state: 'completed' });
    expect(enrol.fetch.mock.calls[0][1]?.body).toBe(
      JSON.stringify({ state: 'completed' }),
    );
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('tells a link made from one suggested to the entity’s owners', async () => {
    const json = { 'content-type': 'application/json' };
    const link = {
      entityRef: 'component:default/payments-api',
      relation: 'teaches' as const,
    };
    const linked = setup(
      () =>
        new Response(JSON.stringify({ id: 'r1' }), {
          status: 201,
          headers: json,
        }),
    );
    await expect(linked.client.addLink('r1', link)).resolves.toEqual({
      type: 'linked',
      resource: { id: 'r1' },
    });
    const suggestion = { id: 's1', ...link, suggestedBy: 'user:default/carol' };
    const suggested = setup(
      () =>
        new Response(JSON.stringify(suggestion), {
          status: 202,
          headers: json,
        }),
    );
    await expect(suggested.client.addLink('r1', link)).resolves.toEqual({
      type: 'suggested',
      suggestion,
    });
  });

  it('reads a 404 on one’s own enrolment as not enrolled', async () => {
    const { client } = setup(
      () =>
        new Response(
          JSON.stringify({
            error: { name: 'NotFoundError', message: 'Not enrolled' },
            response: { statusCode: 404 },
          }),
          { status: 404, headers: { 'content-type': 'application/json' } },
        ),
    );
    await expect(client.getMyEnrolment('r1')).resolves.toBeUndefined();
  });

  it('throws a ResponseError with the backend message', async () => {
    const { client } = setup(
      () =>
        new Response(
          JSON.stringify({
            error: {
              name: 'NotFoundError',
              message: 'No learning resource with id x',
            },
            request: { method: 'GET', url: '/resources/x' },
            response: { statusCode: 404 },
          }),
          { status: 404, headers: { 'content-type': 'application/json' } },
        ),
    );
    await expect(client.getResource('x')).rejects.toMatchObject({
      name: 'ResponseError',
      statusCode: 404,
      cause: { message: 'No learning resource with id x' },
    });
  });
});
