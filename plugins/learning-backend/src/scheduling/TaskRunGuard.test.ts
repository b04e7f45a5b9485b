import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { getMigratedClient } from '../database/migrate';
import { intervalMs, TaskRunGuard } from './TaskRunGuard';

describe('TaskRunGuard', () => {
  const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

  it.each(databases.eachSupportedId())(
    'lets one run per interval through, and one asked for (%p)',
    async databaseId => {
      const db = await getMigratedClient(
        mockServices.database({ knex: await databases.init(databaseId) }),
      );
      const guard = new TaskRunGuard(db);
      const hour = 3_600_000;
      // two replicas racing for the same interval: one wins
      const raced = await Promise.all([
        guard.claim('task', hour),
        guard.claim('task', hour),
      ]);
      expect(raced.filter(Boolean)).toHaveLength(1);
      expect(await guard.claim('task', hour)).toBe(false);
      // another task is another matter
      expect(await guard.claim('other', hour)).toBe(true);
      // asked for: the next run goes ahead, once
      await guard.request('task');
      expect(await guard.claim('task', hour)).toBe(true);
      expect(await guard.claim('task', hour)).toBe(false);
      // no least gap: every run goes ahead
      expect(await guard.claim('task', 0)).toBe(true);
    },
  );

  it('reads the interval of a schedule', () => {
    expect(intervalMs({ minutes: 30 })).toBe(1_800_000);
    expect(intervalMs({ cron: '0 * * * *' })).toBe(0);
    expect(intervalMs({ trigger: 'manual' })).toBe(0);
  });
});
