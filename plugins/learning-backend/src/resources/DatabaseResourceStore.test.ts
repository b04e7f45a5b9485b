import {
  mockServices,
  TestDatabaseId,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { providedCourse } from '../__testUtils__/providedCourse';
import { getMigratedClient } from '../shared/migrate';
import { DEFAULT_REVIEW_INTERVAL_DAYS } from './createResources';
import { DatabaseResourceStore } from './DatabaseResourceStore';

jest.setTimeout(60_000);

describe('DatabaseResourceStore', () => {
  const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

  async function createStore(databaseId: TestDatabaseId) {
    const knex = await databases.init(databaseId);
    const store = new DatabaseResourceStore(
      await getMigratedClient(mockServices.database({ knex })),
      { defaultReviewIntervalDays: DEFAULT_REVIEW_INTERVAL_DAYS },
    );
    return { knex, store };
  }

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    it('syncs a provider idempotently: create, unchanged, update, delete', async () => {
      const { store, knex } = await createStore(databaseId);

      expect(
        await store.replaceProviderResources('p', [
          providedCourse('a'),
          providedCourse('b'),
        ]),
      ).toEqual({ created: 2, updated: 0, deleted: 0, unchanged: 0 });

      expect(
        await store.replaceProviderResources('p', [
          providedCourse('a'),
          providedCourse('b'),
        ]),
      ).toEqual({ created: 0, updated: 0, deleted: 0, unchanged: 2 });

      expect(
        await store.replaceProviderResources('p', [
          providedCourse('a', { title: 'Renamed', tags: ['x', 'y'] }),
        ]),
      ).toEqual({ created: 0, updated: 1, deleted: 1, unchanged: 0 });

      const page = await store.listResources({}, { sort: 'title', limit: 10 });
      expect(page.totalCount).toBe(1);
      expect(page.items[0]).toMatchObject({
        title: 'Renamed',
        tags: ['x', 'y'],
        smes: ['user:default/alice-chen'],
        source: { type: 'provider', provider: 'p' },
      });
      // the deleted resource's children went with it
      const [{ count }] = await knex('learning_resource_links').count({
        count: '*',
      });
      expect(Number(count)).toBe(1);
    });

    it('leaves other providers alone and refuses duplicate keys', async () => {
      const { store } = await createStore(databaseId);
      await store.replaceProviderResources('one', [providedCourse('a')]);
      await store.replaceProviderResources('two', [providedCourse('a')]);
      await expect(
        store.replaceProviderResources('one', [
          providedCourse('b'),
          providedCourse('b'),
        ]),
      ).rejects.toThrow("delivered the key 'b' twice");
      const page = await store.listResources({}, { sort: 'title', limit: 10 });
      expect(page.items.map(i => i.source.provider).sort()).toEqual([
        'one',
        'two',
      ]);
    });

    it('rolls back a sync that fails half-way', async () => {
      const { store } = await createStore(databaseId);
      await store.replaceProviderResources('p', [providedCourse('a')]);
      await expect(
        store.replaceProviderResources('p', [
          providedCourse('b'),
          providedCourse('path', { kind: 'path', steps: ['missing'] }),
        ]),
      ).rejects.toThrow("has the step 'missing'");
      const page = await store.listResources({}, { sort: 'title', limit: 10 });
      expect(page.items.map(i => i.title)).toEqual(['Course a']);
    });

    it('stores path steps in order', async () => {
      const { store } = await createStore(databaseId);
      await store.replaceProviderResources('p', [
        providedCourse('a'),
        providedCourse('b'),
        providedCourse('path', { kind: 'path', steps: ['b', 'a'] }),
      ]);
      const page = await store.listResources(
        { kind: 'path' },
        { sort: 'title', limit: 10 },
      );
      const all = await store.listResources({}, { sort: 'title', limit: 10 });
      const idOf = (title: string) =>
        all.items.find(i => i.title === title)!.id;
      expect(page.items[0].steps).toEqual([idOf('Course b'), idOf('Course a')]);
    });

    it('finds the paths with a step linked to an entity', async () => {
      const { store } = await createStore(databaseId);
      const elsewhere = [
        { entityRef: 'component:default/auth-gateway', relation: 'teaches' },
      ] as const;
      await store.replaceProviderResources('p', [
        providedCourse('a'),
        providedCourse('b', { links: [...elsewhere] }),
        // linked to the entity itself, with no step that is: not included
        providedCourse('linked', { kind: 'path', steps: ['b'] }),
        providedCourse('via-a', { kind: 'path', steps: ['b', 'a'], links: [] }),
        providedCourse('via-b', { kind: 'path', steps: ['b'], links: [] }),
      ]);
      const titles = async (stepEntityRef: string) =>
        (
          await store.listResources(
            { stepEntityRef },
            { sort: 'title', limit: 10 },
          )
        ).items.map(i => i.title);
      expect(await titles('component:default/payments-api')).toEqual([
        'Course via-a',
      ]);
      expect(await titles('component:default/auth-gateway')).toEqual([
        'Course linked',
        'Course via-a',
        'Course via-b',
      ]);
      expect(await titles('component:default/nothing')).toEqual([]);
    });

    it('filters by kind, tag, entity, owner, SME and text', async () => {
      const { store } = await createStore(databaseId);
      await store.replaceProviderResources('p', [
        providedCourse('k8s', {
          title: 'Kubernetes 100%',
          tags: ['k8s'],
          owner: 'group:default/platform-team',
          smes: ['user:default/hiro-tanaka'],
          links: [
            {
              entityRef: 'component:default/backstage-portal',
              relation: 'uses',
            },
          ],
        }),
        providedCourse('pay'),
        providedCourse('kit', {
          kind: 'toolkit',
          format: 'reading',
          level: 'advanced',
        }),
      ]);
      const titles = async (filter: object) =>
        (await store.listResources(filter, { sort: 'title', limit: 10 })).items
          .map(i => i.title)
          .sort();

      expect(await titles({ kind: 'toolkit' })).toEqual(['Course kit']);
      expect(await titles({ format: 'reading' })).toEqual(['Course kit']);
      expect(await titles({ level: 'advanced' })).toEqual(['Course kit']);
      expect(await titles({ tag: 'k8s' })).toEqual(['Kubernetes 100%']);
      expect(
        await titles({ entityRef: 'component:default/backstage-portal' }),
      ).toEqual(['Kubernetes 100%']);
      expect(await titles({ owner: 'group:default/platform-team' })).toEqual([
        'Kubernetes 100%',
      ]);
      expect(await titles({ sme: 'user:default/hiro-tanaka' })).toEqual([
        'Kubernetes 100%',
      ]);
      expect(await titles({ query: 'KUBERNETES' })).toEqual([
        'Kubernetes 100%',
      ]);
      // % is matched literally, not as a wildcard
      expect(await titles({ query: '100%' })).toEqual(['Kubernetes 100%']);
      expect(await titles({ query: 's 1%' })).toEqual([]);
      expect(await titles({ query: 'summary of pay' })).toEqual(['Course pay']);
    });

    it.each(['title', 'updated'] as const)(
      'pages through every resource once with a cursor, sorted by %s',
      async sort => {
        const { store } = await createStore(databaseId);
        const keys = Array.from({ length: 23 }, (_, i) => `c${i}`);
        // same title for several, so the id breaks ties
        await store.replaceProviderResources(
          'p',
          keys.map((k, i) => providedCourse(k, { title: `Course ${i % 5}` })),
        );
        const seen: string[] = [];
        let cursor: string | undefined;
        let pages = 0;
        do {
          const page = await store.listResources(
            {},
            { sort, limit: 5, cursor },
          );
          expect(page.totalCount).toBe(23);
          seen.push(...page.items.map(i => i.id));
          cursor = page.nextCursor;
          pages += 1;
        } while (cursor);
        expect(pages).toBe(5);
        expect(seen).toHaveLength(23);
        expect(new Set(seen).size).toBe(23);
      },
    );

    it('refuses a cursor made for another sort', async () => {
      const { store } = await createStore(databaseId);
      await store.replaceProviderResources('p', [
        providedCourse('a'),
        providedCourse('b'),
      ]);
      const page = await store.listResources({}, { sort: 'title', limit: 1 });
      await expect(
        store.listResources(
          {},
          { sort: 'updated', limit: 1, cursor: page.nextCursor },
        ),
      ).rejects.toThrow("cursor was made for sort 'title'");
    });

    it('finds the resources linked to entities, with the link', async () => {
      const { store } = await createStore(databaseId);
      await store.replaceProviderResources('p', [
        providedCourse('a', {
          links: [
            { entityRef: 'system:default/payments', relation: 'teaches' },
            { entityRef: 'component:default/payments-api', relation: 'uses' },
          ],
        }),
        providedCourse('b', {
          links: [
            { entityRef: 'component:default/other', relation: 'teaches' },
          ],
        }),
      ]);
      const linked = await store.getResourcesLinkedTo([
        'component:default/payments-api',
        'system:default/payments',
      ]);
      expect(
        linked.map(l => [l.resource.title, l.entityRef, l.relation]).sort(),
      ).toEqual([
        ['Course a', 'component:default/payments-api', 'uses'],
        ['Course a', 'system:default/payments', 'teaches'],
      ]);
      expect(await store.getResourcesLinkedTo([])).toEqual([]);
      expect(await store.getResource('no-such-id')).toBeUndefined();
    });
  });
});
