import http from 'node:http';
import { AddressInfo } from 'node:net';
import { TestDatabases } from '@backstage/backend-test-utils';
import request from 'supertest';
import { as, people, startLearningBackend } from '../__testUtils__/testBackend';

jest.setTimeout(120_000);

type Server = Parameters<typeof request>[0];

const course = (title: string) => `
apiVersion: tech-learning/v1alpha1
kind: Course
metadata:
  name: ledger-yaml
  title: ${title}
  description: Declared beside the code.
spec:
  format: reading
  level: beginner
  owner: payments-team
  links: [{ entityRef: component:payments-api }]
`;

describe('learning YAML routes', () => {
  const databases = TestDatabases.create({ ids: ['SQLITE_3'] });
  const files = new Map<string, string>();
  let files_server: http.Server;
  let server: Server;
  let base: string;
  const alice = as.user(people.owner.ref);
  const api = '/api/learning';

  beforeAll(async () => {
    files_server = http.createServer((req, res) => {
      const body = files.get(req.url ?? '');
      if (body === undefined) res.writeHead(404).end();
      else res.writeHead(200).end(body);
    });
    await new Promise<void>(resolve =>
      files_server.listen(0, '127.0.0.1', resolve),
    );
    const { port } = files_server.address() as AddressInfo;
    base = `http://localhost:${port}`;
    files.set('/payments/learning.yaml', course('Ledger from YAML'));
    files.set('/shared/broken.yaml', 'kind: [Course\n');
    const knex = await databases.init('SQLITE_3');
    server = (
      await startLearningBackend({
        knex,
        extraEntities: [
          {
            apiVersion: 'backstage.io/v1alpha1',
            kind: 'Component',
            metadata: {
              name: 'ledger',
              namespace: 'default',
              annotations: {
                'tech-learning/material': `${base}/payments/learning.yaml`,
              },
            },
            spec: { type: 'service', owner: 'group:default/payments-team' },
            relations: [
              { type: 'ownedBy', targetRef: 'group:default/payments-team' },
            ],
          },
        ],
        config: {
          backend: { reading: { allow: [{ host: `localhost:${port}` }] } },
          learning: {
            permissions: { admins: ['group:default/admins'] },
            sources: { locations: [{ target: `${base}/shared/broken.yaml` }] },
          },
        },
      })
    ).server;
  });

  afterAll(() => new Promise(resolve => files_server.close(resolve)));

  it('reads the files when an owner asks, and shows each file’s state to those who should fix it', async () => {
    const ledger = 'component:default/ledger';
    const refresh = await request(server)
      .post(`${api}/sources/refresh`)
      .query({ entityRef: ledger })
      .set(alice);
    expect(refresh.status).toBe(202);

    // the material is there, read-only, linked to its source
    const listed = await request(server)
      .get(`${api}/resources`)
      .query({ entityRef: 'component:default/payments-api' })
      .set(alice);
    const fromYaml = listed.body.items.find(
      (r: { title: string }) => r.title === 'Ledger from YAML',
    );
    expect(fromYaml.source).toMatchObject({
      type: 'provider',
      location: `${base}/payments/learning.yaml`,
    });

    // the entity's owners see its file; others do not
    const mine = await request(server)
      .get(`${api}/sources`)
      .query({ entityRef: ledger })
      .set(alice);
    expect(mine.body).toEqual({
      items: [
        {
          target: `${base}/payments/learning.yaml`,
          entityRef: ledger,
          documentCount: 1,
          errors: [],
          checkedAt: expect.any(String),
          changedAt: expect.any(String),
        },
      ],
    });
    const carol = as.user(people.unrelated.ref);
    expect(
      (
        await request(server)
          .get(`${api}/sources`)
          .query({ entityRef: ledger })
          .set(carol)
      ).status,
    ).toBe(403);
    expect(
      (await request(server).get(`${api}/sources`).set(alice)).status,
    ).toBe(403);
    expect((await request(server).get(`${api}/sources`)).status).toBe(401);

    // admins see every file, the broken one of app-config with its errors
    const all = await request(server)
      .get(`${api}/sources`)
      .set(as.user(people.admin.ref));
    expect(all.body.items).toEqual([
      expect.objectContaining({ target: `${base}/payments/learning.yaml` }),
      expect.objectContaining({
        target: `${base}/shared/broken.yaml`,
        errors: [expect.stringMatching(/^document 1: not valid YAML/)],
      }),
    ]);
    expect(all.body.items[1].entityRef).toBeUndefined();

    // a change to the file shows after the next read
    files.set('/payments/learning.yaml', course('Ledger from YAML, revised'));
    await request(server)
      .post(`${api}/sources/refresh`)
      .query({ entityRef: ledger })
      .set(alice);
    const summary = await request(server)
      .get(`${api}/entities/component/default/payments-api/summary`)
      .set(alice);
    expect(
      summary.body.items.map(
        (i: { resource: { title: string } }) => i.resource.title,
      ),
    ).toContain('Ledger from YAML, revised');
  });
});
