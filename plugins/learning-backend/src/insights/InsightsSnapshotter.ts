import { LoggerService } from '@backstage/backend-plugin-api';
import { InsightsStore } from './InsightsStore';
import { activityRows, freshnessRows, FRESHNESS_METRIC } from './snapshotRows';
import { addDays, dayOf, DAY_MS, lastWeeks } from './weeks';

/** How many past weeks the snapshots hold: what the charts can show. */
const SNAPSHOT_WEEKS = 52;

/** Counters of views and searches are kept this many days. */
const COUNTER_DAYS = 400;

/** What a run wrote. */
interface SnapshotReport {
  /** Whether today's freshness snapshot was written by this run. */
  freshness: boolean;
  /** Past weeks whose activity was written by this run. */
  weeks: number;
  /** Counter rows older than the kept days, deleted. */
  pruned: number;
  ms: number;
}

/**
 * The daily task's work: today's material by freshness state, the
 * activity (enrolments and completions per format and kind, and by how
 * many people) of each finished week that has none yet, and old counters
 * pruned. Rows a run finds written are kept, so a day is written once
 * however many replicas run it.
 */
export class InsightsSnapshotter {
  constructor(
    private readonly deps: {
      store: InsightsStore;
      logger: LoggerService;
      now?: () => number;
    },
  ) {}

  async run(): Promise<SnapshotReport> {
    const started = Date.now();
    const { store } = this.deps;
    const now = this.deps.now?.() ?? Date.now();
    const today = dayOf(now);

    let freshness = false;
    const done = await store.snapshotDays(FRESHNESS_METRIC, [today]);
    if (!done.has(today)) {
      const counts = await store.freshnessNow(new Date(now).toISOString());
      await store.writeSnapshots(freshnessRows(today, counts));
      freshness = true;
    }

    // the finished weeks, oldest first; the current one is computed live
    const finished = lastWeeks(now, SNAPSHOT_WEEKS + 1).slice(0, -1);
    const written = await store.snapshotDays('enrolments', finished);
    let weeks = 0;
    for (const week of finished) {
      if (written.has(week)) continue;
      const counts = await store.activityBetween(
        `${week}T00:00:00.000Z`,
        `${addDays(week, 7)}T00:00:00.000Z`,
      );
      await store.writeSnapshots(activityRows(week, counts));
      weeks += 1;
    }

    const pruned = await store.pruneCounters(
      dayOf(now - COUNTER_DAYS * DAY_MS),
    );
    const report = { freshness, weeks, pruned, ms: Date.now() - started };
    this.deps.logger.info(
      `Learning insights: snapshot of ${today} ${
        freshness ? 'written' : 'already there'
      }, ${weeks} weeks of activity written, ${pruned} old counters pruned, in ${
        report.ms
      } ms`,
    );
    return report;
  }
}
