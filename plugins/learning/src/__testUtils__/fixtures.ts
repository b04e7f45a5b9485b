import { Entity } from '@backstage/catalog-model';
import {
  EntityLearningSummary,
  LearningEmbed,
  LearningResource,
  LearningSuggestion,
  LearningSuggestionReason,
} from '@tech-learning/backstage-plugin-learning-common';

export const paymentsApi: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'payments-api', namespace: 'default' },
  spec: { type: 'service', owner: 'group:default/payments-team' },
};

function user(name: string, displayName: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'User',
    metadata: { name, namespace: 'default' },
    spec: { profile: { displayName }, memberOf: ['payments-team'] },
  };
}

export const alice = user('alice-chen', 'Alice Chen');
const bob = user('bob-okafor', 'Bob Okafor');

export const paymentsTeam: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name: 'payments-team', namespace: 'default', title: 'Payments' },
  spec: { type: 'team', children: [] },
};

/** What the test catalog holds unless a test says otherwise. */
export const catalogEntities: Entity[] = [
  paymentsApi,
  alice,
  bob,
  paymentsTeam,
];

export function resource(
  overrides: Partial<LearningResource> = {},
): LearningResource {
  return {
    id: 'r1',
    kind: 'course',
    title: 'Payments 101',
    summary: 'From checkout to ledger',
    format: 'live',
    level: 'beginner',
    durationMinutes: 90,
    language: 'en',
    tags: ['payments'],
    urls: [{ url: 'https://learning.example/payments-101' }],
    owner: 'group:default/payments-team',
    smes: ['user:default/alice-chen'],
    docs: [],
    links: [],
    steps: [],
    freshness: { state: 'fresh' },
    stats: { learners: 0, completions: 0, rating: { count: 0 } },
    source: { type: 'api' },
    createdAt: '2026-11-01T00:00:00.000Z',
    updatedAt: '2026-11-01T00:00:00.000Z',
    ...overrides,
  };
}

export const summary: EntityLearningSummary = {
  entityRef: 'component:default/payments-api',
  systemRef: 'system:default/payments',
  items: [
    {
      resource: resource(),
      relation: 'teaches',
      via: 'entity',
      learners: 12,
      completions: 7,
      rating: { average: 4.5, count: 6 },
    },
    {
      resource: resource({
        id: 'r2',
        kind: 'toolkit',
        title: 'Secure service checklist',
        format: 'reading',
        durationMinutes: undefined,
        urls: [],
      }),
      relation: 'uses',
      via: 'system',
      learners: 0,
      completions: 0,
      rating: { count: 0 },
    },
  ],
  smes: ['user:default/alice-chen', 'user:default/bob-okafor'],
  docs: [
    {
      entityRef: 'component:default/payments-api',
      path: 'idempotency/',
      title: 'Idempotency',
    },
  ],
  embeds: [],
};

/** An open embed of the payments team, with one of two seats taken. */
export const embed: LearningEmbed = {
  id: 'e1',
  title: 'Two weeks on payments',
  summary: 'Ship a change to the payments API with its team',
  description: 'Pair with the **payments team**.',
  host: 'group:default/payments-team',
  links: [{ entityRef: 'component:default/payments-api', relation: 'uses' }],
  skillsWanted: ['TypeScript'],
  skillsTaught: ['Payments'],
  startsOn: '2027-02-01',
  durationWeeks: 2,
  seats: 2,
  seatsTaken: 1,
  remote: true,
  status: 'open',
  source: { type: 'api' },
  createdAt: '2026-11-01T09:00:00.000Z',
  updatedAt: '2026-11-01T09:00:00.000Z',
};

/** A suggestion of a resource (a summary of `resource(overrides)`), with reasons. */
export function suggestion(
  overrides: Partial<LearningResource>,
  reasons: LearningSuggestionReason[],
): LearningSuggestion {
  const { description: _d, links: _l, ...rest } = resource(overrides);
  return { resource: rest, score: 1, reasons };
}

/**
 * What the resource page and the entity's Learning tab read of suggested
 * links, cohorts and discussions, when a test is not about them: nothing
 * yet.
 */
export const learningTogetherReads = {
  listLinkSuggestions: jest.fn().mockResolvedValue({ items: [] }),
  listResourceCohorts: jest.fn().mockResolvedValue({ items: [] }),
  listCohorts: jest.fn().mockResolvedValue({ items: [] }),
  getFaq: jest.fn().mockResolvedValue({ items: [] }),
  getLearningWithYou: jest
    .fn()
    .mockResolvedValue({ minimumLearners: 5, items: [] }),
  getDiscussion: jest.fn().mockResolvedValue({
    items: [],
    mayPost: true,
    mayModerate: false,
    mentionable: [],
  }),
};
