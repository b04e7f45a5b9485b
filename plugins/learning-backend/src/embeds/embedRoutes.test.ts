import { TestDatabases } from '@backstage/backend-test-utils';
import request from 'supertest';
import {
  as,
  people,
  sentNotifications,
  startLearningBackend,
} from '../__testUtils__/testBackend';

jest.setTimeout(120_000);

type Server = Parameters<typeof request>[0];

const embedBody = {
  title: 'Two weeks on payments',
  summary: 'Ship a change to the payments API with its team',
  description: 'Pair with the **payments team**.',
  host: 'group:default/payments-team',
  links: [{ entityRef: 'component:default/payments-api', relation: 'uses' }],
  skillsWanted: ['TypeScript'],
  skillsTaught: ['Payments'],
  startsOn: '2027-02-01',
  durationWeeks: 2,
  seats: 1,
  remote: true,
};

describe('embed routes', () => {
  const databases = TestDatabases.create({ ids: ['SQLITE_3'] });
  let server: Server;
  const api = '/api/learning/embeds';
  const alice = as.user(people.owner.ref);
  const carol = as.user(people.unrelated.ref);
  const erin = as.user(people.entityOwner.ref);

  beforeAll(async () => {
    const knex = await databases.init('SQLITE_3');
    server = (await startLearningBackend({ knex })).server;
  });

  it('lets a team post an embed, and people apply, get accepted and withdraw', async () => {
    const posted = await request(server).post(api).set(alice).send(embedBody);
    expect(posted.status).toBe(201);
    expect(posted.body).toMatchObject({
      ...embedBody,
      seatsTaken: 0,
      status: 'open',
      createdBy: people.owner.ref,
    });
    const { id } = posted.body;
    // the entity's page shows its open embeds, fresh after every change
    const onEntityPage = async () =>
      (
        await request(server)
          .get('/api/learning/entities/component/default/payments-api/summary')
          .set(carol)
      ).body.embeds.map((e: { embed: { id: string }; via: string }) => [
        e.embed.id,
        e.via,
      ]);
    expect(await onEntityPage()).toEqual([[id, 'entity']]);
    sentNotifications.length = 0;
    const sentTo = () =>
      sentNotifications.map(n => [n.recipients, n.payload.title]);

    // found through the entity it works on, and its skills
    const byEntity = await request(server)
      .get(api)
      .query({ entityRef: 'component:default/payments-api' })
      .set(carol);
    expect(byEntity.body.items.map((e: { id: string }) => e.id)).toEqual([id]);
    const bySkill = await request(server)
      .get(api)
      .query({ skill: 'Go' })
      .set(carol);
    expect(bySkill.body).toEqual({ items: [], totalCount: 0 });

    // carol applies, once
    const applied = await request(server)
      .put(`${api}/${id}/application`)
      .set(carol)
      .send({ message: 'I know TypeScript' });
    expect(applied.status).toBe(201);
    const again = await request(server)
      .put(`${api}/${id}/application`)
      .set(carol)
      .send({ message: 'And some Kafka' });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({
      id: applied.body.id,
      state: 'pending',
      message: 'And some Kafka',
    });
    await request(server).put(`${api}/${id}/application`).set(erin).send({});
    // the hosts heard of each new application once, not of the new message
    expect(sentTo()).toEqual([
      [
        {
          type: 'entity',
          entityRef: 'group:default/payments-team',
          excludeEntityRef: people.unrelated.ref,
        },
        'New application to “Two weeks on payments”',
      ],
      [
        {
          type: 'entity',
          entityRef: 'group:default/payments-team',
          excludeEntityRef: people.entityOwner.ref,
        },
        'New application to “Two weeks on payments”',
      ],
    ]);
    expect(sentNotifications[0].payload).toMatchObject({
      description: `${people.unrelated.ref} applied: I know TypeScript`,
      link: `/learning/embeds/${id}`,
      topic: 'learning-embeds',
    });
    sentNotifications.length = 0;

    // applicants see their own application only; hosts see them all
    expect(
      (await request(server).get(`${api}/${id}/application`).set(carol)).body
        .applicantRef,
    ).toBe(people.unrelated.ref);
    expect(
      (await request(server).get(`${api}/${id}/applications`).set(carol))
        .status,
    ).toBe(403);
    const applications = await request(server)
      .get(`${api}/${id}/applications`)
      .set(alice);
    expect(
      applications.body.items
        .map((a: { applicantRef: string }) => a.applicantRef)
        .sort(),
    ).toEqual([people.unrelated.ref, people.entityOwner.ref].sort());

    // the host accepts carol: the one seat is taken, the embed filled
    const decision = (applicationId: string, value: string) =>
      request(server)
        .put(`${api}/${id}/applications/${applicationId}/decision`)
        .set(alice)
        .send({ decision: value });
    const accepted = await decision(applied.body.id, 'accepted');
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({
      application: { state: 'accepted', decidedBy: people.owner.ref },
      embed: { seatsTaken: 1, status: 'filled' },
    });
    expect(await onEntityPage()).toEqual([]);
    const erinsId = applications.body.items.find(
      (a: { applicantRef: string }) =>
        a.applicantRef === people.entityOwner.ref,
    ).id;
    const full = await decision(erinsId, 'accepted');
    expect(full.status).toBe(409);
    // carol heard of her acceptance, once
    await decision(applied.body.id, 'accepted');
    expect(sentTo()).toEqual([
      [
        { type: 'entity', entityRef: people.unrelated.ref },
        'Your application to “Two weeks on payments” was accepted',
      ],
    ]);
    expect(full.body.error.message).toMatch(/seats .* are taken/);
    expect((await decision(erinsId, 'maybe')).status).toBe(400);

    const mine = await request(server)
      .get('/api/learning/me/applications')
      .set(carol);
    expect(mine.body.items).toEqual([
      {
        embed: expect.objectContaining({ id, status: 'filled' }),
        application: expect.objectContaining({ state: 'accepted' }),
      },
    ]);

    // withdrawing gives the seat back
    const withdrawn = await request(server)
      .delete(`${api}/${id}/application`)
      .set(carol);
    expect(withdrawn.body.state).toBe('withdrawn');
    expect(
      (await request(server).get(`${api}/${id}`).set(carol)).body,
    ).toMatchObject({ seatsTaken: 0, status: 'open' });
    expect(await onEntityPage()).toEqual([[id, 'entity']]);

    // closed for good; the applicant still waiting hears of it
    sentNotifications.length = 0;
    expect(
      (await request(server).post(`${api}/${id}/close`).set(alice)).body.status,
    ).toBe('closed');
    expect(await onEntityPage()).toEqual([]);
    expect(sentTo()).toEqual([
      [
        {
          type: 'entity',
          entityRef: [people.entityOwner.ref],
          excludeEntityRef: people.owner.ref,
        },
        '“Two weeks on payments” is closed',
      ],
    ]);
    const late = await request(server)
      .put(`${api}/${id}/application`)
      .set(carol)
      .send({});
    expect(late.status).toBe(409);
    expect(late.body.error.message).toMatch(/closed/);
  });

  it('answers bad input with a 400 that names the field, and writes nothing', async () => {
    const before = await request(server).get(api).set(carol);
    const bad = await request(server)
      .post(api)
      .set(alice)
      .send({
        ...embedBody,
        startsOn: '2027-02-30',
        host: 'user:default/alice',
        links: [{ entityRef: 'component:default/nowhere', relation: 'uses' }],
      });
    expect(bad.status).toBe(400);
    // the spec's own limits are checked first, and name the field too
    const none = await request(server)
      .post(api)
      .set(alice)
      .send({ ...embedBody, seats: 0 });
    expect(none.status).toBe(400);
    expect(none.body.error.message).toMatch(/seats/);
    expect(bad.body.error.message).toMatch(
      /^host: .*; startsOn: must be a day that exists$/,
    );
    const unknown = await request(server)
      .post(api)
      .set(alice)
      .send({
        ...embedBody,
        links: [{ entityRef: 'component:default/nowhere', relation: 'uses' }],
      });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.message).toMatch(/^links.0.entityRef: /);
    // a team of someone else's
    const foreign = await request(server).post(api).set(carol).send(embedBody);
    expect(foreign.status).toBe(403);
    expect(foreign.body.error.message).toMatch(/^host: /);
    expect((await request(server).get(api).set(carol)).body.totalCount).toBe(
      before.body.totalCount,
    );
  });

  it('changes an embed, never below the seats taken', async () => {
    const { id } = (
      await request(server)
        .post(api)
        .set(alice)
        .send({ ...embedBody, seats: 2 })
    ).body;
    const { body: application } = await request(server)
      .put(`${api}/${id}/application`)
      .set(carol)
      .send({});
    await request(server)
      .put(`${api}/${id}/applications/${application.id}/decision`)
      .set(alice)
      .send({ decision: 'accepted' });
    const cleared = await request(server)
      .patch(`${api}/${id}`)
      .set(alice)
      .send({ startsOn: null, skillsWanted: ['SQL', 'Go'], seats: 1 });
    expect(cleared.status).toBe(200);
    expect(cleared.body).toMatchObject({
      skillsWanted: ['SQL', 'Go'],
      seats: 1,
      status: 'filled',
    });
    expect(cleared.body.startsOn).toBeUndefined();
    const shrink = await request(server)
      .patch(`${api}/${id}`)
      .set(alice)
      .send({ seats: 0 });
    expect(shrink.status).toBe(400);
    expect(
      (
        await request(server)
          .patch(`${api}/${id}`)
          .set(alice)
          .send({ host: 'group:default/admins' })
      ).status,
    ).toBe(400);
    expect(
      (await request(server).delete(`${api}/${id}`).set(carol)).status,
    ).toBe(403);
    expect(
      (await request(server).delete(`${api}/${id}`).set(alice)).status,
    ).toBe(204);
    expect((await request(server).get(`${api}/${id}`).set(alice)).status).toBe(
      404,
    );
  });
});
