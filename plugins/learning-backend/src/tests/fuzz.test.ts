import { TestDatabases } from '@backstage/backend-test-utils';
import fc from 'fast-check';
import { Knex } from 'knex';
import request from 'supertest';
import {
  as,
  courseBody,
  people,
  startLearningBackend,
} from '../__testUtils__/testBackend';
import { spec } from '../schema/openapi/generated/router';

jest.setTimeout(180_000);

type Server = Parameters<typeof request>[0];

/** The plugin's tables, as the migrations made them. */
async function learningTables(knex: Knex): Promise<string[]> {
  const rows: Array<{ name: string }> =
    knex.client.config.client === 'pg'
      ? await knex('information_schema.tables')
          .where({ table_schema: knex.raw('current_schema()') })
          .select({ name: 'table_name' })
      : await knex('sqlite_master').where({ type: 'table' }).select('name');
  return rows
    .map(row => row.name)
    .filter(name => name.startsWith('learning_'))
    .sort();
}

async function snapshot(knex: Knex, tables: string[]) {
  const result: Record<string, unknown[]> = {};
  for (const table of tables) {
    result[table] = await knex(table).select();
  }
  return result;
}

/** Every operation of the spec, as method and path template. */
const operations = Object.entries(spec.paths).flatMap(([path, item]) =>
  Object.keys(item).map(method => ({ method, path })),
);

/** Values that are often wrong in interesting ways. */
const nasty = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.constantFrom(
    '',
    ' ',
    '..',
    '%00',
    'component:default/payments-api',
    'user:default/bob',
    // eslint-disable-next-line no-script-url -- must be refused
    'javascript:alert(1)',
    'x'.repeat(3000),
    '-1',
    '1e309',
  ),
  fc.integer().map(String),
);

const body = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.record(
    {
      kind: fc.oneof(nasty, fc.constantFrom('course', 'path')),
      title: nasty,
      summary: nasty,
      format: fc.oneof(nasty, fc.constantFrom('live', 'video')),
      level: nasty,
      owner: nasty,
      smes: fc.array(nasty, { maxLength: 3 }),
      urls: fc.array(fc.record({ url: nasty }), { maxLength: 2 }),
      links: fc.array(fc.record({ entityRef: nasty, relation: nasty }), {
        maxLength: 2,
      }),
      rating: fc.oneof(fc.integer(), fc.double(), nasty),
      progress: fc.oneof(fc.integer(), nasty),
      state: nasty,
      seats: fc.oneof(fc.integer(), nasty),
      startsAt: nasty,
      endsAt: nasty,
      entityRef: nasty,
      relation: nasty,
      userRef: nasty,
      sessionId: fc.oneof(nasty, fc.constant(null)),
      host: fc.oneof(nasty, fc.constant('group:default/payments-team')),
      durationWeeks: fc.oneof(fc.integer(), nasty),
      startsOn: fc.oneof(nasty, fc.constantFrom('2027-02-30', '2027-03-01')),
      skillsWanted: fc.array(nasty, { maxLength: 3 }),
      remote: fc.oneof(fc.boolean(), nasty),
      message: nasty,
      decision: fc.oneof(nasty, fc.constantFrom('accepted', 'declined')),
    },
    { requiredKeys: [] },
  ),
);

