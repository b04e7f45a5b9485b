import {
  mapStatement,
  mboxSha1,
  StatementMapping,
  XAPI_PROGRESS_EXTENSION,
  XAPI_VERBS,
} from './mapStatement';

/*
 * Statements as the xAPI specification (1.0.3, part two) writes its
 * examples, with the verbs this provider maps; what the store answers is
 * tested against a real store in XapiProvider.test.ts.
 */

const mapping: StatementMapping = {
  usersByEmail: new Map([
    ['example.learner@adlnet.gov', 'user:default/example-learner'],
  ]),
  usersByMboxSha1: new Map([
    [mboxSha1('example.learner@adlnet.gov'), 'user:default/example-learner'],
  ]),
  usersByName: new Map([['erin-walsh', 'user:default/erin-walsh']]),
  accountHomePage: 'https://academy.example.com/',
  activities: new Map([
    ['http://example.adlnet.gov/xapi/example/course', 'resource-1'],
  ]),
};

const learner = {
  objectType: 'Agent',
  name: 'Example Learner',
  mbox: 'mailto:example.learner@adlnet.gov',
};

const statement = (verb: string, extra: object = {}) => ({
  id: '7ccd3322-e1a5-411a-a67d-6a735c76f119',
  timestamp: '2015-12-18T12:17:00+00:00',
  actor: learner,
  verb: { id: verb, display: { 'en-US': verb.split('/').pop() } },
  object: {
    id: 'http://example.adlnet.gov/xapi/example/simpleCBT',
    definition: { name: { 'en-US': 'simple CBT course' } },
    objectType: 'Activity',
  },
  ...extra,
});

describe('mapStatement', () => {
  it('maps completed, passed and cmi5 satisfied to a completion', () => {
    for (const verb of [
      XAPI_VERBS.completed,
      XAPI_VERBS.passed,
      XAPI_VERBS.satisfied,
    ]) {
      expect(mapStatement(statement(verb), mapping)).toEqual({
        kind: 'statement',
        statement: {
          id: '7ccd3322-e1a5-411a-a67d-6a735c76f119',
          userRef: 'user:default/example-learner',
          resource: {
            activityId: 'http://example.adlnet.gov/xapi/example/simpleCBT',
          },
          state: 'completed',
          timestamp: '2015-12-18T12:17:00.000Z',
        },
      });
    }
  });

  it('maps progressed with the cmi5 progress extension to progress', () => {
    const mapped = mapStatement(
      statement(XAPI_VERBS.progressed, {
        result: { extensions: { [XAPI_PROGRESS_EXTENSION]: 40 } },
      }),
      mapping,
    );
    expect(mapped).toMatchObject({
      kind: 'statement',
      statement: { state: 'in-progress', progress: 40 },
    });
    expect(
      mapStatement(
        statement(XAPI_VERBS.progressed, {
          result: { extensions: { [XAPI_PROGRESS_EXTENSION]: 140 } },
        }),
        mapping,
      ),
    ).toEqual({
      kind: 'malformed',
      reason:
        '7ccd3322-e1a5-411a-a67d-6a735c76f119: its progress extension is not a number from 0 to 100',
    });
  });

  it('names the resource by a configured activity id', () => {
    const mapped = mapStatement(
      statement(XAPI_VERBS.completed, {
        object: { id: 'http://example.adlnet.gov/xapi/example/course' },
      }),
      mapping,
    );
    expect(mapped).toMatchObject({
      statement: { resource: { id: 'resource-1' } },
    });
  });

  it('finds the learner by mbox, mbox_sha1sum and an account of the home page', () => {
    const by = (actor: object) =>
      mapStatement(statement(XAPI_VERBS.completed, { actor }), mapping);
    expect(by({ mbox: 'mailto:Example.Learner@ADLnet.gov' })).toMatchObject({
      statement: { userRef: 'user:default/example-learner' },
    });
    expect(
      by({ mbox_sha1sum: mboxSha1('example.learner@adlnet.gov') }),
    ).toMatchObject({ statement: { userRef: 'user:default/example-learner' } });
    expect(
      by({
        account: {
          homePage: 'https://academy.example.com',
          name: 'erin-walsh',
        },
      }),
    ).toMatchObject({ statement: { userRef: 'user:default/erin-walsh' } });
    expect(
      by({
        account: { homePage: 'https://other.example.com', name: 'erin-walsh' },
      }),
    ).toEqual({
      kind: 'unmapped-actor',
      statementId: '7ccd3322-e1a5-411a-a67d-6a735c76f119',
      actor: 'account erin-walsh of https://other.example.com',
    });
    expect(by({ objectType: 'Group', member: [learner] })).toMatchObject({
      kind: 'unmapped-actor',
      actor: 'a group',
    });
  });

  it('reads the specification’s voiding statement as the id it voids', () => {
    const voiding = {
      id: '2b2ab6e3-2d1d-4a9a-8b4b-b8ee6d8d2f3a',
      stored: '2015-12-18T12:20:00+00:00',
      actor: {
        objectType: 'Agent',
        name: 'Example Admin',
        mbox: 'mailto:admin@example.adlnet.gov',
      },
      verb: {
        id: 'http://adlnet.gov/expapi/verbs/voided',
        display: { 'en-US': 'voided' },
      },
      object: {
        objectType: 'StatementRef',
        id: 'e05aa883-acaf-40ad-bf54-02c8ce485fb0',
      },
    };
    expect(mapStatement(voiding, mapping)).toEqual({
      kind: 'voiding',
      statementId: '2b2ab6e3-2d1d-4a9a-8b4b-b8ee6d8d2f3a',
      voidedId: 'e05aa883-acaf-40ad-bf54-02c8ce485fb0',
    });
  });

  it('ignores other verbs, and counts statements that are not ones', () => {
    // the specification's "attempted" example says nothing of enrolment
    expect(
      mapStatement(
        statement('http://adlnet.gov/expapi/verbs/attempted', {
          result: { score: { scaled: 0.95 }, success: true },
        }),
        mapping,
      ),
    ).toMatchObject({ kind: 'ignored' });
    expect(mapStatement('a statement', mapping)).toEqual({
      kind: 'malformed',
      reason: 'not an object',
    });
    expect(
      mapStatement({ ...statement(XAPI_VERBS.completed), id: 'x' }, mapping),
    ).toEqual({ kind: 'malformed', reason: 'no UUID id' });
    const { verb: _, ...noVerb } = statement(XAPI_VERBS.completed);
    expect(mapStatement(noVerb, mapping)).toMatchObject({ kind: 'malformed' });
    expect(
      mapStatement(
        { ...statement(XAPI_VERBS.completed), timestamp: 'yesterday' },
        mapping,
      ),
    ).toMatchObject({ kind: 'malformed' });
    expect(
      mapStatement(
        statement(XAPI_VERBS.completed, {
          object: { objectType: 'Agent', mbox: 'mailto:a@b.c' },
        }),
        mapping,
      ),
    ).toMatchObject({ kind: 'unmapped-object' });
  });
});
