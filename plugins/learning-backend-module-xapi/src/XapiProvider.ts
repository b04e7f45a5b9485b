import { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  LearningProvider,
  LearningProviderConnection,
  ProvidedLearnerStatement,
} from '@tech-learning/backstage-plugin-learning-node';
import { mapStatement, mboxSha1, StatementMapping } from './mapStatement';

/** The xAPI version the provider speaks. */
const XAPI_VERSION = '1.0.3';

/**
 * How a learning record store is read.
 *
 * @public
 */
export interface XapiStoreOptions {
  /** Stable: the provider is `xapi:<id>`, and its cursor is kept by it. */
  id: string;
  /** The store's xAPI endpoint, whose `statements` resource is read. */
  endpoint: string;
  /** The Authorization header (Basic, from a key and secret). */
  authorization?: string;
  /** `account` actors of this home page name catalog users. */
  accountHomePage?: string;
  /** Statements asked for per request. */
  pageSize: number;
  /** Where the first read starts (ISO 8601); by default, the beginning. */
  since?: string;
  /** Activity ids that are resources, by resource id. */
  activities: Map<string, string>;
}

/**
 * What one read of the store did.
 *
 * @public
 */
export interface XapiReadReport {
  /** Statements the store answered. */
  read: number;
  applied: number;
  /** Applied before (read again), or voided before they came. */
  duplicates: number;
  voided: number;
  /** Statements of verbs that say nothing about enrolment. */
  ignored: number;
  /** Actors that are no catalog user. */
  unmappedActors: number;
  /** Objects that are no resource of the suite. */
  unmappedObjects: number;
  /** Statements that are not valid ones: skipped. */
  malformed: number;
  /** The cursor saved: the store's consistent-through time. */
  cursor?: string;
  /** A few of the statements not mapped, and why. */
  examples: string[];
}

const EXAMPLES = 5;

/**
 * Reads completions and progress from a learning record store through
 * xAPI (`GET statements` since the saved cursor, page by page through
 * `more`) and hands them to the learning backend, which applies each
 * statement once, undoes voided ones and sets enrolments. Actors are
 * matched to catalog users by e-mail (`mbox`, `mbox_sha1sum`) or by an
 * account of the configured home page; activities to resources by
 * configured ids or by the resources' URLs. What cannot be mapped is
 * counted and reported, and never stops a read.
 *
 * @public
 */
export class XapiProvider implements LearningProvider {
  private readonly connection: Promise<LearningProviderConnection>;
  private resolveConnection!: (connection: LearningProviderConnection) => void;

  constructor(
    private readonly options: XapiStoreOptions,
    private readonly deps: {
      catalog: CatalogService;
      auth: AuthService;
      logger: LoggerService;
    },
  ) {
    // a scheduled run may come before the learning backend connects
    this.connection = new Promise(resolve => {
      this.resolveConnection = resolve;
    });
  }

  getProviderName(): string {
    return `xapi:${this.options.id}`;
  }

  async connect(connection: LearningProviderConnection): Promise<void> {
    this.resolveConnection(connection);
  }

