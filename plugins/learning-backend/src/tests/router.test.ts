import { createBackendModule } from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  LearningProvider,
  learningProvidersExtensionPoint,
  ProvidedLearningResource,
} from '@tech-learning/backstage-plugin-learning-node';
import request from 'supertest';
import { learningPlugin } from '../plugin';

const entities: Entity[] = [
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: 'payments-api', namespace: 'default' },
    spec: {
      type: 'service',
      owner: 'group:default/payments-team',
      system: 'payments',
    },
    relations: [{ type: 'partOf', targetRef: 'system:default/payments' }],
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: 'lonely', namespace: 'default' },
    spec: { type: 'service', owner: 'group:default/payments-team' },
  },
];

const material: ProvidedLearningResource[] = [
  {
    key: 'payments-101',
    kind: 'course',
    title: 'Payments 101',
    summary: 'From checkout to ledger',
    format: 'live',
    level: 'beginner',
    owner: 'group:default/payments-team',
    smes: ['user:default/alice-chen'],
    docs: [
      { entityRef: 'component:default/payments-api', path: 'idempotency/' },
    ],
    links: [{ entityRef: 'system:default/payments', relation: 'teaches' }],
  },
  {
    key: 'idempotency',
    kind: 'course',
    title: 'Idempotent APIs',
    summary: 'Safe retries',
    format: 'video',
    level: 'intermediate',
    owner: 'Group:Default/Payments-Team',
    smes: ['user:default/bob-okafor', 'user:default/alice-chen'],
    links: [
      { entityRef: 'component:default/payments-api', relation: 'teaches' },
      { entityRef: 'system:default/payments', relation: 'uses' },
    ],
  },
  // invalid: left out by validation, with a warning
  {
    key: 'bad',
    kind: 'course',
    title: 'Bad',
    summary: 'Has a javascript: URL',
    format: 'video',
    level: 'beginner',
    owner: 'group:default/payments-team',
    // eslint-disable-next-line no-script-url -- the URL the validator must refuse
    urls: [{ url: 'javascript:alert(1)' }],
  },
];

const testProvider = createBackendModule({
  pluginId: 'learning',
  moduleId: 'test-provider',
  register(reg) {
    reg.registerInit({
      deps: { providers: learningProvidersExtensionPoint },
      async init({ providers }) {
        const provider: LearningProvider = {
          getProviderName: () => 'test',
          connect: async connection =>
            connection.applyMutation({ type: 'full', resources: material }),
        };
        providers.addProvider(provider);
      },
    });
  },
});

describe('learning router', () => {
  let server: Awaited<ReturnType<typeof startTestBackend>>['server'];

  beforeAll(async () => {
    const backend = await startTestBackend({
      features: [
        learningPlugin,
        testProvider,
        catalogServiceMock.factory({ entities }),
        mockServices.database.factory(),
      ],
    });
    server = backend.server;
  });

  const user = mockCredentials.user('user:default/alice-chen');

  it('answers /health without credentials', async () => {
    const res = await request(server).get('/api/learning/health');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok' });
  });

  it('refuses other routes without credentials', async () => {
    const res = await request(server)
      .get('/api/learning/resources')
      .set('Authorization', mockCredentials.none.header());
    expect(res.status).toBe(401);
  });

  it('lists the valid provided resources, normalised', async () => {
    const res = await request(server)
      .get('/api/learning/resources')
      .set(
        'Authorization',
        mockCredentials.user.header(user.principal.userEntityRef),
      );
    expect(res.status).toBe(200);
    expect(res.body.totalCount).toBe(2);
    expect(res.body.items.map((i: { title: string }) => i.title)).toEqual([
      'Idempotent APIs',
      'Payments 101',
    ]);
    expect(res.body.items[0].owner).toBe('group:default/payments-team');
  });

  it('answers bad query parameters with 400 naming the field', async () => {
    const auth = mockCredentials.user.header();
    for (const [query, field] of [
      ['kind=bogus', 'kind'],
      ['limit=0', 'limit'],
      ['limit=101', 'limit'],
      ['owner=payments-team', 'owner'],
      ['sme=group:default/x', 'sme'],
      ['cursor=not-a-cursor', 'cursor'],
    ]) {
      const res = await request(server)
        .get(`/api/learning/resources?${query}`)
        .set('Authorization', auth);
      expect({ query, status: res.status }).toEqual({ query, status: 400 });
      expect(res.body.error.message).toContain(field);
    }
  });

  it('gets one resource, or 404', async () => {
    const auth = mockCredentials.user.header();
    const list = await request(server)
      .get('/api/learning/resources?q=payments')
      .set('Authorization', auth);
    const id = list.body.items[0].id;
    const res = await request(server)
      .get(`/api/learning/resources/${id}`)
      .set('Authorization', auth);
    expect(res.status).toBe(200);
    expect(res.body.title).toBe('Payments 101');

    const missing = await request(server)
      .get('/api/learning/resources/nope')
      .set('Authorization', auth);
    expect(missing.status).toBe(404);
  });

  it("summarises an entity with its system's material, SMEs and docs", async () => {
    const res = await request(server)
      .get('/api/learning/entities/component/default/payments-api/summary')
      .set('Authorization', mockCredentials.user.header());
    expect(res.status).toBe(200);
    expect(res.body.entityRef).toBe('component:default/payments-api');
    expect(res.body.systemRef).toBe('system:default/payments');
    expect(
      res.body.items.map((i: any) => [i.resource.title, i.relation, i.via]),
    ).toEqual([
      ['Idempotent APIs', 'teaches', 'entity'],
      ['Payments 101', 'teaches', 'system'],
    ]);
    expect(res.body.smes).toEqual([
      'user:default/alice-chen',
      'user:default/bob-okafor',
    ]);
    expect(res.body.docs).toEqual([
      { entityRef: 'component:default/payments-api', path: 'idempotency/' },
    ]);
  });

  it('summarises an entity without material as empty', async () => {
    const res = await request(server)
      .get('/api/learning/entities/component/default/lonely/summary')
      .set('Authorization', mockCredentials.user.header());
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      entityRef: 'component:default/lonely',
      items: [],
      smes: [],
      docs: [],
      embeds: [],
    });
  });

  it('answers 404 for an entity the catalog does not have', async () => {
    const res = await request(server)
      .get('/api/learning/entities/component/default/ghost/summary')
      .set('Authorization', mockCredentials.user.header());
    expect(res.status).toBe(404);
    expect(res.body.error.message).toContain('component:default/ghost');
  });
});
