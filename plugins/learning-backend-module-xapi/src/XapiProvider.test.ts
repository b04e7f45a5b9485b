import { mockServices } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import type {
  LearnerStatementBatch,
  LearningProviderConnection,
} from '@tech-learning/backstage-plugin-learning-node';
import { Lrs, LRS_KEY, LRS_SECRET, startLrs } from './__testUtils__/startLrs';
import { KAFKA, LEDGER, statement, user } from './__testUtils__/statements';
import { mboxSha1, XAPI_PROGRESS_EXTENSION, XAPI_VERBS } from './mapStatement';
import { XapiProvider } from './XapiProvider';

jest.setTimeout(60_000);

/*
 * The provider against a real learning record store (Learning Locker's
 * xapi-statements, in memory): what it asks (since, ascending, limit,
 * more, the version header, Basic credentials), how it pages, what it
 * counts, and the cursor it keeps. The learning backend's side is a
 * recording connection here; module.test.ts runs the real one.
 */

function recordingConnection(knownActivities: string[]) {
  const seen = new Set<string>();
  const batches: LearnerStatementBatch[] = [];
  let cursor: string | undefined;
  const connection: LearningProviderConnection = {
    applyMutation: jest.fn(),
    async getCursor() {
      return cursor;
    },
    async applyStatements(batch) {
      batches.push(batch);
      if (batch.cursor) cursor = batch.cursor;
      const unmatched = batch.statements
        .filter(
          s =>
            'activityId' in s.resource &&
            !knownActivities.includes(s.resource.activityId),
        )
        .map(s => ({ id: s.id, reason: 'no such resource' }));
      const fresh = batch.statements.filter(
        s => !seen.has(s.id) && !unmatched.some(u => u.id === s.id),
      );
      fresh.forEach(s => seen.add(s.id));
      return {
        applied: fresh.length,
        duplicates: batch.statements.length - fresh.length - unmatched.length,
        voided: (batch.voidedIds ?? []).filter(id => seen.has(id)).length,
        enrolmentsChanged: fresh.length,
        unmatched,
      };
    },
  };
  return { connection, batches };
}

describe('XapiProvider', () => {
  let lrs: Lrs;
  beforeAll(async () => {
    lrs = await startLrs();
  });
  afterAll(() => lrs?.stop());

  function provider(pageSize: number) {
    return new XapiProvider(
      {
        id: 'academy',
        endpoint: lrs.endpoint,
        authorization: `Basic ${Buffer.from(
          `${LRS_KEY}:${LRS_SECRET}`,
        ).toString('base64')}`,
        accountHomePage: 'https://academy.northwind.example',
        pageSize,
        activities: new Map(),
      },
      {
        catalog: catalogServiceMock({
          entities: [
            user('alice-chen', 'alice.chen@northwind.example'),
            user('dev-patel', 'dev.patel@northwind.example'),
            user('erin-walsh'),
          ],
        }),
        auth: mockServices.auth(),
        logger: mockServices.logger.mock(),
      },
    );
  }

  it('reads the store page by page since its cursor, and counts what it cannot map', async () => {
    const alice = { mbox: 'mailto:alice.chen@northwind.example' };
    const dev = { mbox_sha1sum: mboxSha1('dev.patel@northwind.example') };
    const erin = {
      account: {
        homePage: 'https://academy.northwind.example/',
        name: 'erin-walsh',
      },
    };
    const devCompleted = statement(
      { mbox: 'mailto:dev.patel@northwind.example' },
      XAPI_VERBS.completed,
      LEDGER,
    );
    const aliceCompleted = statement(alice, XAPI_VERBS.completed, LEDGER);
    const ids = await lrs.post([
      aliceCompleted,
      statement(dev, XAPI_VERBS.progressed, KAFKA, {
        result: { extensions: { [XAPI_PROGRESS_EXTENSION]: 40 } },
      }),
      statement(erin, XAPI_VERBS.passed, KAFKA),
      statement(
        { mbox: 'mailto:someone@elsewhere.example' },
        XAPI_VERBS.completed,
        LEDGER,
      ),
      statement(
        alice,
        XAPI_VERBS.completed,
        'https://academy.northwind.example/courses/gone',
      ),
      statement(alice, 'http://adlnet.gov/expapi/verbs/launched', LEDGER),
      devCompleted,
    ]);
    await lrs.post([
      statement(alice, XAPI_VERBS.voided, {
        objectType: 'StatementRef',
        id: devCompleted.id,
      }),
    ]);
    expect(ids).toHaveLength(7);

    const p = provider(3);
    const { connection, batches } = recordingConnection([LEDGER, KAFKA]);
    await p.connect(connection);
    const report = await p.read();
    // the store hides a voided statement (the specification says so) and
    // answers its voiding one: 7 of the 8, in three pages through `more`
    expect(report).toMatchObject({
      read: 7,
      applied: 3,
      duplicates: 0,
      voided: 0,
      ignored: 1,
      unmappedActors: 1,
      unmappedObjects: 1,
      malformed: 0,
    });
    expect(report.examples).toEqual(
      expect.arrayContaining([
        expect.stringContaining(
          'mailto:someone@elsewhere.example is no catalog user',
        ),
      ]),
    );
    const applied = batches.flatMap(b => b.statements);
    expect(applied.map(s => [s.userRef, s.state, s.progress])).toEqual([
      ['user:default/alice-chen', 'completed', undefined],
      ['user:default/dev-patel', 'in-progress', 40],
      ['user:default/erin-walsh', 'completed', undefined],
      ['user:default/alice-chen', 'completed', undefined],
    ]);
    expect(batches.flatMap(b => b.voidedIds ?? [])).toEqual([devCompleted.id]);
    // the cursor is the store's consistent-through time, saved last
    expect(report.cursor).toBeDefined();
    expect(batches[batches.length - 1]).toEqual({
      statements: [],
      cursor: report.cursor,
    });

    // read again: nothing new since the cursor
    const again = await p.read();
    expect(again).toMatchObject({ read: 0, applied: 0 });

    // what the store took since is read, and only that: a statement
    // voiding one read before is undone
    await lrs.post([
      statement(alice, XAPI_VERBS.progressed, KAFKA, {
        result: { extensions: { [XAPI_PROGRESS_EXTENSION]: 10 } },
      }),
      statement(alice, XAPI_VERBS.voided, {
        objectType: 'StatementRef',
        id: aliceCompleted.id,
      }),
    ]);
    const later = await p.read();
    expect(later).toMatchObject({ read: 2, applied: 1, voided: 1 });
    expect(Date.parse(later.cursor!)).toBeGreaterThanOrEqual(
      Date.parse(report.cursor!),
    );
  });

  it('reports a store that refuses it, and keeps its cursor', async () => {
    const p = new XapiProvider(
      {
        id: 'wrong',
        endpoint: `${lrs.endpoint}nowhere/`,
        pageSize: 10,
        activities: new Map(),
      },
      {
        catalog: catalogServiceMock({ entities: [] }),
        auth: mockServices.auth(),
        logger: mockServices.logger.mock(),
      },
    );
    const { connection, batches } = recordingConnection([]);
    await p.connect(connection);
    await expect(p.read()).rejects.toThrow(
      /^xapi:wrong: GET \/xAPI\/nowhere\/statements answered 4\d\d/,
    );
    expect(batches).toEqual([]);
  });
});
