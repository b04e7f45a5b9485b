import { createHash } from 'node:crypto';
import http from 'node:http';
import { AddressInfo } from 'node:net';
import {
  mockServices,
  TestDatabaseId,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { UrlReaders } from '@backstage/backend-defaults/urlReader';
import { Entity } from '@backstage/catalog-model';
import { ConfigReader } from '@backstage/config';
import { ScmIntegrations } from '@backstage/integration';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { DatabaseEmbedStore } from '../embeds';
import {
  DatabaseResourceStore,
  DEFAULT_REVIEW_INTERVAL_DAYS,
} from '../resources';
import { getMigratedClient } from '../shared/migrate';
import { DatabaseSourceStore } from './DatabaseSourceStore';
import { LearningSourceSync, providerOf } from './LearningSourceSync';
import { sourceId } from './discoverSources';

jest.setTimeout(120_000);

/** Files served over HTTP on loopback, with ETags, counting what it sent. */
async function fileServer() {
  const files = new Map<string, string>();
  const served: Array<{ path: string; status: number }> = [];
  const server = http.createServer((req, res) => {
    const path = req.url ?? '/';
    const body = files.get(path);
    let status = 200;
    if (body === undefined) {
      status = 404;
      res.writeHead(404).end('not found');
    } else {
      const etag = `"${createHash('sha1').update(body).digest('hex')}"`;
      if (req.headers['if-none-match'] === etag) {
        status = 304;
        res.writeHead(304, { etag }).end();
      } else {
        res.writeHead(200, { etag, 'content-type': 'text/yaml' }).end(body);
      }
    }
    served.push({ path, status });
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    files,
    served,
    base: `http://localhost:${port}`,
    host: `localhost:${port}`,
    close: () => new Promise(resolve => server.close(resolve)),
  };
}

const org: Entity[] = [
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name: 'payments-team', namespace: 'default' },
    spec: { type: 'team', children: [] },
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'User',
    metadata: { name: 'alice-chen', namespace: 'default' },
    spec: { memberOf: ['payments-team'] },
  },
];

const course = (name: string, title: string) => `
apiVersion: tech-learning/v1alpha1
kind: Course
metadata:
  name: ${name}
  title: ${title}
  description: About ${title}
spec:
  format: video
  level: beginner
  owner: payments-team
  smes: [alice-chen]
  links:
    - entityRef: component:ledger-service
`;

const embed = `
apiVersion: tech-learning/v1alpha1
kind: Embed
metadata:
  name: ledger-stint
  title: Two weeks on the ledger
  description: Post entries with the team.
spec:
  host: payments-team
  links: [{ entityRef: component:ledger-service }]
  durationWeeks: 2
  seats: 1
`;

