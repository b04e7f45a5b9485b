/* eslint-disable jest/no-standalone-expect -- `maybe` is `it`, or `it.skip` where no PostgreSQL is configured */
import { schedulerServiceFactory } from '@backstage/backend-defaults/scheduler';
import { TestDatabases } from '@backstage/backend-test-utils';
import createKnex from 'knex';
import { startLearningBackend } from '../__testUtils__/testBackend';
import { FreshnessChecker } from '../freshness';
import { InsightsSnapshotter } from '../insights/InsightsSnapshotter';
import { ModelBuilder } from '../recommendations';
import { LearningSourceSync } from '../sources';

jest.setTimeout(120_000);

const EVERY_MS = 2_000;
const WATCH_MS = 11_000;

/** Start and end of each run of a method, on either replica. */
function recordRuns<T extends object>(prototype: T, method: keyof T) {
  const runs: Array<{ start: number; end: number }> = [];
  const original = prototype[method] as unknown as (
    ...args: unknown[]
  ) => Promise<unknown>;
  jest
    .spyOn(prototype, method as never)
    .mockImplementation(async function run(this: unknown, ...args: never[]) {
      const start = Date.now();
      try {
        return await original.apply(this, args);
      } finally {
        runs.push({ start, end: Date.now() });
      }
    } as never);
  return runs;
}

/**
 * Two backend replicas on one PostgreSQL database, each with Backstage's
 * real scheduler: the plugin's global tasks run one at a time across both,
 * and no more often than their interval, as on one replica.
 *
 * The scheduler keeps a fixed rate: a run falls due at the last due time
 * plus the interval (or at once, when a run was later than a whole
 * interval), and replicas find a due run by polling. So two runs may come
 * close together, each in its own interval, but run k never starts before
 * the first run plus k - 1 intervals. Replicas that did not share the
 * scheduler's lock (each on a database of its own) run it twice per
 * interval, and fail that.
 */
describe('two replicas on one PostgreSQL', () => {
  const databases = TestDatabases.create({ ids: ['POSTGRES_15'] });
  const supported = databases.eachSupportedId();
  const maybe = supported.length > 0 ? it : it.skip;

  maybe('run each scheduled task once per interval', async () => {
    const knex = await databases.init('POSTGRES_15');
    const second = createKnex(knex.client.config);
    const schedule = {
      frequency: { milliseconds: EVERY_MS },
      timeout: { seconds: 30 },
      // both replicas are up before the first run falls due
      initialDelay: { milliseconds: EVERY_MS },
    };
    const config = {
      learning: {
        permissions: { admins: ['group:default/admins'] },
        freshness: { schedule },
        sources: { schedule },
        recommendations: { schedule },
        insights: { schedule },
      },
    };
    const checks = recordRuns(FreshnessChecker.prototype, 'checkAll');
    const syncs = recordRuns(LearningSourceSync.prototype, 'syncAll');
    const builds = recordRuns(ModelBuilder.prototype, 'build');
    const snapshots = recordRuns(InsightsSnapshotter.prototype, 'run');
    const snapshotReports = jest.spyOn(InsightsSnapshotter.prototype, 'run');

    const started = Date.now();
    const replicas = [
      await startLearningBackend({
        knex,
        extraFeatures: [schedulerServiceFactory],
        config,
      }),
      await startLearningBackend({
        knex: second,
        extraFeatures: [schedulerServiceFactory],
        config,
      }),
    ];
    await new Promise(resolve => setTimeout(resolve, WATCH_MS));
    await Promise.all(replicas.map(r => r.stop()));
    await second.destroy();
    const watched = Date.now() - started;

    for (const runs of [checks, syncs, builds, snapshots]) {
      const sorted = [...runs].sort((a, b) => a.start - b.start);
      expect(sorted.length).toBeGreaterThanOrEqual(3);
      expect(sorted.length).toBeLessThanOrEqual(
        Math.ceil(watched / EVERY_MS) + 1,
      );
      sorted.forEach((run, k) => {
        if (k === 0) return;
        // one at a time
        expect(run.start).toBeGreaterThanOrEqual(sorted[k - 1].end);
        // no more often than the interval
        expect(run.start - sorted[0].start).toBeGreaterThanOrEqual(
          (k - 1) * EVERY_MS,
        );
      });
    }

    // the day's snapshot was written by one run, once
    const reports = await Promise.all(
      snapshotReports.mock.results.map(r => r.value),
    );
    expect(reports.filter(r => r.freshness)).toHaveLength(1);
    const today = new Date().toISOString().slice(0, 10);
    expect(
      await knex('learning_insight_snapshots').where({
        day: today,
        metric: 'freshness',
      }),
    ).toHaveLength(4);
  });
});
