import {
  AuditorService,
  AuthService,
  LoggerService,
} from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { ErasedCounts, RecordStore } from './RecordStore';

const DAY_MS = 24 * 60 * 60 * 1000;

/** At most this many refs go to the catalog in one request. */
const BATCH = 500;

/** What a run of the retention task did. */
interface RetentionReport {
  /** People with records. */
  holders: number;
  /** Of those, not in the catalog now. */
  missing: number;
  /** Of those, missing for the retention period: their records erased. */
  erased: number;
  /** Records erased, by kind. */
  records: ErasedCounts;
}

/**
 * Erases the learning records of people gone from the catalog for
 * `departedUserDays`. The catalog does not say when someone left, so the
 * period counts from the first run that found them missing; someone who
 * comes back is forgotten as missing.
 */
export class RecordRetention {
  constructor(
    private readonly deps: {
      store: RecordStore;
      catalog: CatalogService;
      auth: AuthService;
      auditor: AuditorService;
      logger: LoggerService;
      departedUserDays: number;
    },
  ) {}

  async run(): Promise<RetentionReport> {
    const { store, catalog, auth, auditor, logger } = this.deps;
    const holders = await store.listRecordHolders();
    const credentials = await auth.getOwnServiceCredentials();
    const missing: string[] = [];
    for (let i = 0; i < holders.length; i += BATCH) {
      const refs = holders.slice(i, i + BATCH);
      const { items } = await catalog.getEntitiesByRefs(
        { entityRefs: refs, fields: ['kind', 'metadata.name'] },
        { credentials },
      );
      refs.forEach((ref, j) => {
        if (!items[j]) missing.push(ref);
      });
    }
    const due = await store.noteDeparted(
      missing,
      new Date(Date.now() - this.deps.departedUserDays * DAY_MS),
    );
    const records: ErasedCounts = {
      enrolments: 0,
      feedback: 0,
      applications: 0,
      posts: 0,
      cohorts: 0,
      dismissals: 0,
      settings: 0,
      linkSuggestions: 0,
    };
    for (const userRef of due) {
      const event = await auditor.createEvent({
        eventId: 'records-retention-erase',
        severityLevel: 'medium',
        meta: { userRef, departedUserDays: this.deps.departedUserDays },
      });
      try {
        const erased = await store.eraseRecords(userRef);
        await store.forgetDeparted(userRef);
        for (const [kind, count] of Object.entries(erased)) {
          records[kind as keyof ErasedCounts] += count;
        }
        await event.success({ meta: { ...erased } });
      } catch (error) {
        await event.fail({ error: error as Error });
        throw error;
      }
    }
    const counts = Object.entries(records)
      .map(([kind, count]) => `${count} ${kind}`)
      .join(', ');
    logger.info(
      `Learning records: ${holders.length} people have some, ${missing.length} of them are not in the catalog; erased those of ${due.length} gone for ${this.deps.departedUserDays} days or more (${counts})`,
    );
    return {
      holders: holders.length,
      missing: missing.length,
      erased: due.length,
      records,
    };
  }
}
