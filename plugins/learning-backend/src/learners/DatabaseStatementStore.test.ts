import { TestDatabaseId, TestDatabases } from '@backstage/backend-test-utils';
import {
  DatabaseResourceStore,
  DEFAULT_REVIEW_INTERVAL_DAYS,
  StoredResourceFields,
} from '../resources';
import { getMigratedClient } from '../shared/migrate';
import { DatabaseLearnerStore } from './DatabaseLearnerStore';
import {
  DatabaseStatementStore,
  normalizeActivityId,
} from './DatabaseStatementStore';

jest.setTimeout(60_000);

const course: StoredResourceFields = {
  kind: 'course',
  title: 'Ledger internals',
  summary: 'How the ledger books entries',
  format: 'video',
  level: 'beginner',
  owner: 'group:default/payments-team',
  urls: [{ url: 'https://academy.example/courses/ledger/' }],
};

const ALICE = 'user:default/alice-chen';
const at = (day: number) =>
  `2026-11-${String(day).padStart(2, '0')}T10:00:00.000Z`;

describe('DatabaseStatementStore', () => {
  const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

  async function setup(databaseId: TestDatabaseId) {
    const knex = await databases.init(databaseId);
    const db = await getMigratedClient({ getClient: async () => knex });
    const resources = new DatabaseResourceStore(db, {
      defaultReviewIntervalDays: DEFAULT_REVIEW_INTERVAL_DAYS,
    });
    const learners = new DatabaseLearnerStore(db);
    const statements = new DatabaseStatementStore(db);
    const resource = await resources.createResource(course);
    const enrolment = async () =>
      (await learners.getUserEnrolments(ALICE)).get(resource.id);
    return { knex, resources, learners, statements, resource, enrolment };
  }

  it('matches an activity id to a resource URL as the spec writes IRIs', () => {
    expect(normalizeActivityId('HTTPS://Academy.example/courses/ledger/')).toBe(
      normalizeActivityId('https://academy.example/courses/ledger'),
    );
    expect(normalizeActivityId('urn:course:ledger')).toBe('urn:course:ledger');
  });

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    it('applies each statement once, by its id, and keeps the cursor with it', async () => {
      const { statements, resource, enrolment, learners } = await setup(
        databaseId,
      );
      const progressed = {
        id: 's-1',
        userRef: ALICE,
        resource: { activityId: 'https://academy.example/courses/ledger' },
        state: 'in-progress' as const,
        progress: 40,
        timestamp: at(1),
      };
      const first = await statements.applyStatements('xapi:academy', {
        statements: [progressed],
        cursor: at(2),
      });
      expect(first).toEqual({
        applied: 1,
        duplicates: 0,
        voided: 0,
        enrolmentsChanged: 1,
        unmatched: [],
      });
      expect(await enrolment()).toMatchObject({
        state: 'in-progress',
        progress: 40,
      });
      expect(await statements.getCursor('xapi:academy')).toBe(at(2));
      expect(await statements.getCursor('xapi:other')).toBeUndefined();

      // the same statement again, read by an overlapping window
      const again = await statements.applyStatements('xapi:academy', {
        statements: [progressed],
        cursor: at(3),
      });
      expect(again).toMatchObject({ applied: 0, duplicates: 1 });
      expect(await statements.getCursor('xapi:academy')).toBe(at(3));

      const done = await statements.applyStatements('xapi:academy', {
        statements: [
          {
            ...progressed,
            id: 's-2',
            resource: { id: resource.id },
            state: 'completed',
            timestamp: at(4),
          },
          {
            ...progressed,
            id: 's-3',
            resource: { activityId: 'https://elsewhere.example/x' },
          },
        ],
      });
      expect(done).toMatchObject({ applied: 1, enrolmentsChanged: 1 });
      expect(done.unmatched).toEqual([
        {
          id: 's-3',
          reason: 'no resource has the URL https://elsewhere.example/x',
        },
      ]);
      expect(await enrolment()).toMatchObject({
        state: 'completed',
        progress: 100,
      });
      // what is not a statement is left out, not an error of the database
      const long = await statements.applyStatements('xapi:academy', {
        statements: [
          { ...progressed, id: 'x'.repeat(300) },
          { ...progressed, id: 'no-user', userRef: 'alice' },
          { ...progressed, id: 'no-time', timestamp: 'yesterday' },
        ],
        voidedIds: ['y'.repeat(300)],
      });
      expect(long).toMatchObject({ applied: 0, voided: 0 });
      expect(long.unmatched).toEqual([
        {
          id: 'x'.repeat(64),
          reason:
            'invalid: id: Too big: expected string to have <=255 characters',
        },
        {
          id: 'no-user',
          reason:
            "invalid: userRef: 'alice' is not a full entity ref of the form kind:namespace/name",
        },
        { id: 'no-time', reason: 'invalid: timestamp: Invalid ISO datetime' },
      ]);

      // the resource's counters follow
      expect(await learners.countLearners([resource.id])).toEqual(
        new Map([[resource.id, { learners: 1, completions: 1 }]]),
      );
    });

    it('undoes a voided statement, and never applies one voided before it came', async () => {
      const { statements, enrolment } = await setup(databaseId);
      const base = {
        userRef: ALICE,
        resource: { activityId: 'https://academy.example/courses/ledger' },
        timestamp: at(1),
      };
      await statements.applyStatements('xapi:academy', {
        statements: [
          { ...base, id: 'p', state: 'in-progress', progress: 30 },
          { ...base, id: 'c', state: 'completed', timestamp: at(2) },
        ],
      });
      expect(await enrolment()).toMatchObject({ state: 'completed' });

      const undo = await statements.applyStatements('xapi:academy', {
        statements: [],
        voidedIds: ['c', 'later'],
      });
      expect(undo).toMatchObject({ voided: 1, enrolmentsChanged: 1 });
      expect(await enrolment()).toMatchObject({
        state: 'in-progress',
        progress: 30,
      });

      // the statement voided before it came
      const late = await statements.applyStatements('xapi:academy', {
        statements: [
          { ...base, id: 'later', state: 'completed', timestamp: at(3) },
        ],
      });
      expect(late).toMatchObject({ applied: 0, duplicates: 1 });
      expect(await enrolment()).toMatchObject({ state: 'in-progress' });

      // with nothing left, the enrolment the statements began goes
      await statements.applyStatements('xapi:academy', {
        statements: [],
        voidedIds: ['p'],
      });
      expect(await enrolment()).toBeUndefined();
    });

    it('leaves alone what the learner recorded in Backstage since', async () => {
      const { statements, learners, resource, enrolment } = await setup(
        databaseId,
      );
      await learners.putEnrolment({
        resourceId: resource.id,
        userRef: ALICE,
        state: 'completed',
        progress: 100,
      });
      const old = await statements.applyStatements('xapi:academy', {
        statements: [
          {
            id: 'old',
            userRef: ALICE,
            resource: { id: resource.id },
            state: 'in-progress',
            progress: 10,
            timestamp: at(1),
          },
        ],
      });
      expect(old).toMatchObject({ applied: 1, enrolmentsChanged: 0 });
      expect(await enrolment()).toMatchObject({ state: 'completed' });
    });
  });
});
