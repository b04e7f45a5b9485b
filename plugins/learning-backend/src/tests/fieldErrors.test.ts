import fs from 'node:fs';
import path from 'node:path';
import { TestDatabases } from '@backstage/backend-test-utils';
import request from 'supertest';
import {
  as,
  courseBody,
  people,
  startLearningBackend,
} from '../__testUtils__/testBackend';

jest.setTimeout(120_000);

type Server = Parameters<typeof request>[0];

/**
 * The backend's answers to refused requests, recorded for the frontend's
 * tests of its forms (which show each problem at its field), so that they
 * test with what the backend really says. This test fails when the live
 * answers differ; `RECORD_REFUSALS=1` writes them anew.
 */
const FIXTURE = path.resolve(
  __dirname,
  '../../../learning/src/__testUtils__/refusals.json',
);

describe('problems of a refused request, at their fields', () => {
  const databases = TestDatabases.create({ ids: ['SQLITE_3'] });
  let server: Server;
  const owner = as.user(people.owner.ref);
  const api = '/api/learning';

  beforeAll(async () => {
    const knex = await databases.init('SQLITE_3');
    server = (await startLearningBackend({ knex })).server;
  });

  async function refusals() {
    const resource = await request(server)
      .post(`${api}/resources`)
      .set(owner)
      .send(courseBody);
    expect(resource.status).toBe(201);
    const id = resource.body.id;
    const session = await request(server)
      .post(`${api}/resources/${id}/sessions`)
      .set(owner)
      .send({
        startsAt: '2099-01-10T09:00:00Z',
        endsAt: '2099-01-10T12:00:00Z',
        seats: 5,
      });
    expect(session.status).toBe(201);
    for (const learner of [people.sme, people.unrelated, people.entityOwner]) {
      const enrolled = await request(server)
        .put(`${api}/resources/${id}/enrolment`)
        .set(as.user(learner.ref))
        .send({ sessionId: session.body.id });
      expect(enrolled.status).toBe(201);
    }
    const answers = {
      // the spec's limits, from its validation
      resource: await request(server)
        .post(`${api}/resources`)
        .set(owner)
        .send({
          ...courseBody,
          title: 't'.repeat(201),
          language: 'en-US-abcdefgh-ab',
          tags: ['a'.repeat(70)],
        }),
      // the plugin's own rules: the catalog, and URLs
      resourceRefs: await request(server)
        .post(`${api}/resources`)
        .set(owner)
        .send({
          ...courseBody,
          owner: 'group:default/nobody',
          links: [{ entityRef: 'component:default/gone', relation: 'teaches' }],
        }),
      sessionUrl: await request(server)
        .post(`${api}/resources/${id}/sessions`)
        .set(owner)
        .send({
          startsAt: '2099-03-01T10:00:00Z',
          endsAt: '2099-03-01T12:00:00Z',
          seats: 5,
          url: 'ftp://x',
        }),
      // three seats are taken: a 409 that names the field
      sessionSeats: await request(server)
        .put(`${api}/resources/${id}/sessions/${session.body.id}`)
        .set(owner)
        .send({
          startsAt: '2099-01-10T09:00:00Z',
          endsAt: '2099-01-10T12:00:00Z',
          seats: 2,
        }),
      // neither the material's nor the component's owner
      link: await request(server)
        .post(`${api}/resources/${id}/links`)
        .set(as.user(people.unrelated.ref))
        .send({
          entityRef: 'component:default/auth-gateway',
          relation: 'teaches',
        }),
      // not the user's team: a 403 that names the field
      embedHost: await request(server).post(`${api}/embeds`).set(owner).send({
        title: 'Two weeks on identity',
        summary: 'Work on the identity service',
        host: 'group:default/identity-team',
        durationWeeks: 2,
        seats: 1,
      }),
    };
    // the resource's id is new in every run
    const body = (answer: request.Response) =>
      JSON.parse(
        JSON.stringify(answer.body)
          .replaceAll(id, '{id}')
          .replaceAll(session.body.id, '{sessionId}'),
      );
    return Object.fromEntries(
      Object.entries(answers).map(([name, answer]) => [
        name,
        { status: answer.status, body: body(answer) },
      ]),
    );
  }

  it('keeps Backstage’s error body and adds each problem with its field', async () => {
    const answers = await refusals();
    expect(answers.resource.status).toBe(400);
    expect(answers.resource.body.error).toEqual({
      name: 'InputError',
      message: expect.stringContaining('title'),
      fields: expect.arrayContaining([
        {
          field: 'title',
          in: 'body',
          message: expect.stringContaining('200'),
        },
        {
          field: 'language',
          in: 'body',
          message: expect.stringContaining('16'),
        },
        { field: 'tags.0', in: 'body', message: expect.stringContaining('64') },
      ]),
    });
    expect(answers.resource.body.error.fields).toHaveLength(3);
    expect(answers.resourceRefs.body.error.fields).toEqual([
      {
        field: 'owner',
        in: 'body',
        message:
          'group:default/nobody is not in the catalog, or you may not see it',
      },
      {
        field: 'links.0.entityRef',
        in: 'body',
        message:
          'component:default/gone is not in the catalog, or you may not see it',
      },
    ]);
    expect(answers.sessionUrl).toMatchObject({
      status: 400,
      body: { error: { fields: [{ field: 'url', in: 'body' }] } },
    });
    expect(answers.sessionSeats).toMatchObject({
      status: 409,
      body: { error: { name: 'ConflictError', fields: [{ field: 'seats' }] } },
    });
    expect(answers.link).toMatchObject({
      status: 403,
      body: {
        error: { name: 'NotAllowedError', fields: [{ field: 'entityRef' }] },
      },
    });
    expect(answers.embedHost).toMatchObject({
      status: 403,
      body: {
        error: { name: 'NotAllowedError', fields: [{ field: 'host' }] },
      },
    });

    if (process.env.RECORD_REFUSALS) {
      fs.mkdirSync(path.dirname(FIXTURE), { recursive: true });
      fs.writeFileSync(FIXTURE, `${JSON.stringify(answers, null, 2)}\n`);
    }
    // the frontend's tests use these answers: they must be the live ones
    expect(JSON.parse(fs.readFileSync(FIXTURE, 'utf8'))).toEqual(answers);
  });
});
