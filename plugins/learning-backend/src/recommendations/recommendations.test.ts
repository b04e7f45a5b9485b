import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  AuthorizeResult,
  isPermission,
} from '@backstage/plugin-permission-common';
import {
  learningResourceReadPermission,
  LearningSuggestionPage,
} from '@tech-learning/backstage-plugin-learning-common';
import { Knex } from 'knex';
import request from 'supertest';
import {
  createLearningResourceConditionalDecision,
  learningResourceConditions,
} from '../resources';
import {
  as,
  courseBody,
  group,
  people,
  startLearningBackend,
  user,
} from '../__testUtils__/testBackend';
import { DatabaseRecommendationStore } from './DatabaseRecommendationStore';
import { ModelBuilder } from './ModelBuilder';

jest.setTimeout(120_000);

const learners = ['l1', 'l2', 'l3', 'l4', 'l5'].map(n => `user:default/${n}`);
const viewer = 'user:default/vera';
/** Reads only payments-team's material, by a condition applied in SQL. */
const restricted = 'user:default/rita';

const extraEntities = [
  ...['l1', 'l2', 'l3', 'l4', 'l5'].map(n => user(n, ['learning-guild'])),
  user('vera', ['learning-guild']),
  user('rita'),
  group('learning-guild', ['l1', 'l2', 'l3', 'l4', 'l5', 'vera']),
];

