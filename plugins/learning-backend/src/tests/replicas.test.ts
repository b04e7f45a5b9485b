/* eslint-disable jest/no-standalone-expect -- `maybe` is `it`, or `it.skip` where no PostgreSQL is configured */
import { schedulerServiceFactory } from '@backstage/backend-defaults/scheduler';
import { TestDatabases } from '@backstage/backend-test-utils';
import createKnex from 'knex';
import { FreshnessChecker } from '../freshness/FreshnessChecker';
import { LearningSourceSync } from '../sources/LearningSourceSync';
import { startLearningBackend } from '../__testUtils__/testBackend';

jest.setTimeout(120_000);

const EVERY_MS = 2_000;
const WATCH_MS = 11_000;

/** Start and end of each run of a method, on whichever replica ran it. */
function recordRuns<T extends object>(prototype: T, method: keyof T) {
  const runs: Array<{ start: number; end: number; replica: unknown }> = [];
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
        runs.push({ start, end: Date.now(), replica: this });
      }
    } as never);
  return runs;
}

/**
 * Two backend replicas on one PostgreSQL database, each with Backstage's
 * real scheduler: the plugin's global tasks run once per interval across
 * both, never side by side.
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
      initialDelay: { milliseconds: 0 },
    };
    const config = {
      learning: {
        permissions: { admins: ['group:default/admins'] },
        freshness: { schedule },
        sources: { schedule },
      },
    };
    const checks = recordRuns(FreshnessChecker.prototype, 'checkAll');
    const syncs = recordRuns(LearningSourceSync.prototype, 'syncAll');

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

    for (const runs of [checks, syncs]) {
      const sorted = [...runs].sort((a, b) => a.start - b.start);
      // ran, more than once, and on the same schedule as one process would
      expect(sorted.length).toBeGreaterThanOrEqual(2);
      expect(sorted.length).toBeLessThanOrEqual(
        Math.ceil(watched / EVERY_MS) + 1,
      );
      for (let i = 1; i < sorted.length; i++) {
        // never side by side, never twice in one interval (the scheduler
        // keeps a fixed rate, so a late run is followed sooner than that)
        expect(sorted[i].start).toBeGreaterThanOrEqual(sorted[i - 1].end);
        expect(sorted[i].start - sorted[i - 1].start).toBeGreaterThanOrEqual(
          EVERY_MS / 2,
        );
      }
    }
  });
});
