import { mockServices } from '@backstage/backend-test-utils';
import { InsightsStore } from './InsightsStore';
import { normaliseQuery, UsageCounters } from './UsageCounters';

describe('normaliseQuery', () => {
  it('counts a query by its words, not by its spelling', () => {
    expect(normaliseQuery('  Kafka\tSTREAMS \n')).toBe('kafka streams');
    expect(normaliseQuery('ｋａｆｋａ')).toBe('kafka');
    expect(normaliseQuery('x'.repeat(300))).toHaveLength(100);
    expect(normaliseQuery('   ')).toBe('');
  });
});

describe('UsageCounters', () => {
  const store = () => ({
    addViews: jest.fn().mockResolvedValue(undefined),
    addSearchMisses: jest.fn().mockResolvedValue(undefined),
  });

  it('adds what it counted per day and entity or query, with who asked only as hashes', async () => {
    const s = store();
    const counters = new UsageCounters({
      store: s as unknown as InsightsStore,
      logger: mockServices.logger.mock(),
      now: () => Date.parse('2026-12-07T10:00:00Z'),
    });
    counters.viewed('Component:default/A', true);
    counters.viewed('component:default/a', false);
    counters.searchFoundNothing('Kafka', 'user:default/x');
    counters.searchFoundNothing('kafka ', 'user:default/x');
    counters.searchFoundNothing('kafka', 'user:default/y');
    counters.searchFoundNothing('  ', 'user:default/y');
    await counters.stop();
    expect(s.addViews).toHaveBeenCalledWith([
      {
        day: '2026-12-07',
        entityRef: 'component:default/a',
        views: 2,
        emptyViews: 1,
      },
    ]);
    const [[misses]] = s.addSearchMisses.mock.calls;
    expect(misses).toEqual([
      {
        day: '2026-12-07',
        query: 'kafka',
        searches: 3,
        askerKeys: [expect.any(String), expect.any(String)],
      },
    ]);
    expect(JSON.stringify(misses)).not.toContain('user:default');
    // nothing is added twice
    await counters.flush();
    expect(s.addViews).toHaveBeenLastCalledWith([]);
  });

  it('logs a batch it could not add, and goes on', async () => {
    const s = store();
    s.addViews.mockRejectedValueOnce(new Error('database away'));
    const logger = mockServices.logger.mock();
    const counters = new UsageCounters({
      store: s as unknown as InsightsStore,
      logger,
    });
    counters.viewed('component:default/a', false);
    await counters.flush();
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringContaining('database away'),
    );
    counters.viewed('component:default/a', false);
    await counters.stop();
    expect(s.addViews).toHaveBeenCalledTimes(2);
  });
});
