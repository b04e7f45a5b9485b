import { LoggerService } from '@backstage/backend-plugin-api';
import { createHash } from 'crypto';
import { UsageRecorder } from '../shared/usage';
import { InsightsStore, SearchMissCount, ViewCount } from './InsightsStore';
import { dayOf } from './weeks';

/** How often counted views and searches are added to the database. */
const FLUSH_INTERVAL_MS = 5_000;

/**
 * A search's text as it is counted: trimmed, lower case, spaces collapsed,
 * at most 100 characters.
 */
export function normaliseQuery(query: string): string {
  return query
    .normalize('NFKC')
    .toLocaleLowerCase('en-US')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 100);
}

/**
 * Counts entity page views and searches that found nothing, in memory, and
 * adds them to the per day counters every few seconds, so that the request
 * that is counted does not wait for the database. Several replicas add to
 * the same counters. Counts not yet added when a replica dies are lost
 * (a few seconds' worth); shutting down adds them first.
 */
export class UsageCounters implements UsageRecorder {
  private views = new Map<string, ViewCount>();
  private misses = new Map<string, SearchMissCount & { keys: Set<string> }>();
  private timer?: NodeJS.Timeout;
  private flushing: Promise<void> = Promise.resolve();

  constructor(
    private readonly deps: {
      store: InsightsStore;
      logger: LoggerService;
      now?: () => number;
    },
  ) {}

  /** Counts a view of an entity's page; `empty` when it had no material. */
  viewed(entityRef: string, empty: boolean): void {
    const day = dayOf(this.now());
    const ref = entityRef.toLocaleLowerCase('en-US');
    const key = `${day}|${ref}`;
    const count = this.views.get(key) ?? {
      day,
      entityRef: ref,
      views: 0,
      emptyViews: 0,
    };
    count.views += 1;
    count.emptyViews += empty ? 1 : 0;
    this.views.set(key, count);
    this.schedule();
  }

  /** Counts a search of a user that found nothing. */
  searchFoundNothing(query: string, userRef: string): void {
    const text = normaliseQuery(query);
    if (!text) {
      return;
    }
    const day = dayOf(this.now());
    const key = `${day}|${text}`;
    const count = this.misses.get(key) ?? {
      day,
      query: text,
      searches: 0,
      askerKeys: [],
      keys: new Set<string>(),
    };
    count.searches += 1;
    count.keys.add(askerKey(text, userRef));
    this.misses.set(key, count);
    this.schedule();
  }

  /** Adds what was counted to the database now. */
  flush(): Promise<void> {
    this.flushing = this.flushing.then(() => this.write());
    return this.flushing;
  }

  /** Stops the timer and adds what is left. */
  async stop(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
    await this.flush();
  }

  private schedule() {
    if (!this.timer) {
      this.timer = setTimeout(() => {
        this.timer = undefined;
        this.flush().catch(() => undefined);
      }, FLUSH_INTERVAL_MS);
      this.timer.unref?.();
    }
  }

  private async write(): Promise<void> {
    const views = [...this.views.values()];
    const misses = [...this.misses.values()].map(({ keys, ...m }) => ({
      ...m,
      askerKeys: [...keys],
    }));
    this.views = new Map();
    this.misses = new Map();
    try {
      await this.deps.store.addViews(views);
      await this.deps.store.addSearchMisses(misses);
    } catch (error) {
      // counters are a measure, not a record: a lost batch is logged only
      this.deps.logger.warn(
        `Could not add ${views.length} page view and ${misses.length} search counters: ${error}`,
      );
    }
  }

  private now() {
    return this.deps.now?.() ?? Date.now();
  }
}

/**
 * Who asked, as a hash keyed by the query: enough to count different
 * people, and useless for finding what else the same person searched.
 */
function askerKey(query: string, userRef: string): string {
  return createHash('sha256')
    .update(`${query}\n${userRef.toLocaleLowerCase('en-US')}`)
    .digest('base64url')
    .slice(0, 16);
}
