import { TestDatabases } from '@backstage/backend-test-utils';
import { Knex } from 'knex';
import request from 'supertest';
import {
  as,
  courseBody,
  people,
  sentNotifications,
  schedulerOfLearning,
  startLearningBackend,
  withRealScheduler,
} from '../__testUtils__/testBackend';
import { addDays, dayOf } from './schedule';

jest.setTimeout(120_000);

describe.each(TestDatabases.create().eachSupportedId())(
  'cohorts on %p',
  databaseId => {
    const databases = TestDatabases.create();
    let knex: Knex;
    let server: Awaited<ReturnType<typeof startLearningBackend>>['server'];
    let stop: () => Promise<void>;
    const today = dayOf(new Date());
    const alice = as.user(people.owner.ref);
    const carol = as.user(people.unrelated.ref);
    const erin = as.user(people.entityOwner.ref);
    let steps: string[];
    let pathId: string;
    let videoId: string;
    let liveId: string;

    beforeAll(async () => {
      knex = await databases.init(databaseId);
      const backend = await startLearningBackend({
        knex,
        extraFeatures: withRealScheduler,
        config: {
          learning: {
            permissions: { admins: ['group:default/admins'] },
            cohorts: {
              digestSchedule: {
                frequency: { trigger: 'manual' },
                timeout: { minutes: 5 },
              },
            },
          },
        },
      });
      server = backend.server;
      stop = () => backend.stop();
      const create = async (body: object) => {
        const res = await request(server)
          .post('/api/learning/resources')
          .set(alice)
          .send({ ...courseBody, ...body });
        expect(res.status).toBe(201);
        return res.body.id as string;
      };
      steps = [
        await create({ title: 'Ledger basics', format: 'video' }),
        await create({ title: 'Ledger incident drill', format: 'lab' }),
      ];
      pathId = await create({
        kind: 'path',
        title: 'Ready for ledger on-call',
        format: 'self-paced',
        steps,
      });
      videoId = steps[0];
      liveId = await create({ title: 'Live payments', format: 'live' });
    });

    afterAll(async () => {
      await stop();
    });

    const start = (id: string, body: object, who = carol) =>
      request(server)
        .post(`/api/learning/resources/${id}/cohorts`)
        .set(who)
        .send(body);

    it('starts a cohort on a path, a week a step, and lists it where people look', async () => {
      const startsOn = addDays(today, 3);
      const res = await start(pathId, {
        title: 'January on-call',
        startsOn,
        capacity: 12,
        facilitator: 'user:default/bob',
      });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        resourceId: pathId,
        resourceTitle: 'Ready for ledger on-call',
        resourceKind: 'path',
        title: 'January on-call',
        startsOn,
        weeks: 2,
        capacity: 12,
        memberCount: 1,
        seatsLeft: 11,
        facilitator: 'user:default/bob',
        createdBy: people.unrelated.ref,
        status: 'upcoming',
        isMember: true,
        mayJoin: true,
        mayManage: true,
      });
      expect(res.body.schedule).toEqual([
        {
          index: 0,
          title: 'Ledger basics',
          resourceId: steps[0],
          startsOn,
          endsOn: addDays(startsOn, 6),
        },
        {
          index: 1,
          title: 'Ledger incident drill',
          resourceId: steps[1],
          startsOn: addDays(startsOn, 7),
          endsOn: addDays(startsOn, 13),
        },
      ]);
      const { id } = res.body;

      const onResource = await request(server)
        .get(`/api/learning/resources/${pathId}/cohorts`)
        .set(erin);
      expect(onResource.body.items).toEqual([
        expect.objectContaining({
          id,
          isMember: false,
          mayManage: false,
          mayJoin: true,
        }),
      ]);
      const onEntity = await request(server)
        .get('/api/learning/cohorts')
        .query({ entityRef: 'component:default/payments-api' })
        .set(erin);
      expect(onEntity.body.items.map((c: { id: string }) => c.id)).toContain(
        id,
      );
      const mine = await request(server)
        .get('/api/learning/cohorts')
        .query({ mine: true })
        .set(carol);
      expect(mine.body.items.map((c: { id: string }) => c.id)).toEqual([id]);
      // the facilitator manages it, and finds it among their own
      const asBob = as.user(people.sme.ref);
      const bobs = await request(server)
        .get('/api/learning/cohorts')
        .query({ mine: true })
        .set(asBob);
      expect(bobs.body.items).toEqual([
        expect.objectContaining({ id, mayManage: true, isMember: false }),
      ]);

      const calendar = await request(server)
        .get(`/api/learning/cohorts/${id}/calendar`)
        .set(erin);
      expect(calendar.status).toBe(200);
      expect(calendar.headers['content-type']).toMatch(/^text\/calendar/);
      expect(calendar.text.match(/BEGIN:VEVENT/g)).toHaveLength(2);
      expect(calendar.text).toContain(
        `DTSTART;VALUE=DATE:${startsOn.replace(/-/g, '')}`,
      );
    });

    it('refuses what a cohort cannot be, naming the field', async () => {
      const cases: Array<[string, object, string]> = [
        [liveId, { startsOn: today, capacity: 5, parts: 2 }, 'id'],
        [videoId, { startsOn: today, capacity: 5 }, 'parts'],
        [pathId, { startsOn: today, capacity: 5, parts: 3 }, 'parts'],
        [pathId, { startsOn: addDays(today, -1), capacity: 5 }, 'startsOn'],
        [pathId, { startsOn: '2027-02-30', capacity: 5 }, 'startsOn'],
        [pathId, { startsOn: today, capacity: 1 }, 'capacity'],
        [
          pathId,
          { startsOn: today, capacity: 5, facilitator: 'user:default/carol' },
          'facilitator',
        ],
      ];
      for (const [id, body, field] of cases) {
        const res = await start(id, body);
        expect({ field, status: res.status }).toEqual({ field, status: 400 });
        expect(
          res.body.error.fields.map((f: { field: string }) => f.field),
        ).toEqual([field]);
      }
      const missing = await start('no-such-resource', {
        startsOn: today,
        capacity: 5,
      });
      expect(missing.status).toBe(404);
    });

    it('shows members and their progress to members only, never above capacity', async () => {
      const created = await start(videoId, {
        startsOn: today,
        capacity: 2,
        parts: 4,
      });
      expect(created.status).toBe(201);
      const { id } = created.body;
      expect(created.body).toMatchObject({
        status: 'running',
        currentWeek: 0,
        weeks: 4,
      });

      const members = (who: Record<string, string>) =>
        request(server).get(`/api/learning/cohorts/${id}/members`).set(who);
      expect((await members(erin)).status).toBe(403);
      const joined = await request(server)
        .put(`/api/learning/cohorts/${id}/membership`)
        .set(erin);
      expect(joined.status).toBe(200);
      expect(joined.body).toMatchObject({
        memberCount: 2,
        seatsLeft: 0,
        isMember: true,
      });
      // joining again changes nothing
      const again = await request(server)
        .put(`/api/learning/cohorts/${id}/membership`)
        .set(erin);
      expect(again.body.memberCount).toBe(2);
      const full = await request(server)
        .put(`/api/learning/cohorts/${id}/membership`)
        .set(alice);
      expect(full.status).toBe(409);
      expect(full.body.error.message).toMatch(/All 2 places/);

      await request(server)
        .put(`/api/learning/resources/${videoId}/enrolment`)
        .set(erin)
        .send({ progress: 50 });
      const list = await members(carol);
      expect(list.status).toBe(200);
      expect(list.body.items).toEqual([
        expect.objectContaining({
          userRef: people.unrelated.ref,
          progress: 0,
          weeksDone: 0,
        }),
        expect.objectContaining({
          userRef: people.entityOwner.ref,
          progress: 50,
          weeksDone: 2,
        }),
      ]);

      // only the creator (or facilitator) manages; never below its members
      const byErin = await request(server)
        .patch(`/api/learning/cohorts/${id}`)
        .set(erin)
        .send({ capacity: 3 });
      expect(byErin.status).toBe(403);
      const shrink = await request(server)
        .patch(`/api/learning/cohorts/${id}`)
        .set(carol)
        .send({ capacity: 2, title: 'Video club' });
      expect(shrink.status).toBe(200);
      expect(shrink.body).toMatchObject({ capacity: 2, title: 'Video club' });
      const grow = await request(server)
        .patch(`/api/learning/cohorts/${id}`)
        .set(carol)
        .send({ capacity: 3 });
      expect(grow.body).toMatchObject({ capacity: 3, seatsLeft: 1 });
      const third = await request(server)
        .put(`/api/learning/cohorts/${id}/membership`)
        .set(alice);
      expect(third.body.memberCount).toBe(3);
      const belowMembers = await request(server)
        .patch(`/api/learning/cohorts/${id}`)
        .set(carol)
        .send({ capacity: 2 });
      expect(belowMembers.status).toBe(409);
      expect(belowMembers.body.error.fields[0].field).toBe('capacity');

      // leaving frees the place
      const left = await request(server)
        .delete(`/api/learning/cohorts/${id}/membership`)
        .set(erin);
      expect(left.status).toBe(204);
      expect((await members(erin)).status).toBe(403);
      const after = await request(server)
        .get(`/api/learning/cohorts/${id}`)
        .set(erin);
      expect(after.body).toMatchObject({ memberCount: 2, isMember: false });

      expect(
        (await request(server).delete(`/api/learning/cohorts/${id}`).set(erin))
          .status,
      ).toBe(403);
      expect(
        (await request(server).delete(`/api/learning/cohorts/${id}`).set(carol))
          .status,
      ).toBe(204);
      expect(
        (await request(server).get(`/api/learning/cohorts/${id}`).set(carol))
          .status,
      ).toBe(404);
      expect(
        await knex('learning_cohort_members').where({ cohort_id: id }),
      ).toEqual([]);
    });

    it('never overbooks under concurrent joins', async () => {
      const seats = 5;
      const joins = 40;
      const created = await start(
        videoId,
        { startsOn: today, capacity: seats, parts: 1, join: false },
        alice,
      );
      expect(created.body.memberCount).toBe(0);
      const { id } = created.body;
      const results = await Promise.all(
        Array.from({ length: joins }, (_, i) =>
          request(server)
            .put(`/api/learning/cohorts/${id}/membership`)
            .set(as.user(`user:default/joiner-${i}`)),
        ),
      );
      const accepted = results.filter(r => r.status === 200).length;
      const refused = results.filter(r => r.status === 409).length;
      const [{ count }] = await knex('learning_cohort_members')
        .where({ cohort_id: id })
        .count({ count: '*' });
      const stored = await knex('learning_cohorts').where({ id }).first();
      // eslint-disable-next-line no-console
      console.log(
        `${databaseId}: ${joins} joins on ${seats} seats, ${accepted} accepted, overbooked by ${
          Number(count) - seats
        }`,
      );
      expect({
        accepted,
        refused,
        members: Number(count),
        memberCount: stored.member_count,
      }).toEqual({
        accepted: seats,
        refused: joins - seats,
        members: seats,
        memberCount: seats,
      });
    });

    it('sends each running cohort one digest a week, whatever runs the task', async () => {
      const created = await start(
        pathId,
        { startsOn: today, capacity: 10 },
        erin,
      );
      const { id } = created.body;
      await request(server)
        .put(`/api/learning/cohorts/${id}/membership`)
        .set(carol);
      await request(server)
        .put(`/api/learning/resources/${steps[0]}/enrolment`)
        .set(carol)
        .send({ state: 'completed' });
      sentNotifications.length = 0;
      const digests = () =>
        sentNotifications.filter(n => n.payload.topic === 'learning-cohorts');
      const runOnce = async () => {
        const before = await knex('learning_cohorts').where({ id }).first();
        await schedulerOfLearning().triggerTask('learning-cohort-digests');
        for (let i = 0; i < 100; i++) {
          const row = await knex('learning_cohorts').where({ id }).first();
          if (row.digest_week !== before.digest_week || digests().length > 0) {
            break;
          }
          await new Promise(r => setTimeout(r, 100));
        }
        // let the run finish its other cohorts
        await new Promise(r => setTimeout(r, 300));
      };
      await runOnce();
      const mine = digests().filter(
        n => n.payload.link === `/learning/cohorts/${id}`,
      );
      expect(mine).toHaveLength(1);
      expect(mine[0].recipients).toEqual({
        type: 'entity',
        entityRef: [people.entityOwner.ref, people.unrelated.ref],
      });
      expect(mine[0].payload.title).toBe(
        'Ready for ledger on-call cohort, week 1 of 2: Ledger basics',
      );
      expect(mine[0].payload.description).toMatch(
        /^1 of 2 members have finished/,
      );

      sentNotifications.length = 0;
      await schedulerOfLearning().triggerTask('learning-cohort-digests');
      await new Promise(r => setTimeout(r, 1500));
      expect(
        digests().filter(n => n.payload.link === `/learning/cohorts/${id}`),
      ).toEqual([]);
    });
  },
);