describe.each(TestDatabases.create().eachSupportedId())(
  'recommendations on %p',
  databaseId => {
    const databases = TestDatabases.create();
    let knex: Knex;
    let server: Awaited<ReturnType<typeof startLearningBackend>>['server'];
    let stop: () => Promise<void>;

    beforeAll(async () => {
      knex = await databases.init(databaseId);
      const backend = await startLearningBackend({
        knex,
        extraEntities,
        // the model is built by the test, below, not by the schedule
        config: {
          learning: {
            permissions: { admins: ['group:default/admins'] },
            recommendations: {
              schedule: {
                frequency: { trigger: 'manual' },
                timeout: { minutes: 5 },
              },
            },
          },
        },
        async policy(req, policyUser) {
          if (
            policyUser?.info.userEntityRef === restricted &&
            isPermission(req.permission, learningResourceReadPermission)
          ) {
            return createLearningResourceConditionalDecision(
              req.permission,
              learningResourceConditions.isOwner({
                claims: ['group:default/payments-team'],
              }),
            );
          }
          return policyUser?.info.userEntityRef === restricted
            ? { result: AuthorizeResult.ALLOW }
            : undefined;
        },
      });
      server = backend.server;
      stop = () => backend.stop();
    });

    afterAll(async () => {
      await stop();
    });

    const create = async (body: object, who = people.owner.ref) => {
      const res = await request(server)
        .post('/api/learning/resources')
        .set(as.user(who))
        .send({ ...courseBody, links: [], ...body });
      expect(res.status).toBe(201);
      return res.body.id as string;
    };
    const complete = async (who: string, id: string) => {
      const res = await request(server)
        .put(`/api/learning/resources/${id}/enrolment`)
        .set(as.user(who))
        .send({ state: 'completed' });
      expect(res.status).toBeLessThan(300);
    };
    const build = () =>
      new ModelBuilder({
        store: new DatabaseRecommendationStore(knex),
        catalog: catalogServiceMock({
          entities: [...extraEntities, group('payments-team', ['alice'])],
        }),
        auth: mockServices.auth(),
        logger: mockServices.logger.mock(),
      }).build();
    const suggestionsOf = async (who: string) => {
      const res = await request(server)
        .get('/api/learning/me/recommendations')
        .set(as.user(who));
      expect(res.status).toBe(200);
      return res.body as LearningSuggestionPage;
    };

    it('suggests with reasons, from 5 co-learners on, never what was dismissed or may not be read', async () => {
      const basics = await create({ title: 'Payments 101' });
      const ledger = await create({ title: 'Ledger deep dive' });
      const tokens = await create(
        {
          title: 'Tokens at the gateway',
          owner: 'group:default/identity-team',
          smes: [],
        },
        people.entityOwner.ref,
      );
      const ownPage = await create({
        title: 'Payments API on call',
        links: [
          { entityRef: 'component:default/payments-api', relation: 'teaches' },
        ],
      });

      // 4 learners took basics and ledger, and tokens
      for (const who of learners.slice(0, 4)) {
        for (const id of [basics, ledger, tokens]) {
          await complete(who, id);
        }
      }
      await complete(viewer, basics);
      await complete(restricted, basics);
      expect((await build()).pairs).toBe(0);
      const withFour = await suggestionsOf(viewer);
      for (const item of withFour.items) {
        expect(item.reasons.map(r => r.type)).not.toContain('also-taken');
        expect(
          item.reasons.some(r => r.learners !== undefined && r.learners < 5),
        ).toBe(false);
      }
      expect(JSON.stringify(withFour)).not.toMatch(/also (took|completed)/);

      // the fifth makes the pair count
      for (const id of [basics, ledger, tokens]) {
        await complete(learners[4], id);
      }
      const built = await build();
      expect(built.generation).toBeGreaterThan(0);
      expect(built.pairs).toBeGreaterThan(0);
      // nothing changed: the next build is skipped
      expect((await build()).skipped).toBeDefined();

      const withFive = await suggestionsOf(viewer);
      expect(withFive.newcomer).toBe(false);
      const ledgerItem = withFive.items.find(i => i.resource.id === ledger);
      expect(ledgerItem?.reasons).toContainEqual(
        expect.objectContaining({
          type: 'also-taken',
          resourceId: basics,
          learners: 5,
          message: 'Learners who completed Payments 101 also completed this',
        }),
      );
      // completed material is never suggested
      expect(withFive.items.map(i => i.resource.id)).not.toContain(basics);
      // what the learning guild learns, 5 of its 6 members
      expect(
        withFive.items
          .flatMap(i => i.reasons)
          .some(
            r =>
              r.type === 'group' && r.message === 'Popular in learning-guild',
          ),
      ).toBe(true);

      // a conditional policy: identity-team's material is never suggested
      const limited = await suggestionsOf(restricted);
      expect(limited.items.map(i => i.resource.id)).toContain(ledger);
      expect(limited.items.map(i => i.resource.id)).not.toContain(tokens);
      expect(withFive.items.map(i => i.resource.id)).toContain(tokens);

      // dismissed: gone, for good, until undone
      const dismissed = await request(server)
        .put(`/api/learning/me/dismissals/${ledger}`)
        .set(as.user(viewer));
      expect(dismissed.status).toBe(204);
      await build();
      expect(
        (await suggestionsOf(viewer)).items.map(i => i.resource.id),
      ).not.toContain(ledger);
      await request(server)
        .delete(`/api/learning/me/dismissals/${ledger}`)
        .set(as.user(viewer))
        .expect(204);
      expect(
        (await suggestionsOf(viewer)).items.map(i => i.resource.id),
      ).toContain(ledger);
      // dismissing what does not exist is a 404
      await request(server)
        .put('/api/learning/me/dismissals/nope')
        .set(as.user(viewer))
        .expect(404);

      // the ownership graph: alice's team owns payments-api
      const mine = await suggestionsOf(people.owner.ref);
      expect(mine.newcomer).toBe(true);
      expect(mine.teams).toEqual(['group:default/payments-team']);
      expect(
        mine.items.find(i => i.resource.id === ownPage)?.reasons[0],
      ).toEqual({
        type: 'owned',
        entityRef: 'component:default/payments-api',
        message: 'Because your team owns payments-api',
      });

      // related material of basics: ledger, taken by the same 5
      const related = await request(server)
        .get(`/api/learning/resources/${basics}/related`)
        .set(as.user(viewer));
      expect(related.status).toBe(200);
      expect(
        related.body.items.find(
          (i: { resource: { id: string } }) => i.resource.id === ledger,
        )?.reasons[0],
      ).toEqual(expect.objectContaining({ type: 'also-taken', learners: 5 }));
      const relatedOfRestricted = await request(server)
        .get(`/api/learning/resources/${basics}/related`)
        .set(as.user(restricted));
      expect(
        relatedOfRestricted.body.items.map(
          (i: { resource: { id: string } }) => i.resource.id,
        ),
      ).not.toContain(tokens);
    });

    it('names learners among experts only when they opted in', async () => {
      const expertsOf = async () =>
        (
          await request(server)
            .get('/api/learning/experts')
            .query({ entityRef: 'component:default/payments-api' })
            .set(as.user(viewer))
            .expect(200)
        ).body.items as Array<{
          ref: string;
          reasons: Array<{ type: string }>;
        }>;
      const before = await expertsOf();
      const bob = before.find(e => e.ref === 'user:default/bob');
      expect(bob?.reasons[0].type).toBe('sme');
      expect(
        before
          .find(e => e.ref === 'group:default/payments-team')
          ?.reasons.map(r => r.type)
          .sort(),
      ).toEqual(['entity-owner', 'material-owner']);
      const course = bob!.reasons[0] as unknown as { resourceId: string };
      await complete(learners[0], course.resourceId);
      expect((await expertsOf()).map(e => e.ref)).not.toContain(learners[0]);

      const settings = await request(server)
        .put('/api/learning/me/settings')
        .set(as.user(learners[0]))
        .send({ shareExpertise: true });
      expect(settings.body).toEqual({ shareExpertise: true });
      const after = await expertsOf();
      expect(after.find(e => e.ref === learners[0])?.reasons[0].type).toBe(
        'learner',
      );

      // neither or both parameters: a field error
      const neither = await request(server)
        .get('/api/learning/experts')
        .set(as.user(viewer));
      expect(neither.status).toBe(400);
      expect(neither.body.error.fields[0].field).toBe('entityRef');

      // skills nobody typed in
      const expertise = await request(server)
        .get('/api/learning/me/expertise')
        .set(as.user(learners[0]))
        .expect(200);
      expect(expertise.body.shareExpertise).toBe(true);
      expect(
        expertise.body.skills.map((s: { name: string }) => s.name),
      ).toContain('payments-api');
    });

    it('tells how many of the viewer’s group are taking a resource now, from 5 on', async () => {
      const course = await create({ title: 'Reconciliation in practice' });
      const other = await create(
        {
          title: 'Identity for payments',
          owner: 'group:default/identity-team',
          smes: [],
        },
        people.entityOwner.ref,
      );
      const enrol = async (who: string, id: string) => {
        const res = await request(server)
          .put(`/api/learning/resources/${id}/enrolment`)
          .set(as.user(who))
          .send({ progress: 10 });
        expect(res.status).toBeLessThan(300);
      };
      const withYou = async (who: string, ids: string[]) => {
        const res = await request(server)
          .get('/api/learning/me/learning-with-you')
          .query({ resourceIds: ids.join(',') })
          .set(as.user(who));
        expect(res.status).toBe(200);
        return res.body;
      };
      for (const who of learners.slice(0, 4)) {
        await enrol(who, course);
        await enrol(who, other);
      }
      await build();
      // 4 of the guild: withheld
      expect(await withYou(viewer, [course, other])).toEqual({
        minimumLearners: 5,
        items: [],
      });
      await enrol(learners[4], course);
      await enrol(learners[4], other);
      await build();
      expect(await withYou(viewer, [course, other])).toEqual({
        minimumLearners: 5,
        items: [
          {
            resourceId: course,
            groupRef: 'group:default/learning-guild',
            groupName: 'learning-guild',
            taking: 5,
          },
          {
            resourceId: other,
            groupRef: 'group:default/learning-guild',
            groupName: 'learning-guild',
            taking: 5,
          },
        ],
      });
      // those who completed it are no longer taking it
      await complete(learners[0], course);
      await build();
      expect(
        (await withYou(viewer, [course])).items.map(
          (i: { taking: number }) => i.taking,
        ),
      ).toEqual([]);
      // nothing about material the caller may not read; never for services
      expect((await withYou(restricted, [other])).items).toEqual([]);
      const bad = await request(server)
        .get('/api/learning/me/learning-with-you')
        .query({ resourceIds: ',' })
        .set(as.user(viewer));
      expect(bad.status).toBe(400);
      const service = await request(server)
        .get('/api/learning/me/learning-with-you')
        .query({ resourceIds: course })
        .set(as.service());
      expect(service.status).toBe(403);
    });
  },
);
