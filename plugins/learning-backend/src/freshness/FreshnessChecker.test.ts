import {
  mockServices,
  TestDatabaseId,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { NotificationSendOptions } from '@backstage/plugin-notifications-node';
import { ProvidedLearningResource } from '@tech-learning/backstage-plugin-learning-node';
import { providedCourse } from '../__testUtils__/providedCourse';
import { DatabaseResourceStore, StoredResourceFields } from '../resources';
import { getMigratedClient } from '../shared/migrate';
import { DatabaseFreshnessStore } from './DatabaseFreshnessStore';
import { FreshnessChecker } from './FreshnessChecker';
import { FreshnessNotifier } from './FreshnessNotifier';

jest.setTimeout(60_000);

const DAY = 24 * 3_600_000;

function component(name: string, spec: Record<string, unknown> = {}): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name, namespace: 'default', description: 'A service' },
    spec: {
      type: 'service',
      lifecycle: 'production',
      owner: 'group:default/payments-team',
      ...spec,
    },
  };
}

const person = (name: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'User',
  metadata: { name, namespace: 'default' },
  spec: {},
});
const group = (name: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name, namespace: 'default' },
  spec: { type: 'team', children: [] },
});

/**
 * A catalog whose entities a test changes between runs; it answers the two
 * calls the checker makes as the catalog does (nulls for refs it lacks).
 */
class ChangingCatalog {
  readonly entities = new Map<string, Entity>();
  lookups = 0;

  set(...entities: Entity[]) {
    for (const entity of entities) {
      this.entities.set(
        stringifyEntityRef(entity).toLocaleLowerCase('en-US'),
        entity,
      );
    }
  }

  remove(ref: string) {
    this.entities.delete(ref);
  }

  asService(): CatalogService {
    return {
      getEntitiesByRefs: async ({ entityRefs }: { entityRefs: string[] }) => {
        this.lookups += entityRefs.length;
        return {
          items: entityRefs.map(ref => this.entities.get(ref) ?? undefined),
        };
      },
      queryEntities: async () => ({
        items: [],
        totalItems: this.entities.size,
        pageInfo: {},
      }),
    } as unknown as CatalogService;
  }
}

/** Taught by bob; teaches payments-api and uses ledger. */
const course = (
  key: string,
  overrides: Partial<ProvidedLearningResource> = {},
): ProvidedLearningResource =>
  providedCourse(key, {
    tags: [],
    smes: ['user:default/bob'],
    links: [
      { entityRef: 'component:default/payments-api', relation: 'teaches' },
      { entityRef: 'component:default/ledger', relation: 'uses' },
    ],
    ...overrides,
  });

