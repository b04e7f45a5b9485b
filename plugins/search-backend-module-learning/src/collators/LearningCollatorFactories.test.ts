import { mockServices } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  LearningEmbed,
  learningEmbedReadPermission,
  LearningResource,
  learningResourceReadPermission,
} from '@tech-learning/backstage-plugin-learning-common';
import {
  LearningEmbedCollatorFactory,
  LearningResourceCollatorFactory,
} from './LearningCollatorFactories';

const resource = (
  id: string,
  overrides: Partial<LearningResource> = {},
): LearningResource => ({
  id,
  kind: 'course',
  title: `Course ${id}`,
  summary: 'How a card payment reaches the ledger.',
  description: '## Entries\n\nEvery **movement** is two entries.',
  format: 'video',
  level: 'beginner',
  durationMinutes: 45,
  language: 'en',
  tags: ['payments', 'ledger'],
  urls: [],
  owner: 'group:default/payments-team',
  smes: ['user:default/alice'],
  docs: [],
  links: [
    { entityRef: 'component:default/payments-api', relation: 'teaches' },
    { entityRef: 'component:default/checkout', relation: 'uses' },
  ],
  steps: [],
  freshness: { state: 'due' },
  stats: { learners: 12, completions: 5, rating: { average: 4.5, count: 4 } },
  source: { type: 'api' },
  createdAt: '2026-11-01T00:00:00.000Z',
  updatedAt: '2026-11-01T00:00:00.000Z',
  ...overrides,
});

const embed: LearningEmbed = {
  id: 'e1',
  title: 'Two weeks on the ledger',
  summary: 'Work beside the payments team',
  host: 'group:default/payments-team',
  links: [{ entityRef: 'component:default/payments-api', relation: 'teaches' }],
  skillsWanted: ['go'],
  skillsTaught: ['double-entry'],
  startsOn: '2027-01-04',
  durationWeeks: 2,
  seats: 2,
  seatsTaken: 1,
  remote: true,
  status: 'open',
  source: { type: 'api' },
  createdAt: '2026-11-01T00:00:00.000Z',
  updatedAt: '2026-11-01T00:00:00.000Z',
};

const catalog = catalogServiceMock({
  entities: [
    {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: { name: 'payments-api', title: 'Payments API' },
    },
    {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Group',
      metadata: { name: 'payments-team', title: 'Payments' },
    },
  ],
});

/** A learning backend that serves these pages of a list, by cursor. */
function serve(pages: Array<{ items: unknown[]; nextCursor?: string }>) {
  const requests: Array<{ url: string; authorization?: string }> = [];
  jest.spyOn(global, 'fetch').mockImplementation(async (input, init) => {
    const url = new URL(String(input));
    requests.push({
      url: `${url.pathname}${url.search}`,
      authorization:
        new Headers(init?.headers).get('authorization') ?? undefined,
    });
    const cursor = url.searchParams.get('cursor');
    const index = cursor ? Number(cursor) : 0;
    return new Response(JSON.stringify(pages[index]), {
      status: 200,
      headers: { 'Content-Type': 'application/json' },
    });
  });
  return requests;
}

async function collate(factory: {
  getCollator(): Promise<NodeJS.ReadableStream>;
}) {
  const documents: any[] = [];
  for await (const document of await factory.getCollator()) {
    documents.push(document);
  }
  return documents;
}

const options = {
  auth: mockServices.auth(),
  discovery: mockServices.discovery(),
  catalog,
};

describe('LearningResourceCollatorFactory', () => {
  afterEach(() => jest.restoreAllMocks());

  it('reads every page of resources and makes each a document readers may be shown', async () => {
    const requests = serve([
      { items: [resource('r1'), resource('r2')], nextCursor: '1' },
      {
        items: [
          resource('r3', {
            description: undefined,
            durationMinutes: undefined,
            stats: { learners: 0, completions: 0, rating: { count: 0 } },
          }),
        ],
      },
    ]);
    const factory = LearningResourceCollatorFactory.fromConfig(
      mockServices.rootConfig(),
      options,
    );
    expect(factory.type).toBe('learning-resource');
    expect(factory.visibilityPermission).toBe(learningResourceReadPermission);

    const documents = await collate(factory);
    expect(documents.map(d => d.authorization.resourceRef)).toEqual([
      'r1',
      'r2',
      'r3',
    ]);
    expect(requests.map(r => r.url)).toEqual([
      '/api/learning/resources?limit=100&sort=title',
      '/api/learning/resources?limit=100&sort=title&cursor=1',
    ]);
    // with the search plugin's own service credentials
    expect(requests[0].authorization).toMatch(/^Bearer /);
    expect(documents[0]).toEqual({
      title: 'Course r1',
      text: [
        'How a card payment reaches the ledger.',
        'Entries\nEvery movement is two entries.',
        'payments ledger',
        'Teaches Payments API',
      ].join('\n'),
      location: '/learning/resources/r1',
      authorization: { resourceRef: 'r1' },
      kind: 'course',
      format: 'video',
      level: 'beginner',
      durationMinutes: 45,
      tags: ['payments', 'ledger'],
      owner: 'group:default/payments-team',
      teaches: ['component:default/payments-api'],
      teachesTitles: ['Payments API'],
      freshness: 'due',
      rating: 4.5,
      ratingCount: 4,
      learnerCount: 12,
    });
    // nothing made up for what a resource lacks
    expect(documents[2]).not.toHaveProperty('rating');
    expect(documents[2]).not.toHaveProperty('durationMinutes');
  });

  it('places documents where the config says the app shows resources', async () => {
    serve([{ items: [resource('a/b')] }]);
    const factory = LearningResourceCollatorFactory.fromConfig(
      mockServices.rootConfig({
        data: {
          search: {
            collators: {
              learning: { resourceLocationTemplate: '/academy/courses/:id' },
            },
          },
        },
      }),
      options,
    );
    const [document] = await collate(factory);
    expect(document.location).toBe('/academy/courses/a%2Fb');
  });

  it('fails the run when the learning backend refuses, so the old index stays', async () => {
    jest.spyOn(global, 'fetch').mockResolvedValue(
      new Response(
        JSON.stringify({ error: { name: 'Error', message: 'down' } }),
        {
          status: 503,
          headers: { 'Content-Type': 'application/json' },
        },
      ),
    );
    const factory = LearningResourceCollatorFactory.fromConfig(
      mockServices.rootConfig(),
      options,
    );
    await expect(collate(factory)).rejects.toThrow(/503/);
  });
});

describe('LearningEmbedCollatorFactory', () => {
  afterEach(() => jest.restoreAllMocks());

  it('makes each embed a document with its host, skills and entities named', async () => {
    serve([{ items: [embed] }]);
    const factory = LearningEmbedCollatorFactory.fromConfig(
      mockServices.rootConfig(),
      options,
    );
    expect(factory.type).toBe('learning-embed');
    expect(factory.visibilityPermission).toBe(learningEmbedReadPermission);
    expect(await collate(factory)).toEqual([
      {
        title: 'Two weeks on the ledger',
        text: [
          'Work beside the payments team',
          'go double-entry',
          'Hosted by Payments',
          'Works on Payments API',
        ].join('\n'),
        location: '/learning/embeds/e1',
        authorization: { resourceRef: 'e1' },
        host: 'group:default/payments-team',
        status: 'open',
        skills: ['go', 'double-entry'],
        entityRefs: ['component:default/payments-api'],
        startsOn: '2027-01-04',
        durationWeeks: 2,
        seats: 2,
        seatsTaken: 1,
      },
    ]);
  });
});
