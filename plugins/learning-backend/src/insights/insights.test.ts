import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { Knex } from 'knex';
import request from 'supertest';
import {
  as,
  courseBody,
  group,
  people,
  schedulerOfLearning,
  sentNotifications,
  startLearningBackend,
  user,
  withRealScheduler,
} from '../__testUtils__/testBackend';
import { DatabaseInsightsStore } from './DatabaseInsightsStore';
import { InsightsSnapshotter } from './InsightsSnapshotter';
import { mondayOf, addDays } from './weeks';

jest.setTimeout(120_000);

type Server = Parameters<typeof request>[0];

const DAY_MS = 24 * 60 * 60 * 1000;
const SYSTEM = 'system:default/coverage';
const OWNER = 'group:default/coverage-team';

/**
 * A hand-built part of the catalog, in system `coverage`, owned by
 * coverage-team (which asks for the learning-debt digest):
 *
 * | entity            | kind      | lifecycle    | dependents | material |
 * | core-api          | api       | production   | 3          | no       |
 * | core-service      | component | production   | 2          | yes      |
 * | edge-service      | component | production   | 1          | no       |
 * | lab-service       | component | experimental | 1          | no       |
 * | old-service       | component | deprecated   | 0          | no       |
 * | batch-job         | component | production   | 0          | no       |
 *
 * Weighted coverage (production 3, deprecated 0, else 1): 3 of 3 + 3 + 3
 * + 1 + 0 + 3 = 3 / 13.
 */
function entity(
  kind: 'Component' | 'API',
  name: string,
  lifecycle: string,
  dependents: string[],
): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind,
    metadata: { name, namespace: 'default' },
    spec: { type: kind === 'API' ? 'openapi' : 'service', lifecycle },
    relations: [
      { type: 'ownedBy', targetRef: OWNER },
      { type: 'partOf', targetRef: SYSTEM },
      ...dependents.map(d => ({
        type: kind === 'API' ? 'apiConsumedBy' : 'dependencyOf',
        targetRef: `component:default/${d}`,
      })),
    ],
  };
}

const catalog: Entity[] = [
  entity('API', 'core-api', 'production', ['a', 'b', 'c']),
  entity('Component', 'core-service', 'production', ['a', 'b']),
  entity('Component', 'edge-service', 'production', ['a']),
  entity('Component', 'lab-service', 'experimental', ['b']),
  entity('Component', 'old-service', 'deprecated', []),
  entity('Component', 'batch-job', 'production', []),
  {
    ...group('coverage-team', ['olga']),
    metadata: {
      name: 'coverage-team',
      namespace: 'default',
      annotations: { 'tech-learning/debt-digest': 'true' },
    },
  },
  user('nina'),
  user('olga', ['coverage-team']),
];

const nina = as.user('user:default/nina');
const alice = as.user(people.owner.ref);
const carol = as.user(people.unrelated.ref);
const learner = (i: number) => as.user(`user:default/learner-${i}`);