describe('random input', () => {
  const databases = TestDatabases.create({ ids: ['SQLITE_3'] });
  let server: Server;
  let knex: Knex;
  let resourceId: string;
  let embedId: string;
  let applicationId: string;
  let tables: string[];

  beforeAll(async () => {
    knex = await databases.init('SQLITE_3');
    const backend = await startLearningBackend({ knex });
    server = backend.server;
    tables = await learningTables(knex);
    const created = await request(server)
      .post('/api/learning/resources')
      .set(as.service())
      .send(courseBody);

    if (created.status !== 201) {
      throw new Error(`fixture not created: ${JSON.stringify(created.body)}`);
    }
    resourceId = created.body.id;
    const embed = await request(server)
      .post('/api/learning/embeds')
      .set(as.service())
      .send({
        title: 'Two weeks on payments',
        summary: 'Work on the payments API with its team',
        host: 'group:default/payments-team',
        durationWeeks: 2,
        seats: 1,
      });
    const application = await request(server)
      .put(`/api/learning/embeds/${embed.body.id}/application`)
      .set(as.user('user:default/dave'))
      .send({});
    if (embed.status !== 201 || application.status !== 201) {
      throw new Error(`fixture not created: ${JSON.stringify(embed.body)}`);
    }
    embedId = embed.body.id;
    applicationId = application.body.id;
  });

  it('watches every table of the plugin', () => {
    // the migrations' tables, not a list kept by hand
    expect(tables).toEqual(
      expect.arrayContaining([
        'learning_resources',
        'learning_embeds',
        'learning_sources',
        'learning_link_fingerprints',
      ]),
    );
  });

  it('never answers 5xx, and a refused request writes nothing', async () => {
    const seen = new Set<number>();
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...operations),
        fc.dictionary(
          fc.constantFrom(
            'id',
            'kind',
            'namespace',
            'name',
            'sessionId',
            'applicationId',
          ),
          nasty,
        ),
        fc.boolean(),
        fc.dictionary(fc.string({ maxLength: 12 }), nasty, { maxKeys: 4 }),
        body,
        fc.constantFrom(people.owner.ref, people.unrelated.ref),
        async (op, params, useRealId, query, payload, userRef) => {
          const realIds: Record<string, string> = {
            id: op.path.startsWith('/embeds') ? embedId : resourceId,
            applicationId,
          };
          const path = op.path.replace(/\{(\w+)\}/g, (_, name: string) =>
            encodeURIComponent(
              useRealId && realIds[name]
                ? realIds[name]
                : params[name] ?? 'default',
            ),
          );
          const before = await snapshot(knex, tables);
          const req = (request(server) as any)
            [op.method](`/api/learning${path}`)
            .set(as.user(userRef))
            .query(query);
          const response =
            op.method === 'get' || op.method === 'delete'
              ? await req
              : await req
                  .set('Content-Type', 'application/json')
                  .send(JSON.stringify(payload));
          seen.add(response.status);
          if (response.status >= 500) {
            throw new Error(
              `${op.method.toUpperCase()} ${path} answered ${
                response.status
              }: ${JSON.stringify(response.body)}`,
            );
          }
          // a refused request must leave every table as it was
          const after =
            response.status >= 400 ? await snapshot(knex, tables) : before;
          expect(after).toEqual(before);
        },
      ),
      { numRuns: 1000, seed: 20261122 },
    );
    // the property reached both refusals and answers
    expect([...seen].some(s => s >= 400)).toBe(true);
    expect([...seen].some(s => s < 300)).toBe(true);
  });

  it('answers any text query with a page or a 400 naming q', async () => {
    const engineSyntax = fc.constantFrom(
      'NEAR(',
      'NEAR(a b, 2)',
      '"*"',
      'title:',
      'title: kafka',
      '^kafka',
      'kafka*',
      'a AND OR NOT b',
      '(((',
      "'\\''",
      '!',
      '&|<->:*',
      '-"',
      '"unbalanced',
      "x' OR '1'='1",
      '%_%',
      '{"$where": 1}',
    );
    const query = fc.oneof(
      fc.string({ maxLength: 220 }),
      fc.string({
        unit: fc.constantFrom(...'!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~'),
        maxLength: 220,
      }),
      fc
        .array(
          fc.oneof(
            engineSyntax,
            fc.constantFrom('kafka', 'payments', 'or', '-'),
          ),
          {
            maxLength: 8,
          },
        )
        .map(parts => parts.join(' ')),
    );
    await fc.assert(
      fc.asyncProperty(query, async q => {
        const response = await request(server)
          .get('/api/learning/resources')
          .set(as.user(people.unrelated.ref))
          .query({ q });
        const outcome =
          response.status === 200
            ? { status: 200, items: Array.isArray(response.body.items) }
            : {
                status: response.status,
                field: response.body.error?.fields?.[0]?.field,
              };
        // a page, or a refusal that names q
        expect([
          { status: 200, items: true },
          { status: 400, field: 'q' },
        ]).toContainEqual(outcome);
      }),
      { numRuns: 300, seed: 20261207 },
    );
  });
});
