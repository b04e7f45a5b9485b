import type { ProvidedLearnerStatement } from '@tech-learning/backstage-plugin-learning-node';
import { createHash } from 'node:crypto';

/** The verbs whose statements say something about a learner's enrolment. */
export const XAPI_VERBS = {
  completed: 'http://adlnet.gov/expapi/verbs/completed',
  passed: 'http://adlnet.gov/expapi/verbs/passed',
  progressed: 'http://adlnet.gov/expapi/verbs/progressed',
  satisfied: 'https://w3id.org/xapi/adl/verbs/satisfied',
  voided: 'http://adlnet.gov/expapi/verbs/voided',
} as const;

/** The cmi5 result extension that carries progress, 0 to 100. */
export const XAPI_PROGRESS_EXTENSION =
  'https://w3id.org/xapi/cmi5/result/extensions/progress';

const COMPLETING = new Set<string>([
  XAPI_VERBS.completed,
  XAPI_VERBS.passed,
  XAPI_VERBS.satisfied,
]);

/** How actors and activities of a store are matched to the catalog and the suite. */
export interface StatementMapping {
  /** Catalog users by e-mail address, lower case. */
  usersByEmail: Map<string, string>;
  /** Catalog users by the SHA-1 of their `mailto:` address. */
  usersByMboxSha1: Map<string, string>;
  /** Catalog users by name (`alice-chen` → `user:default/alice-chen`). */
  usersByName: Map<string, string>;
  /** An `account` actor of this home page names a catalog user. */
  accountHomePage?: string;
  /** Activity ids that are resources, by resource id. */
  activities: Map<string, string>;
}

/** What became of one statement. */
type MappedStatement =
  | { kind: 'statement'; statement: ProvidedLearnerStatement }
  | { kind: 'voiding'; statementId: string; voidedId: string }
  | { kind: 'ignored'; statementId: string; verb: string }
  | { kind: 'unmapped-actor'; statementId: string; actor: string }
  | { kind: 'unmapped-object'; statementId: string; object: string }
  | { kind: 'malformed'; reason: string };

const isObject = (value: unknown): value is Record<string, any> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A statement's actor as the catalog user it is, if any. */
function userOf(actor: Record<string, any>, mapping: StatementMapping) {
  if (actor.objectType === 'Group') return undefined;
  if (typeof actor.mbox === 'string') {
    return mapping.usersByEmail.get(
      actor.mbox.replace(/^mailto:/i, '').toLowerCase(),
    );
  }
  if (typeof actor.mbox_sha1sum === 'string') {
    return mapping.usersByMboxSha1.get(actor.mbox_sha1sum.toLowerCase());
  }
  if (isObject(actor.account) && mapping.accountHomePage) {
    const { homePage, name } = actor.account;
    const strip = (url: string) => url.replace(/\/+$/, '').toLowerCase();
    if (
      typeof homePage === 'string' &&
      typeof name === 'string' &&
      strip(homePage) === strip(mapping.accountHomePage)
    ) {
      return mapping.usersByName.get(name.toLowerCase());
    }
  }
  return undefined;
}

/** How an actor is shown in a report: never more than the store said. */
function describeActor(actor: Record<string, any>): string {
  if (typeof actor.mbox === 'string') return actor.mbox;
  if (typeof actor.mbox_sha1sum === 'string')
    return `mbox_sha1sum ${actor.mbox_sha1sum}`;
  if (isObject(actor.account))
    return `account ${actor.account.name} of ${actor.account.homePage}`;
  if (typeof actor.openid === 'string') return actor.openid;
  return actor.objectType === 'Group' ? 'a group' : 'an actor without an id';
}

/** The SHA-1 of a `mailto:` address, as `mbox_sha1sum` carries it. */
export function mboxSha1(email: string): string {
  return createHash('sha1').update(`mailto:${email}`).digest('hex');
}

/**
 * Maps one xAPI statement (1.0.x) to what it says about a learner, or says
 * why it says nothing: a verb of no interest, an actor or object the
 * catalog and the suite do not know, or a statement that is not one.
 */
export function mapStatement(
  value: unknown,
  mapping: StatementMapping,
): MappedStatement {
  if (!isObject(value)) return { kind: 'malformed', reason: 'not an object' };
  const { id, actor, verb, object, result } = value;
  if (typeof id !== 'string' || !UUID.test(id)) {
    return { kind: 'malformed', reason: 'no UUID id' };
  }
  if (!isObject(actor)) {
    return { kind: 'malformed', reason: `${id}: no actor` };
  }
  if (!isObject(verb) || typeof verb.id !== 'string') {
    return { kind: 'malformed', reason: `${id}: no verb id` };
  }
  if (!isObject(object)) {
    return { kind: 'malformed', reason: `${id}: no object` };
  }
  const timestamp = value.timestamp ?? value.stored;
  if (typeof timestamp !== 'string' || Number.isNaN(Date.parse(timestamp))) {
    return { kind: 'malformed', reason: `${id}: no valid timestamp` };
  }

  if (verb.id === XAPI_VERBS.voided) {
    if (object.objectType !== 'StatementRef' || typeof object.id !== 'string') {
      return {
        kind: 'malformed',
        reason: `${id}: voids something that is not a StatementRef`,
      };
    }
    return { kind: 'voiding', statementId: id, voidedId: object.id };
  }
  const completing = COMPLETING.has(verb.id);
  if (!completing && verb.id !== XAPI_VERBS.progressed) {
    return { kind: 'ignored', statementId: id, verb: verb.id };
  }

  const userRef = userOf(actor, mapping);
  if (!userRef) {
    return {
      kind: 'unmapped-actor',
      statementId: id,
      actor: describeActor(actor),
    };
  }
  if (
    (object.objectType !== undefined && object.objectType !== 'Activity') ||
    typeof object.id !== 'string'
  ) {
    return {
      kind: 'unmapped-object',
      statementId: id,
      object: `a ${object.objectType ?? 'object'} without an activity id`,
    };
  }
  const resourceId = mapping.activities.get(object.id);

  let progress: number | undefined;
  if (!completing) {
    const extension = isObject(result?.extensions)
      ? result.extensions[XAPI_PROGRESS_EXTENSION]
      : undefined;
    if (
      extension !== undefined &&
      (typeof extension !== 'number' || extension < 0 || extension > 100)
    ) {
      return {
        kind: 'malformed',
        reason: `${id}: its progress extension is not a number from 0 to 100`,
      };
    }
    progress = extension;
  }
  return {
    kind: 'statement',
    statement: {
      id,
      userRef,
      resource: resourceId ? { id: resourceId } : { activityId: object.id },
      state: completing ? 'completed' : 'in-progress',
      ...(progress !== undefined ? { progress } : {}),
      timestamp: new Date(timestamp).toISOString(),
    },
  };
}
