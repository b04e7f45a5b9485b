import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import express from 'express';
import { AddressInfo } from 'node:net';
import { Server } from 'node:http';
import { HttpLearningScaffolderApi } from './LearningScaffolderApi';

describe('HttpLearningScaffolderApi', () => {
  let server: Server;
  let baseUrl: string;
  const seen: Array<{ path: string; auth?: string; body: unknown }> = [];

  beforeAll(async () => {
    const app = express();
    app.use(express.json());
    app.post('/api/learning/resources', (req, res) => {
      seen.push({
        path: req.path,
        auth: req.headers.authorization,
        body: req.body,
      });
      if (req.body.title === 'refused') {
        res.status(403).json({
          error: { name: 'NotAllowedError', message: 'You may not create it' },
        });
        return;
      }
      res.status(201).json({ id: 'r-9', ...req.body });
    });
    app.post('/api/learning/resources/:id/links', (req, res) => {
      seen.push({
        path: req.path,
        auth: req.headers.authorization,
        body: req.body,
      });
      const status: Record<string, number> = {
        'component:default/new': 201,
        'component:default/old': 200,
        'component:default/theirs': 202,
      };
      res.status(status[req.body.entityRef]).json({});
    });
    server = await new Promise<Server>(resolve => {
      const s = app.listen(0, () => resolve(s));
    });
    baseUrl = `http://localhost:${(server.address() as AddressInfo).port}/api`;
  });
  afterAll(() => server.close());

  const api = () =>
    new HttpLearningScaffolderApi(
      {
        getBaseUrl: async id => `${baseUrl}/${id}`,
        getExternalBaseUrl: async id => `${baseUrl}/${id}`,
      },
      mockServices.auth(),
    );
  const alice = mockCredentials.user('user:default/alice-chen');

  it('calls the learning backend on behalf of the user', async () => {
    const created = await api().createResource(
      {
        kind: 'course',
        title: 'Ledger',
        summary: 's',
        format: 'video',
        level: 'beginner',
        owner: 'group:default/payments-team',
      },
      alice,
    );
    expect(created.id).toBe('r-9');
    expect(seen[0].auth).toBe(
      mockCredentials.service.header({
        onBehalfOf: alice,
        targetPluginId: 'learning',
      }),
    );
  });

  it('tells a new link, an existing one and a suggestion apart', async () => {
    const outcomes = [];
    for (const name of ['new', 'old', 'theirs']) {
      outcomes.push(
        await api().addLink(
          'r-9',
          { entityRef: `component:default/${name}`, relation: 'teaches' },
          alice,
        ),
      );
    }
    expect(outcomes).toEqual(['linked', 'existed', 'suggested']);
  });

  it('passes on the learning backend’s refusal', async () => {
    await expect(
      api().createResource(
        {
          kind: 'course',
          title: 'refused',
          summary: 's',
          format: 'video',
          level: 'beginner',
          owner: 'group:default/payments-team',
        },
        alice,
      ),
    ).rejects.toThrow(
      'The learning backend refused POST /resources (403): You may not create it',
    );
  });
});