describe.each(TestDatabases.create().eachSupportedId())(
  'the program’s insights on %p',
  databaseId => {
    const databases = TestDatabases.create();
    let knex: Knex;
    let server: Server;
    let stop: () => Promise<void>;

    const get = (path: string, who: Record<string, string> = nina) =>
      request(server).get(`/api/learning${path}`).set(who);
    const put = (path: string, who: Record<string, string>, body = {}) =>
      request(server).put(`/api/learning${path}`).set(who).send(body);
    const post = (path: string, who: Record<string, string>, body = {}) =>
      request(server).post(`/api/learning${path}`).set(who).send(body);

    /** Waits until the buffered counters reached the database. */
    async function counted(
      table: 'learning_entity_views' | 'learning_search_misses',
      where: object,
      total: number,
    ) {
      const column = table === 'learning_entity_views' ? 'views' : 'searches';
      for (let i = 0; i < 60; i++) {
        const rows: Array<Record<string, unknown>> = await knex(table).where(
          where,
        );
        if (rows.reduce((sum, r) => sum + Number(r[column]), 0) >= total) {
          return;
        }
        await new Promise(r => setTimeout(r, 250));
      }
      throw new Error(`${table} never reached ${total}`);
    }

    beforeAll(async () => {
      knex = await databases.init(databaseId);
      const backend = await startLearningBackend({
        knex,
        extraEntities: catalog,
        extraFeatures: withRealScheduler,
        config: {
          learning: {
            permissions: { admins: ['group:default/admins'] },
            // the test's user info knows only `people`' groups
            insights: {
              viewers: ['user:default/nina'],
              schedule: {
                frequency: { trigger: 'manual' },
                timeout: { minutes: 5 },
              },
            },
          },
        },
      });
      server = backend.server;
      stop = () => backend.stop();
    });

    afterAll(async () => {
      await stop?.();
    });

    it('answers 403 to users other than the viewers and admins, on every route', async () => {
      for (const path of [
        '/insights/coverage',
        '/insights/health',
        '/insights/demand',
      ]) {
        expect((await get(path, carol)).status).toBe(403);
        expect((await get(path, alice)).status).toBe(403);
        // other plugins, as Backstage's permission framework trusts them
        expect((await get(path, as.service())).status).toBe(200);
        expect((await get(path, as.none())).status).toBe(401);
        expect((await get(path, nina)).status).toBe(200);
        expect((await get(path, as.user(people.admin.ref))).status).toBe(200);
      }
    });

    it('counts coverage on a hand-built catalog', async () => {
      // an admin links at once (an owner's link would too)
      const course = await post('/resources', as.user(people.admin.ref), {
        ...courseBody,
        owner: OWNER,
        links: [
          { entityRef: 'component:default/core-service', relation: 'teaches' },
          // using it is not teaching it
          { entityRef: 'component:default/batch-job', relation: 'uses' },
        ],
      });
      expect(course.status).toBe(201);

      const res = await get(
        `/insights/coverage?system=${encodeURIComponent(SYSTEM)}`,
      );
      expect(res.status).toBe(200);
      expect(res.body.total).toEqual({
        key: '',
        entities: 6,
        covered: 1,
        production: 4,
        productionCovered: 1,
        weightedCoverage: Math.round((3 / 13) * 1000) / 1000,
      });
      expect(res.body.bySystem).toEqual([
        expect.objectContaining({ key: SYSTEM, entities: 6, covered: 1 }),
      ]);
      expect(res.body.byOwner).toEqual([
        expect.objectContaining({ key: OWNER, entities: 6, covered: 1 }),
      ]);
      // production first, deprecated last
      expect(
        res.body.byLifecycle.map((g: { key: string; entities: number }) => [
          g.key,
          g.entities,
        ]),
      ).toEqual([
        ['production', 4],
        ['experimental', 1],
        ['deprecated', 1],
      ]);
      expect(
        res.body.byLifecycle.find(
          (g: { key: string }) => g.key === 'deprecated',
        ).weightedCoverage,
      ).toBeUndefined();
      expect(res.body.debt.totalItems).toBe(5);
      expect(
        res.body.debt.items.map(
          (i: { entityRef: string; dependents: number }) => [
            i.entityRef,
            i.dependents,
          ],
        ),
      ).toEqual([
        ['api:default/core-api', 3],
        ['component:default/edge-service', 1],
        ['component:default/lab-service', 1],
        ['component:default/batch-job', 0],
        ['component:default/old-service', 0],
      ]);

      // filters
      const apis = await get(
        `/insights/coverage?system=${encodeURIComponent(SYSTEM)}&kind=api`,
      );
      expect(apis.body.total).toMatchObject({ entities: 1, covered: 0 });
      const experimental = await get(
        `/insights/coverage?owner=${encodeURIComponent(
          OWNER,
        )}&lifecycle=Experimental`,
      );
      expect(experimental.body.debt.items).toEqual([
        expect.objectContaining({
          entityRef: 'component:default/lab-service',
          ownerRef: OWNER,
          systemRef: SYSTEM,
          lifecycle: 'experimental',
        }),
      ]);
      expect(
        (await get('/insights/coverage?system=payments-team')).status,
      ).toBe(400);
    });

    it('ranks equally depended-on debt by page views, and pages with a cursor', async () => {
      // lab-service's page is opened twice, edge-service's once
      for (const name of ['lab-service', 'lab-service', 'edge-service']) {
        const viewed = await get(
          `/entities/component/default/${name}/summary?view=true`,
          carol,
        );
        expect(viewed.status).toBe(200);
      }
      // a summary that is not a page view is not counted
      await get('/entities/component/default/edge-service/summary', carol);
      await counted(
        'learning_entity_views',
        { entity_ref: 'component:default/lab-service' },
        2,
      );
      await counted(
        'learning_entity_views',
        { entity_ref: 'component:default/edge-service' },
        1,
      );
      const first = await get(
        `/insights/coverage?system=${encodeURIComponent(SYSTEM)}&limit=2`,
      );
      expect(
        first.body.debt.items.map((i: { entityRef: string }) => i.entityRef),
      ).toEqual(['api:default/core-api', 'component:default/lab-service']);
      expect(first.body.debt.items[1].views).toBe(2);
      const second = await get(
        `/insights/coverage?system=${encodeURIComponent(
          SYSTEM,
        )}&limit=2&cursor=${first.body.debt.nextCursor}`,
      );
      expect(
        second.body.debt.items.map((i: { entityRef: string }) => i.entityRef),
      ).toEqual([
        'component:default/edge-service',
        'component:default/batch-job',
      ]);
      expect((await get('/insights/coverage?cursor=not-a-cursor')).status).toBe(
        400,
      );

      // the pages without material, per entity and never per viewer
      const demand = await get('/insights/demand');
      expect(demand.body.emptyPages).toEqual(
        expect.arrayContaining([
          {
            entityRef: 'component:default/lab-service',
            emptyViews: 2,
            views: 2,
          },
        ]),
      );
      const columns = Object.keys(
        (await knex('learning_entity_views').first()) ?? {},
      );
      expect(columns.sort()).toEqual(
        ['day', 'empty_views', 'entity_ref', 'views'].sort(),
      );
    });

    it('shows a search that found nothing once 5 different people asked it', async () => {
      const search = (who: Record<string, string>, q: string) =>
        get(`/resources?q=${encodeURIComponent(q)}`, who);
      // four people, one of them three times, and one search that found
      // something or was narrowed by a filter (neither counts)
      for (const i of [1, 2, 3, 4, 4, 4]) {
        const res = await search(learner(i), '  Quantum  LEDGER ');
        expect(res.body.items).toEqual([]);
      }
      await get('/resources?q=quantum%20ledger&kind=toolkit', learner(5));
      await search(learner(5), 'payments');
      await counted('learning_search_misses', { query: 'quantum ledger' }, 6);
      const four = await get('/insights/demand');
      expect(four.body.searchMisses).toEqual([]);

      await search(learner(5), 'quantum ledger');
      await counted('learning_search_misses', { query: 'quantum ledger' }, 7);
      const five = await get('/insights/demand');
      expect(five.body.searchMisses).toEqual([
        {
          query: 'quantum ledger',
          searches: 7,
          lastSearched: new Date().toISOString().slice(0, 10),
        },
      ]);
      // once 5 asked, who they were is not kept
      const askers = await knex('learning_search_miss_askers')
        .where({ query: 'quantum ledger' })
        .first();
      expect(askers).toEqual({
        query: 'quantum ledger',
        askers: 5,
        asker_keys: null,
      });
    });

    it('withholds the figures of fewer than 5 people, and shows them from 5', async () => {
      const course = await post('/resources', alice, {
        ...courseBody,
        title: 'Self-paced payments',
        format: 'self-paced',
      });
      const week = mondayOf(Date.now());
      const cell = async () =>
        (await get('/insights/demand?weeks=1')).body.activity.find(
          (a: { week: string; format: string; kind: string }) =>
            a.week === week && a.format === 'self-paced' && a.kind === 'course',
        );
      for (const i of [1, 2, 3, 4]) {
        await put(`/resources/${course.body.id}/enrolment`, learner(i), {
          state: 'completed',
        });
      }
      expect(await cell()).toEqual({
        week,
        format: 'self-paced',
        kind: 'course',
      });
      await put(`/resources/${course.body.id}/enrolment`, learner(5), {
        state: 'in-progress',
        progress: 50,
      });
      expect(await cell()).toEqual({
        week,
        format: 'self-paced',
        kind: 'course',
        enrolments: 5,
      });
      await put(`/resources/${course.body.id}/enrolment`, learner(5), {
        state: 'completed',
      });
      expect(await cell()).toEqual({
        week,
        format: 'self-paced',
        kind: 'course',
        enrolments: 5,
        completions: 5,
      });

      // ratings: the lowest-rated list counts material rated by 5 or more
      for (const i of [1, 2, 3, 4]) {
        await put(`/resources/${course.body.id}/feedback`, learner(i), {
          rating: 2,
          comment: i % 2 ? 'Too slow' : undefined,
        });
      }
      const rated = () =>
        get('/insights/health').then(r =>
          r.body.lowestRated.find(
            (l: { resourceId: string }) => l.resourceId === course.body.id,
          ),
        );
      expect(await rated()).toBeUndefined();
      await put(`/resources/${course.body.id}/feedback`, learner(5), {
        rating: 1,
      });
      expect(await rated()).toEqual({
        resourceId: course.body.id,
        title: 'Self-paced payments',
        averageRating: 1.8,
        ratings: 5,
        comments: 2,
      });
    });

    it('says how long reviews waited once due, and what the SMEs carry', async () => {
      const course = await post('/resources', alice, {
        ...courseBody,
        title: 'Overdue course',
        reviewIntervalDays: 30,
      });
      // due 10 days ago
      await knex('learning_resources')
        .where({ id: course.body.id })
        .update({
          review_due_at: new Date(Date.now() - 10 * DAY_MS).toISOString(),
        });
      const before = (await get('/insights/health')).body;
      expect(before.reviewWaits.waitingNow).toBeGreaterThanOrEqual(1);
      expect(before.reviewWaits.longestWaitingDays).toBeGreaterThanOrEqual(10);
      expect(
        before.smeLoad.find(
          (s: { userRef: string }) => s.userRef === 'user:default/bob',
        ),
      ).toMatchObject({ reviewsDue: 1 });

      expect(
        (await post(`/resources/${course.body.id}/review`, alice)).status,
      ).toBe(200);
      const after = (await get('/insights/health')).body;
      expect(after.reviewWaits).toMatchObject({
        reviews: 1,
        medianDays: 10,
        p90Days: 10,
      });
      const bob = after.smeLoad.find(
        (s: { userRef: string }) => s.userRef === 'user:default/bob',
      );
      expect(bob).toEqual({
        userRef: 'user:default/bob',
        resources: expect.any(Number),
        reviewsDue: 0,
        openQuestions: 0,
        sessions: 0,
      });
      expect(bob.resources).toBeGreaterThanOrEqual(3);
      await post(`/resources/${course.body.id}/discussion`, carol, {
        kind: 'question',
        body: 'Is this still right?',
      });
      const asked = (await get('/insights/health')).body.smeLoad.find(
        (s: { userRef: string }) => s.userRef === 'user:default/bob',
      );
      expect(asked.openQuestions).toBe(1);
      // the current week, live
      const current = after.freshness[after.freshness.length - 1];
      expect(current.week).toBe(mondayOf(Date.now()));
      expect(
        current.fresh + current.due + current.possiblyOutdated + current.broken,
      ).toBe(Number((await knex('learning_resources').count({ n: '*' }))[0].n));
    });

    it('keeps past weeks in daily snapshots, written once, read without replaying history', async () => {
      const store = new DatabaseInsightsStore(knex);
      const lastWeek = addDays(mondayOf(Date.now()), -7);
      const course = await post('/resources', alice, {
        ...courseBody,
        title: 'Last week’s course',
        format: 'video',
        kind: 'toolkit',
      });
      const enrolledAt = `${addDays(lastWeek, 2)}T10:00:00.000Z`;
      for (const i of [1, 2, 3, 4, 5, 6]) {
        await put(`/resources/${course.body.id}/enrolment`, learner(i), {});
      }
      await knex('learning_enrolments')
        .where({ resource_id: course.body.id })
        .update({ enrolled_at: enrolledAt, updated_at: enrolledAt });
      await knex('learning_insight_snapshots')
        .where('day', '=', lastWeek)
        .delete();

      const logger = mockServices.logger.mock();
      const [a, b] = await Promise.all([
        new InsightsSnapshotter({ store, logger }).run(),
        new InsightsSnapshotter({ store, logger }).run(),
      ]);
      // whichever ran first wrote today; the rows are there once
      const today = new Date().toISOString().slice(0, 10);
      const freshness = await knex('learning_insight_snapshots').where({
        day: today,
        metric: 'freshness',
      });
      expect(freshness).toHaveLength(4);
      expect(a.freshness || b.freshness).toBe(true);
      const again = await new InsightsSnapshotter({ store, logger }).run();
      expect(again).toMatchObject({ freshness: false, weeks: 0 });

      const week = async () =>
        (await get('/insights/demand?weeks=2')).body.activity.find(
          (c: { week: string; format: string }) =>
            c.week === lastWeek && c.format === 'video',
        );
      expect(await week()).toEqual({
        week: lastWeek,
        format: 'video',
        kind: 'toolkit',
        enrolments: 6,
      });
      // the enrolments change afterwards; the past week as it was counted
      await knex('learning_enrolments')
        .where({ resource_id: course.body.id })
        .delete();
      expect(await week()).toMatchObject({ enrolments: 6 });
    });

    it('sends the monthly learning-debt digest once to the groups that asked', async () => {
      sentNotifications.length = 0;
      await schedulerOfLearning().triggerTask('learning-insights-daily');
      const digest = async () => {
        for (let i = 0; i < 60; i++) {
          const found = sentNotifications.filter(
            n => n.payload.topic === 'learning:debt-digest',
          );
          if (found.length > 0) return found;
          await new Promise(r => setTimeout(r, 250));
        }
        return [];
      };
      const sent = await digest();
      expect(sent).toHaveLength(1);
      expect(sent[0].recipients).toEqual({
        type: 'entity',
        entityRef: OWNER,
      });
      expect(sent[0].payload.description).toContain(
        'core-api (3 depend on it)',
      );
      expect(sent[0].payload.link).toBe(
        `/learning/new?entity=${encodeURIComponent('api:default/core-api')}`,
      );
      // once a month
      sentNotifications.length = 0;
      await schedulerOfLearning().triggerTask('learning-insights-daily');
      await new Promise(r => setTimeout(r, 1500));
      expect(
        sentNotifications.filter(
          n => n.payload.topic === 'learning:debt-digest',
        ),
      ).toEqual([]);
    });
  },
);