describe('FreshnessChecker', () => {
  const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

  async function setUp(databaseId: TestDatabaseId) {
    const knex = await getMigratedClient(
      mockServices.database({ knex: await databases.init(databaseId) }),
    );
    const store = new DatabaseResourceStore(knex, {
      defaultReviewIntervalDays: 30,
    });
    const catalog = new ChangingCatalog();
    catalog.set(
      component('payments-api'),
      component('ledger'),
      person('bob'),
      group('payments-team'),
    );
    const sent: NotificationSendOptions[] = [];
    let now = new Date();
    const checker = new FreshnessChecker({
      store: new DatabaseFreshnessStore(knex),
      catalog: catalog.asService(),
      auth: mockServices.auth(),
      notifier: new FreshnessNotifier({
        notifications: { send: async o => void sent.push(o) },
        logger: mockServices.logger.mock(),
      }),
      defaultReviewIntervalDays: 30,
      now: () => now,
    });
    const ids = await store.replaceProviderResources('p', [course('a')]);
    expect(ids.created).toBe(1);
    const id = (await store.getProviderResourceIds('p')).get('a')!;
    return {
      knex,
      store,
      catalog,
      checker,
      sent,
      id,
      advance: (days: number) => {
        now = new Date(now.getTime() + days * DAY);
      },
    };
  }

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    it('flags a taught entity that changed, tells the SMEs and owner once, and clears on review', async () => {
      const { store, catalog, checker, sent, id } = await setUp(databaseId);

      // the first run only remembers what the entities look like
      expect(await checker.checkAll()).toMatchObject({
        checked: 1,
        possiblyOutdated: 0,
        broken: 0,
        notified: 0,
      });
      expect((await store.getResource(id))!.freshness.state).toBe('fresh');
      // nothing changed: nothing written
      expect((await checker.checkAll()).changed).toBe(0);

      // a new description changes nothing that matters
      catalog.set({
        ...component('payments-api'),
        metadata: { name: 'payments-api', description: 'Renamed' },
      });
      expect((await checker.checkAll()).possiblyOutdated).toBe(0);

      // an entity it only uses may change freely
      catalog.set(component('ledger', { lifecycle: 'deprecated' }));
      expect((await checker.checkAll()).possiblyOutdated).toBe(0);

      // the API definition and lifecycle of what it teaches
      catalog.set(
        component('payments-api', {
          lifecycle: 'deprecated',
          definition: 'openapi: 3.0.0',
        }),
      );
      const run = await checker.checkAll();
      // one resource, told to its owning group and its SME
      expect(run).toMatchObject({
        possiblyOutdated: 1,
        announced: 1,
        notified: 2,
      });
      const outdated = await store.getResource(id);
      expect(outdated!.freshness).toMatchObject({
        state: 'possibly-outdated',
        changed: [
          {
            entityRef: 'component:default/payments-api',
            aspects: ['lifecycle', 'definition'],
          },
        ],
      });
      expect(sent.map(n => n.recipients)).toEqual([
        { type: 'entity', entityRef: 'group:default/payments-team' },
        { type: 'entity', entityRef: 'user:default/bob' },
      ]);
      expect(sent[1].payload).toMatchObject({
        title: '“Course a” may be out of date',
        link: `/learning/resources/${id}`,
        topic: 'learning-freshness',
        scope: 'review-queue:user:default/bob',
      });
      expect(sent[0].payload.description).toContain(
        'component:default/payments-api (lifecycle, API definition)',
      );

      // told once: the next runs are quiet, and write nothing
      expect(await checker.checkAll()).toMatchObject({
        possiblyOutdated: 1,
        notified: 0,
        changed: 0,
      });
      expect(sent).toHaveLength(2);

      // a review takes the entity as it is now
      expect(await checker.review(id, 'user:default/bob')).toBe(true);
      const reviewed = await store.getResource(id);
      expect(reviewed!.freshness.state).toBe('fresh');
      expect(reviewed!.freshness.changed).toBeUndefined();
      expect(reviewed!.reviewedBy).toBe('user:default/bob');
      expect(Date.now() - Date.parse(reviewed!.reviewedAt!)).toBeLessThan(
        60_000,
      );
      expect(await checker.checkAll()).toMatchObject({
        possiblyOutdated: 0,
        notified: 0,
      });

      // a dependency change is named as such, and told again
      catalog.set({
        ...component('payments-api', {
          lifecycle: 'deprecated',
          definition: 'openapi: 3.0.0',
        }),
        relations: [
          { type: 'dependsOn', targetRef: 'resource:default/payments-db' },
        ],
      });
      await checker.checkAll();
      expect((await store.getResource(id))!.freshness.changed).toEqual([
        {
          entityRef: 'component:default/payments-api',
          aspects: ['dependencies'],
        },
      ]);
      expect(sent).toHaveLength(4);
      expect(await checker.review(id, 'user:default/bob')).toBe(true);
      expect(await checker.review('no-such-id', 'user:default/bob')).toBe(
        false,
      );
    });

    it('marks material broken while its owner, an SME or a linked entity is gone, at two checks in a row', async () => {
      const { store, catalog, checker, sent, id } = await setUp(databaseId);
      await checker.checkAll();

      // away for one check only: nothing to say
      catalog.remove('component:default/payments-api');
      expect(await checker.checkAll()).toMatchObject({
        broken: 0,
        announced: 0,
      });
      expect((await store.getResource(id))!.freshness.state).toBe('fresh');
      // back, and changed while away: its fingerprint was kept
      catalog.set(component('payments-api', { lifecycle: 'experimental' }));
      expect(await checker.checkAll()).toMatchObject({
        broken: 0,
        possiblyOutdated: 1,
      });
      await checker.review(id, 'user:default/bob');
      sent.length = 0;

      catalog.remove('user:default/bob');
      catalog.remove('component:default/ledger');
      expect((await checker.checkAll()).broken).toBe(0);
      expect(await checker.checkAll()).toMatchObject({
        broken: 1,
        announced: 1,
      });
      expect((await store.getResource(id))!.freshness).toMatchObject({
        state: 'broken',
        missing: ['component:default/ledger', 'user:default/bob'],
      });
      expect(sent[0].payload).toMatchObject({
        title: '“Course a” names what is no longer in the catalog',
        severity: 'high',
      });

      // a review does not make it whole, nor tell them again
      await checker.review(id, 'user:default/alice');
      expect((await store.getResource(id))!.freshness.state).toBe('broken');
      expect((await checker.checkAll()).notified).toBe(0);
      // the group (the SME is gone from the catalog, but was told too)
      expect(sent).toHaveLength(2);

      // back in the catalog: fresh again, silently
      catalog.set(person('bob'), component('ledger'));
      expect(await checker.checkAll()).toMatchObject({
        broken: 0,
        notified: 0,
      });
      expect((await store.getResource(id))!.freshness).toEqual({
        state: 'fresh',
        reviewDueAt: expect.any(String),
      });
    });

    it('falls due after its interval, or the default one, and a review moves the date', async () => {
      const { store, checker, sent, id, advance } = await setUp(databaseId);
      const reviewedLongAgo = await store.replaceProviderResources('q', [
        course('b', {
          reviewedAt: new Date(Date.now() - 100 * DAY).toISOString(),
          reviewIntervalDays: 90,
        }),
      ]);
      expect(reviewedLongAgo.created).toBe(1);
      const dueId = (await store.getProviderResourceIds('q')).get('b')!;

      expect(await checker.checkAll()).toMatchObject({ due: 1, announced: 1 });
      expect((await store.getResource(dueId))!.freshness.state).toBe('due');
      expect(sent[0].payload.title).toBe('“Course b” is due for review');
      expect((await checker.checkAll()).notified).toBe(0);

      // the other has no interval: the default 30 days from its creation
      advance(31);
      expect(await checker.checkAll()).toMatchObject({ due: 2, announced: 1 });
      expect(sent[2].payload.title).toBe('“Course a” is due for review');

      await checker.review(dueId, 'user:default/bob');
      const reviewed = await store.getResource(dueId);
      expect(Date.parse(reviewed!.freshness.reviewDueAt!)).toBe(
        Date.parse(reviewed!.reviewedAt!) + 90 * DAY,
      );

      // a provider that knows nothing of the review does not undo it
      await store.replaceProviderResources('q', [
        course('b', {
          title: 'Course b, renamed',
          reviewedAt: new Date(Date.now() - 100 * DAY).toISOString(),
          reviewIntervalDays: 90,
        }),
      ]);
      const synced = await store.getResource(dueId);
      expect(synced!.title).toBe('Course b, renamed');
      expect(synced!.reviewedAt).toBe(reviewed!.reviewedAt);
      expect(synced!.reviewedBy).toBe('user:default/bob');
      expect(synced!.freshness.reviewDueAt).toBe(
        reviewed!.freshness.reviewDueAt,
      );
      expect(id).not.toBe(dueId);
    });

    it('tells each person once per run, however many resources need them', async () => {
      const { store, checker, sent, advance } = await setUp(databaseId);
      await store.replaceProviderResources(
        'many',
        ['c', 'd', 'e', 'f', 'g', 'h'].map(key => course(key)),
      );
      // all seven fall due together
      advance(31);
      expect(await checker.checkAll()).toMatchObject({
        due: 7,
        announced: 7,
        notified: 2,
      });
      expect(sent).toHaveLength(2);
      expect(sent[0].payload).toMatchObject({
        title: '7 learning resources you teach need a review',
        link: '/learning/review',
        scope: 'review-queue:group:default/payments-team',
      });
      expect(sent[0].payload.description).toMatch(
        /^“Course .” \(due for review\), .* and 2 more\. See what to review, and why\.$/,
      );
    });

    it('never saves a check read before a review over that review', async () => {
      const { knex, checker, id } = await setUp(databaseId);
      const freshness = new DatabaseFreshnessStore(knex);
      const before = (await freshness.getCandidate(id))!;
      await checker.review(id, 'user:default/bob');
      const saved = await freshness.saveOutcomes([
        {
          id,
          reviewVersion: before.reviewVersion,
          reviewDueAt: null,
          flag: 'possibly-outdated',
          detail: {},
          notified: 'possibly-outdated',
          fingerprints: [],
        },
      ]);
      expect(saved.size).toBe(0);
      const after = (await freshness.getCandidate(id))!;
      expect(after.flag).toBeUndefined();
      expect(after.reviewVersion).toBe(before.reviewVersion + 1);
      expect(after.fingerprints).toHaveLength(1);
    });

    it('never saves a check read before an edit of the review date, which is nobody’s review', async () => {
      const { knex, store, checker, id } = await setUp(databaseId);
      const freshness = new DatabaseFreshnessStore(knex);
      await checker.review(id, 'user:default/bob');
      const before = (await freshness.getCandidate(id))!;
      const { reviewedAt } = (await store.getResource(id))!;
      const fields: StoredResourceFields = {
        kind: 'course',
        title: 'Course a, edited',
        summary: 'Summary of a',
        format: 'video',
        level: 'beginner',
        owner: 'group:default/payments-team',
        smes: ['user:default/bob'],
        reviewedAt,
      };
      // the same review date kept: still bob's
      await store.updateResource(id, fields);
      expect((await store.getResource(id))!.reviewedBy).toBe(
        'user:default/bob',
      );
      // a new one set by hand: nobody's
      await store.updateResource(id, {
        ...fields,
        reviewedAt: '2026-01-01T00:00:00.000Z',
      });
      const edited = (await store.getResource(id))!;
      expect(edited.reviewedAt).toBe('2026-01-01T00:00:00.000Z');
      expect(edited.reviewedBy).toBeUndefined();
      const saved = await freshness.saveOutcomes([
        {
          id,
          reviewVersion: before.reviewVersion,
          reviewDueAt: null,
          flag: null,
          detail: {},
          notified: null,
          fingerprints: [],
        },
      ]);
      expect(saved.size).toBe(0);
      expect((await store.getResource(id))!.freshness.reviewDueAt).toBe(
        new Date(
          Date.parse('2026-01-01T00:00:00.000Z') + 30 * DAY,
        ).toISOString(),
      );
    });

    it('does nothing while the catalog is empty, and asks it once per entity and run', async () => {
      const { store, catalog, checker, id } = await setUp(databaseId);
      await store.replaceProviderResources('r', [course('c'), course('d')]);
      const all = [...catalog.entities.keys()];
      all.forEach(ref => catalog.remove(ref));
      expect(await checker.checkAll()).toMatchObject({
        checked: 0,
        skipped: 'the catalog has no entities yet',
      });
      expect((await store.getResource(id))!.freshness.state).toBe('fresh');

      catalog.set(
        component('payments-api'),
        component('ledger'),
        person('bob'),
        group('payments-team'),
      );
      catalog.lookups = 0;
      expect((await checker.checkAll()).checked).toBe(3);
      // 3 resources naming the same 4 refs
      expect(catalog.lookups).toBe(4);
    });
  });
});