describe('LearningSourceSync', () => {
  const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

  async function setup(databaseId: TestDatabaseId) {
    const knex = await databases.init(databaseId);
    const db = await getMigratedClient({ getClient: async () => knex });
    const server = await fileServer();
    const config = new ConfigReader({
      backend: { reading: { allow: [{ host: server.host }] } },
    });
    const stores = {
      sources: new DatabaseSourceStore(db),
      store: new DatabaseResourceStore(db, {
        defaultReviewIntervalDays: DEFAULT_REVIEW_INTERVAL_DAYS,
      }),
      embeds: new DatabaseEmbedStore(db),
    };
    const ledger = (annotations: Record<string, string>): Entity => ({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: { name: 'ledger-service', namespace: 'default', annotations },
      spec: { type: 'service', owner: 'payments-team' },
    });
    const onChange = jest.fn(async () => {});
    const syncWith = (entities: Entity[], configured: string[] = []) =>
      new LearningSourceSync({
        ...stores,
        reader: UrlReaders.default({
          config,
          logger: mockServices.logger.mock(),
        }),
        catalog: catalogServiceMock({ entities: [...org, ...entities] }),
        auth: mockServices.auth(),
        integrations: ScmIntegrations.fromConfig(config),
        configured,
        logger: mockServices.logger.mock(),
        onChange,
      });
    const titles = async () =>
      (
        await stores.store.listResources({}, { sort: 'title', limit: 100 })
      ).items.map(r => r.title);
    return { server, stores, ledger, syncWith, titles, onChange };
  }

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    it('syncs what an entity names, and costs one conditional request when nothing changed', async () => {
      const s = await setup(databaseId);
      try {
        s.server.files.set(
          '/repo/learning.yaml',
          `${course('ledger-basics', 'Ledger basics')}---${embed}`,
        );
        // named relative to the entity's source location
        const entities = [
          s.ledger({
            'backstage.io/source-location': `url:${s.server.base}/repo/`,
            'tech-learning/material': './learning.yaml',
          }),
        ];
        // material authored in the UI, linked to the same component
        await s.stores.store.createResource(
          {
            kind: 'toolkit',
            title: 'Authored in the UI',
            summary: 'Not from a file',
            format: 'reading',
            level: 'beginner',
            language: 'en',
            tags: [],
            urls: [],
            owner: 'group:default/payments-team',
            smes: [],
            docs: [],
            steps: [],
            links: [
              {
                entityRef: 'component:default/ledger-service',
                relation: 'teaches',
              },
            ],
          },
          'user:default/alice-chen',
        );

        const first = await s.syncWith(entities).syncAll();
        expect(first).toEqual({
          sources: 1,
          changed: 1,
          unchanged: 0,
          failed: 0,
          removed: 0,
        });
        expect(await s.titles()).toEqual([
          'Authored in the UI',
          'Ledger basics',
        ]);
        const [synced] = (
          await s.stores.store.listResources(
            { query: 'ledger basics' },
            { sort: 'title', limit: 10 },
          )
        ).items;
        const target = `${s.server.base}/repo/learning.yaml`;
        expect(synced).toMatchObject({
          owner: 'group:default/payments-team',
          smes: ['user:default/alice-chen'],
          links: [
            {
              entityRef: 'component:default/ledger-service',
              relation: 'teaches',
            },
          ],
          source: {
            type: 'provider',
            provider: providerOf(sourceId(target)),
            location: target,
          },
        });
        const embeds = await s.stores.embeds.listEmbeds(
          {},
          { sort: 'title', limit: 10 },
        );
        expect(embeds.items.map(e => [e.title, e.host])).toEqual([
          ['Two weeks on the ledger', 'group:default/payments-team'],
        ]);
        expect(await s.stores.sources.listSources()).toEqual([
          expect.objectContaining({
            target,
            entityRef: 'component:default/ledger-service',
            documentCount: 2,
            errors: [],
          }),
        ]);

        // the second run: the server answers 304, nothing is written
        s.server.served.length = 0;
        s.onChange.mockClear();
        expect(await s.syncWith(entities).syncAll()).toMatchObject({
          changed: 0,
          unchanged: 1,
        });
        expect(s.server.served).toEqual([
          { path: '/repo/learning.yaml', status: 304 },
        ]);
        expect(s.onChange).not.toHaveBeenCalled();

        // a changed file: one document changed, one removed, one new
        s.server.files.set(
          '/repo/learning.yaml',
          `${course('ledger-basics', 'Ledger basics, revised')}---${course(
            'ledger-advanced',
            'Ledger, advanced',
          )}`,
        );
        expect(await s.syncWith(entities).syncAll()).toMatchObject({
          changed: 1,
        });
        expect(await s.titles()).toEqual([
          'Authored in the UI',
          'Ledger basics, revised',
          'Ledger, advanced',
        ]);
        expect(
          (await s.stores.embeds.listEmbeds({}, { sort: 'title', limit: 10 }))
            .items,
        ).toEqual([]);
        expect(s.onChange).toHaveBeenCalledTimes(1);

        // the annotation goes: so does what the file declared, and nothing else
        expect(await s.syncWith([s.ledger({})]).syncAll()).toMatchObject({
          sources: 0,
          removed: 1,
        });
        expect(await s.titles()).toEqual(['Authored in the UI']);
        expect(await s.stores.sources.listSources()).toEqual([]);
      } finally {
        await s.server.close();
      }
    });

    it('changes nothing for a broken file, says why, and reads it again in full', async () => {
      const s = await setup(databaseId);
      try {
        const target = `${s.server.base}/learning.yaml`;
        s.server.files.set(
          '/learning.yaml',
          course('ledger-basics', 'Ledger basics'),
        );
        const entities = [s.ledger({ 'tech-learning/material': target })];
        await s.syncWith(entities).syncAll();
        expect(await s.titles()).toEqual(['Ledger basics']);

        const brokenWith = async (text: string) => {
          s.server.files.set('/learning.yaml', text);
          expect(await s.syncWith(entities).syncAll()).toMatchObject({
            failed: 1,
          });
          expect(await s.titles()).toEqual(['Ledger basics']);
          const [source] = await s.stores.sources.listSources({
            entityRef: 'component:default/ledger-service',
          });
          return source.errors;
        };
        expect(await brokenWith('kind: [Course\n')).toEqual([
          expect.stringMatching(/^document 1: not valid YAML/),
        ]);
        expect(
          await brokenWith(
            course('ledger-basics', 'Renamed').replace('video', 'vhs'),
          ),
        ).toEqual([
          expect.stringMatching(/^document 1: spec.format: must be one of/),
        ]);
        expect(
          await brokenWith(
            course('ledger-basics', 'Renamed').replace(
              'owner: payments-team',
              'owner: ghost-team',
            ),
          ),
        ).toEqual([
          'course:ledger-basics spec.owner: group:default/ghost-team is not in the catalog, or you may not see it',
        ]);

        // unchanged but broken: read in full, not by ETag, and fixed once
        // the file is
        s.server.served.length = 0;
        await s.syncWith(entities).syncAll();
        expect(s.server.served.map(r => r.status)).toEqual([200]);
        s.server.files.set('/learning.yaml', course('ledger-basics', 'Fixed'));
        expect(await s.syncWith(entities).syncAll()).toMatchObject({
          changed: 1,
          failed: 0,
        });
        expect(await s.titles()).toEqual(['Fixed']);
        const [source] = await s.stores.sources.listSources();
        expect(source.errors).toEqual([]);
      } finally {
        await s.server.close();
      }
    });

    it('never fetches a URL outside the reading allow list, nor a file it cannot resolve', async () => {
      const s = await setup(databaseId);
      try {
        s.server.files.set('/learning.yaml', course('x', 'X'));
        // the same server, by a host the allow list does not name
        const outside = s.server.base.replace('localhost', '127.0.0.1');
        const report = await s
          .syncWith(
            [
              // a relative path without a URL location to resolve it against
              s.ledger({ 'tech-learning/material': './learning.yaml' }),
            ],
            [`${outside}/learning.yaml`],
          )
          .syncAll();
        expect(report).toMatchObject({ sources: 2, failed: 2, changed: 0 });
        expect(s.server.served).toEqual([]);
        const errors = (await s.stores.sources.listSources()).flatMap(
          source => source.errors,
        );
        expect(errors).toEqual(
          expect.arrayContaining([
            expect.stringMatching(
              /^could not be read: Reading from '.*' is not allowed\..*backend\.reading\.allow/,
            ),
            expect.stringMatching(
              /^tech-learning\/material: '.\/learning.yaml' is relative, but the entity has no URL location/,
            ),
          ]),
        );
        expect(await s.titles()).toEqual([]);
      } finally {
        await s.server.close();
      }
    });
  });
});
