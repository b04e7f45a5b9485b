/*
 * The plugin alone, with mock data: `yarn start` in plugins/learning.
 * The learning API and the catalog live in memory; every permission is
 * allowed, so every action shows.
 */
import { Entity } from '@backstage/catalog-model';
import { Content, Header, Page } from '@backstage/core-components';
import {
  createApiFactory,
  createPlugin,
  createRoutableExtension,
} from '@backstage/core-plugin-api';
import { createDevApp } from '@backstage/dev-utils';
import {
  catalogApiRef,
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import { mockApis } from '@backstage/test-utils';
import { LearningResource } from '@tech-learning/backstage-plugin-learning-common';
import Grid from '@material-ui/core/Grid';
import { learningApiRef } from '../src/api';
import {
  EntityGroupLearningCard,
  EntityLearningCard,
  EntityLearningContent,
  EntityUserLearningCard,
  LearningPage,
  learningPlugin,
} from '../src/plugin';
import { InMemoryLearningApi } from './InMemoryLearningApi';

const user = (name: string, displayName: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'User',
  metadata: { name, namespace: 'default' },
  spec: { profile: { displayName }, memberOf: ['payments-team'] },
});

const paymentsApi: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'payments-api', namespace: 'default' },
  spec: {
    type: 'service',
    lifecycle: 'production',
    owner: 'group:default/payments-team',
    system: 'payments',
  },
};

const paymentsTeam: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name: 'payments-team', namespace: 'default', title: 'Payments' },
  spec: { type: 'team', children: [] },
};

const alice = user('alice-chen', 'Alice Chen');

const entities: Entity[] = [
  paymentsApi,
  paymentsTeam,
  alice,
  user('bob-okafor', 'Bob Okafor'),
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'System',
    metadata: { name: 'payments', namespace: 'default' },
    spec: { owner: 'group:default/payments-team' },
  },
];

const at = '2026-11-01T09:00:00.000Z';
const resource = (
  fields: Partial<LearningResource> & Pick<LearningResource, 'id' | 'title'>,
): LearningResource => ({
  kind: 'course',
  summary: '',
  format: 'self-paced',
  level: 'beginner',
  language: 'en',
  tags: [],
  urls: [],
  owner: 'group:default/payments-team',
  smes: ['user:default/alice-chen'],
  docs: [],
  links: [],
  steps: [],
  freshness: { state: 'fresh' },
  source: { type: 'api' },
  createdAt: at,
  updatedAt: at,
  ...fields,
});

const learningApi = new InMemoryLearningApi({
  systems: { 'component:default/payments-api': 'system:default/payments' },
  members: {
    'group:default/payments-team': [
      'user:default/alice-chen',
      'user:default/bob-okafor',
    ],
  },
  resources: [
    resource({
      id: 'payments-101',
      title: 'Payments 101',
      summary: 'How a card payment moves from checkout to the ledger.',
      description: 'Three hours, live, with the **payments team**.',
      format: 'live',
      durationMinutes: 180,
      tags: ['payments'],
      urls: [{ title: 'Slides', url: 'https://learning.example/p101' }],
      smes: ['user:default/alice-chen', 'user:default/bob-okafor'],
      docs: [{ entityRef: 'component:default/payments-api', title: 'Docs' }],
      links: [
        { entityRef: 'component:default/payments-api', relation: 'teaches' },
      ],
    }),
    resource({
      id: 'idempotency',
      title: 'Designing idempotent APIs',
      summary: 'Idempotency keys and safe retries.',
      format: 'video',
      level: 'intermediate',
      durationMinutes: 45,
      smes: ['user:default/bob-okafor'],
      freshness: { state: 'due', reviewDueAt: '2026-10-01T00:00:00.000Z' },
      links: [
        { entityRef: 'component:default/payments-api', relation: 'teaches' },
      ],
    }),
    resource({
      id: 'onboarding',
      kind: 'path',
      title: 'Onboarding to the payments system',
      summary: 'The first month of a payments engineer.',
      steps: ['payments-101', 'idempotency'],
      links: [{ entityRef: 'system:default/payments', relation: 'teaches' }],
    }),
  ],
  sessions: [
    {
      id: 's1',
      resourceId: 'payments-101',
      startsAt: '2099-01-12T09:00:00.000Z',
      endsAt: '2099-01-12T12:00:00.000Z',
      seats: 12,
      seatsTaken: 5,
      location: 'Room 4',
    },
  ],
  feedback: [
    {
      resourceId: 'payments-101',
      userRef: 'user:default/bob-okafor',
      rating: 5,
      comment: 'Finally understood settlement.',
      createdAt: at,
      updatedAt: at,
    },
  ],
});

/** Where links to entities lead in the dev app: a stand-in for the catalog. */
const CatalogEntityStandIn = createPlugin({ id: 'dev-catalog' }).provide(
  createRoutableExtension({
    name: 'CatalogEntityStandIn',
    mountPoint: entityRouteRef,
    component: async () => () =>
      (
        <Page themeId="tool">
          <Header title="A catalog entity page" />
          <Content>The dev app has no catalog; the demo app does.</Content>
        </Page>
      ),
  }),
);

createDevApp()
  .registerPlugin(learningPlugin)
  .registerApi(createApiFactory(learningApiRef, learningApi))
  .registerApi(createApiFactory(catalogApiRef, catalogApiMock({ entities })))
  .registerApi(createApiFactory(permissionApiRef, mockApis.permission()))
  .addPage({
    path: '/learning',
    title: 'Learning',
    element: <LearningPage />,
  })
  .addPage({
    path: '/entity',
    title: 'Entity',
    element: (
      <Page themeId="service">
        <Header title="payments-api" />
        <Content>
          <EntityProvider entity={paymentsApi}>
            <Grid container spacing={3}>
              <Grid item xs={12} md={6}>
                <EntityLearningCard showWhenEmpty />
              </Grid>
              <Grid item xs={12}>
                <EntityLearningContent />
              </Grid>
            </Grid>
          </EntityProvider>
        </Content>
      </Page>
    ),
  })
  .addPage({
    path: '/people',
    title: 'People',
    element: (
      <Page themeId="home">
        <Header title="People" />
        <Content>
          <Grid container spacing={3}>
            <Grid item xs={12} md={6}>
              <EntityProvider entity={alice}>
                <EntityUserLearningCard />
              </EntityProvider>
            </Grid>
            <Grid item xs={12} md={6}>
              <EntityProvider entity={paymentsTeam}>
                <EntityGroupLearningCard />
              </EntityProvider>
            </Grid>
          </Grid>
        </Content>
      </Page>
    ),
  })
  .addPage({
    path: '/catalog/:namespace/:kind/:name',
    element: <CatalogEntityStandIn />,
  })
  .render();
