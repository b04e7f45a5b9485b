import { spreadTtl } from './spreadTtl';

describe('spreadTtl', () => {
  it('spreads lifetimes over the last fifth below the base', () => {
    const draws = Array.from({ length: 1000 }, () => spreadTtl(60_000));
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(48_000);
    expect(Math.max(...draws)).toBeLessThanOrEqual(60_000);
    expect(new Set(draws).size).toBeGreaterThan(100);
  });
});