  /** Reads what the store holds since the cursor, and applies it. */
  async read(): Promise<XapiReadReport> {
    const { endpoint, pageSize, authorization } = this.options;
    const connection = await this.connection;
    const mapping = await this.mapping();
    const previous = (await connection.getCursor()) ?? this.options.since;

    const report: XapiReadReport = {
      read: 0,
      applied: 0,
      duplicates: 0,
      voided: 0,
      ignored: 0,
      unmappedActors: 0,
      unmappedObjects: 0,
      malformed: 0,
      examples: [],
    };
    const example = (text: string) => {
      if (report.examples.length < EXAMPLES) report.examples.push(text);
    };

    const base = endpoint.endsWith('/') ? endpoint : `${endpoint}/`;
    let url: URL | undefined = new URL('statements', base);
    url.searchParams.set('ascending', 'true');
    url.searchParams.set('limit', String(pageSize));
    if (previous) url.searchParams.set('since', previous);
    let consistentThrough: string | undefined;
    let lastStored: string | undefined;

    while (url) {
      const response: Response = await fetch(url, {
        headers: {
          'X-Experience-API-Version': XAPI_VERSION,
          Accept: 'application/json',
          ...(authorization ? { Authorization: authorization } : {}),
        },
      });
      if (!response.ok) {
        throw new Error(
          `${this.getProviderName()}: GET ${url.pathname} answered ${
            response.status
          }: ${(await response.text()).slice(0, 200)}`,
        );
      }
      consistentThrough ??=
        response.headers.get('X-Experience-API-Consistent-Through') ??
        undefined;
      const body: { statements?: unknown; more?: unknown } =
        await response.json();
      if (!Array.isArray(body?.statements)) {
        throw new Error(
          `${this.getProviderName()}: GET ${
            url.pathname
          } answered no StatementResult`,
        );
      }

      const statements: ProvidedLearnerStatement[] = [];
      const voidedIds: string[] = [];
      for (const value of body.statements as unknown[]) {
        report.read += 1;
        const stored = (value as { stored?: unknown })?.stored;
        if (
          typeof stored === 'string' &&
          (!lastStored || stored > lastStored)
        ) {
          lastStored = stored;
        }
        const mapped = mapStatement(value, mapping);
        switch (mapped.kind) {
          case 'statement':
            statements.push(mapped.statement);
            break;
          case 'voiding':
            voidedIds.push(mapped.voidedId);
            break;
          case 'ignored':
            report.ignored += 1;
            break;
          case 'unmapped-actor':
            report.unmappedActors += 1;
            example(
              `${mapped.statementId}: ${mapped.actor} is no catalog user`,
            );
            break;
          case 'unmapped-object':
            report.unmappedObjects += 1;
            example(`${mapped.statementId}: ${mapped.object}`);
            break;
          default:
            report.malformed += 1;
            example(`malformed: ${mapped.reason}`);
        }
      }
      if (statements.length > 0 || voidedIds.length > 0) {
        const result = await connection.applyStatements({
          statements,
          voidedIds,
        });
        report.applied += result.applied;
        report.duplicates += result.duplicates;
        report.voided += result.voided;
        report.unmappedObjects += result.unmatched.length;
        for (const u of result.unmatched) example(`${u.id}: ${u.reason}`);
      }
      url =
        typeof body.more === 'string' && body.more !== ''
          ? new URL(body.more, base)
          : undefined;
    }

    // the next read starts where the store says it is consistent; what
    // it answered again then is applied once all the same
    const candidates = [previous, consistentThrough ?? lastStored].filter(
      (c): c is string => Boolean(c),
    );
    const cursor = candidates.sort((a, b) => Date.parse(a) - Date.parse(b))[
      candidates.length - 1
    ];
    if (cursor && cursor !== previous) {
      await connection.applyStatements({ statements: [], cursor });
    }
    report.cursor = cursor;

    const unmapped =
      report.unmappedActors + report.unmappedObjects + report.malformed;
    const summary = `${this.getProviderName()} read ${
      report.read
    } statements: ${report.applied} applied, ${report.voided} voided, ${
      report.duplicates
    } already applied, ${report.ignored} of other verbs; not mapped: ${
      report.unmappedActors
    } actors, ${report.unmappedObjects} objects, ${report.malformed} malformed`;
    if (unmapped > 0) {
      this.deps.logger.warn(`${summary} (${report.examples.join('; ')})`);
    } else {
      this.deps.logger.info(summary);
    }
    return report;
  }

  /** The catalog's users, by what statements may name them with. */
  private async mapping(): Promise<StatementMapping> {
    const { items } = await this.deps.catalog.getEntities(
      {
        filter: { kind: 'User' },
        fields: [
          'kind',
          'metadata.name',
          'metadata.namespace',
          'spec.profile.email',
        ],
      },
      { credentials: await this.deps.auth.getOwnServiceCredentials() },
    );
    const mapping: StatementMapping = {
      usersByEmail: new Map(),
      usersByMboxSha1: new Map(),
      usersByName: new Map(),
      accountHomePage: this.options.accountHomePage,
      activities: this.options.activities,
    };
    for (const user of items) {
      const ref = `user:${user.metadata.namespace ?? 'default'}/${
        user.metadata.name
      }`.toLowerCase();
      mapping.usersByName.set(user.metadata.name.toLowerCase(), ref);
      const email = (user.spec as { profile?: { email?: unknown } })?.profile
        ?.email;
      if (typeof email === 'string' && email) {
        mapping.usersByEmail.set(email.toLowerCase(), ref);
        mapping.usersByMboxSha1.set(mboxSha1(email), ref);
        mapping.usersByMboxSha1.set(mboxSha1(email.toLowerCase()), ref);
      }
    }
    return mapping;
  }
}
