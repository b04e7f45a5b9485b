import {
  mockServices,
  TestDatabaseId,
  TestDatabases,
} from '@backstage/backend-test-utils';
import fc from 'fast-check';
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
      expect(await titles({ query: '"summary of pay"' })).toEqual([
        'Course pay',
      ]);
      // the text query and the other filters narrow together
      expect(await titles({ query: 'course', kind: 'toolkit' })).toEqual([
        'Course kit',
      ]);
    });

    describe('full-text search', () => {
      async function searchStore() {
        const created = await createStore(databaseId);
        await created.store.replaceProviderResources('p', [
          providedCourse('bootcamp', {
            title: 'Kafka bootcamp',
            summary: 'Three days from topics and partitions to pipelines.',
            format: 'bootcamp',
            tags: ['kafka', 'streaming'],
          }),
          providedCourse('pipeline', {
            title: 'Scaling the event pipeline',
            summary: 'How partitions and consumer groups decide throughput.',
            tags: ['streaming'],
          }),
          providedCourse('ledger', {
            title: 'Double-entry bookkeeping for engineers',
            summary: 'Why every movement is two entries.',
            description: 'The ledger keeps debits and credits balanced.',
            tags: ['ledger', 'accounting'],
          }),
          providedCourse('payments', {
            title: 'Payments 101',
            summary: 'How a card payment reaches the ledger.',
            tags: ['payments-api', 'onboarding'],
          }),
        ]);
        const search = async (
          query: string,
          sort: 'relevance' | 'title' = 'relevance',
        ) =>
          (
            await created.store.listResources({ query }, { sort, limit: 10 })
          ).items.map(i => i.title);
        return { ...created, search };
      }

      it('stems, excludes, matches phrases, alternatives and prefixes', async () => {
        const { search, store } = await searchStore();
        // "partition" finds the summaries that say "partitions"
        expect((await search('partition')).sort()).toEqual([
          'Kafka bootcamp',
          'Scaling the event pipeline',
        ]);
        expect(await search('partitions -bootcamp')).toEqual([
          'Scaling the event pipeline',
        ]);
        // ranked, with the other filters in the same query
        const { items, totalCount } = await store.listResources(
          { query: 'partition', format: 'bootcamp' },
          { sort: 'relevance', limit: 10 },
        );
        expect({ titles: items.map(i => i.title), totalCount }).toEqual({
          titles: ['Kafka bootcamp'],
          totalCount: 1,
        });
        expect(await search('"two entries"')).toEqual([
          'Double-entry bookkeeping for engineers',
        ]);
        expect(await search('"entries two"')).toEqual([]);
        expect((await search('bookkeeping or payment')).sort()).toEqual([
          'Double-entry bookkeeping for engineers',
          'Payments 101',
        ]);
        // as one types: the last word is a prefix
        expect(await search('kaf')).toEqual(['Kafka bootcamp']);
        // a word of parts is a phrase of them
        expect(await search('payments-api')).toEqual(['Payments 101']);
        // the description is searched too
        expect(await search('debits')).toEqual([
          'Double-entry bookkeeping for engineers',
        ]);
        // only exclusions: everything else
        expect((await search('-streaming')).sort()).toEqual([
          'Double-entry bookkeeping for engineers',
          'Payments 101',
        ]);
      });

      it('ranks a match in the title above one in tags, the summary or the description', async () => {
        const { search } = await searchStore();
        // title, then tag and summary, then description
        expect(await search('ledger')).toEqual([
          'Double-entry bookkeeping for engineers',
          'Payments 101',
        ]);
        expect(await search('pipeline')).toEqual([
          'Scaling the event pipeline',
          'Kafka bootcamp',
        ]);
        // another order when asked for
        expect(await search('pipeline', 'title')).toEqual([
          'Kafka bootcamp',
          'Scaling the event pipeline',
        ]);
      });

      it('keeps the index in step with every write, in the same transaction', async () => {
        const { store, search } = await searchStore();
        const [ledger] = (
          await store.listResources(
            { query: 'bookkeeping' },
            { sort: 'title', limit: 1 },
          )
        ).items;
        await store.updateResource(ledger.id, {
          ...ledger,
          title: 'Accounting for engineers',
          tags: ['finance'],
        });
        expect(await search('bookkeeping')).toEqual([]);
        expect(await search('accounting')).toEqual([
          'Accounting for engineers',
        ]);
        expect(await search('finance')).toEqual(['Accounting for engineers']);
        // a sync that changes tags only
        await store.replaceProviderResources('p', [
          providedCourse('bootcamp', {
            title: 'Kafka bootcamp',
            summary: 'Three days from topics and partitions to pipelines.',
            tags: ['events'],
          }),
        ]);
        expect(await search('events')).toEqual(['Kafka bootcamp']);
        expect(await search('streaming')).toEqual([]);
        // removed by the sync: gone from the index
        expect(await search('payments')).toEqual([]);
        await store.deleteResource(ledger.id);
        expect(await search('accounting')).toEqual([]);
        const created = await store.createResource({
          ...ledger,
          title: 'Reconciliation drills',
          tags: ['ledger'],
        });
        expect(await search('reconcil')).toEqual(['Reconciliation drills']);
        expect(await search('ledger')).toEqual(['Reconciliation drills']);
        await store.deleteResource(created.id);
        expect(await search('ledger')).toEqual([]);
      });

      it('answers any query without failing', async () => {
        const { search } = await searchStore();
        for (const query of [
          '',
          '-',
          '"',
          '""',
          'or',
          '- or "',
          '!!! ((( ))) *** &&& |||',
          '"unbalanced quote',
          'NEAR(kafka',
          '"*"',
          'title: kafka',
          "kafka') OR 1=1 --",
          '\\ % _ ^ $ { } [ ] : ; < > ~',
          ')'.repeat(200),
          'the of and',
        ]) {
          const found = await search(query);
          expect({ query, found: Array.isArray(found) }).toEqual({
            query,
            found: true,
          });
        }
        // and any text at all, on each engine
        await fc.assert(
          fc.asyncProperty(fc.string({ maxLength: 200 }), async query => {
            expect(Array.isArray(await search(query))).toBe(true);
          }),
          { numRuns: 200, seed: 20261207 },
        );
        // words among the punctuation are still searched for
        expect(await search('NEAR(kafka')).toEqual([]);
        expect(await search('"*" kafka')).toEqual(['Kafka bootcamp']);
        expect(await search('title: kafka')).toEqual([]);
        expect(await search('kafka: !!!')).toEqual(['Kafka bootcamp']);
      });

      it('pages through relevance order with a cursor, each match once', async () => {
        const { store } = await createStore(databaseId);
        await store.replaceProviderResources(
          'p',
          Array.from({ length: 23 }, (_, i) =>
            providedCourse(`c${i}`, {
              // three levels of relevance, with ties within each
              title: i % 3 === 0 ? `Kafka course ${i}` : `Course ${i}`,
              summary: i % 3 === 1 ? 'About kafka.' : `Summary ${i}`,
            }),
          ),
        );
        const seen: string[] = [];
        let cursor: string | undefined;
        do {
          const page = await store.listResources(
            { query: 'kafka' },
            { sort: 'relevance', limit: 4, cursor },
          );
          expect(page.totalCount).toBe(16);
          seen.push(...page.items.map(i => i.title));
          cursor = page.nextCursor;
        } while (cursor);
        expect(seen).toHaveLength(16);
        expect(new Set(seen).size).toBe(16);
        // title matches first
        expect(seen.slice(0, 8).every(t => t.startsWith('Kafka'))).toBe(true);
      });
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
