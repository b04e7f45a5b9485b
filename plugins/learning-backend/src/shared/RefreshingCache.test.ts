import { RefreshingCache } from './RefreshingCache';

describe('RefreshingCache', () => {
  let now = 0;
  const clock = () => now;

  beforeEach(() => {
    now = 1_000;
    // no spread: lifetimes are exactly ttlMs
    jest.spyOn(Math, 'random').mockReturnValue(1);
  });
  afterEach(() => jest.restoreAllMocks());

  /** A loader that answers v1, v2, … and can be held back. */
  function loader() {
    let count = 0;
    let held: Array<() => void> | undefined;
    const load = jest.fn(async () => {
      count += 1;
      const value = `v${count}`;
      if (held) {
        await new Promise<void>(resolve => held!.push(resolve));
      }
      return value;
    });
    return {
      load,
      hold: () => {
        held = [];
      },
      release: () => {
        const waiting = held ?? [];
        held = undefined;
        waiting.forEach(resolve => resolve());
      },
    };
  }

  const cache = () =>
    new RefreshingCache<string>({ ttlMs: 1_000, max: 10, now: clock });
  const settle = () => new Promise(resolve => setImmediate(resolve));

  it('loads once, and again after the lifetime', async () => {
    const c = cache();
    const l = loader();
    expect(await c.get('k', l.load)).toBe('v1');
    now += 500;
    expect(await c.get('k', l.load)).toBe('v1');
    now += 600;
    expect(await c.get('k', l.load)).toBe('v2');
    expect(l.load).toHaveBeenCalledTimes(2);
  });

  it('reloads in the background what is read near the end of its lifetime', async () => {
    const c = cache();
    const l = loader();
    await c.get('k', l.load);
    now += 850;
    l.hold();
    // answered at once with the value it has, while v2 loads
    expect(await c.get('k', l.load)).toBe('v1');
    expect(l.load).toHaveBeenCalledTimes(2);
    // a second read meanwhile does not start another load
    expect(await c.get('k', l.load)).toBe('v1');
    expect(l.load).toHaveBeenCalledTimes(2);
    l.release();
    await settle();
    now += 500; // past v1's lifetime, within v2's
    expect(await c.get('k', l.load)).toBe('v2');
    expect(l.load).toHaveBeenCalledTimes(2);
  });

  it('keeps the value when a background reload fails', async () => {
    const c = cache();
    await c.get('k', async () => 'v1');
    now += 850;
    const failing = jest.fn(async () => {
      throw new Error('database down');
    });
    expect(await c.get('k', failing)).toBe('v1');
    await settle();
    expect(await c.get('k', failing)).toBe('v1');
    now += 200; // expired: the failure now reaches the reader
    await expect(c.get('k', failing)).rejects.toThrow('database down');
  });

  it('shares one load among concurrent misses', async () => {
    const c = cache();
    const l = loader();
    l.hold();
    const reads = [c.get('k', l.load), c.get('k', l.load)];
    await settle();
    l.release();
    expect(await Promise.all(reads)).toEqual(['v1', 'v1']);
    expect(l.load).toHaveBeenCalledTimes(1);
  });

  it('does not keep a load that overlapped clear()', async () => {
    const c = cache();
    const l = loader();
    l.hold();
    const during = c.get('k', l.load);
    await settle();
    c.clear();
    // a read after the clear does not join the load from before it
    const after = c.get('k', l.load);
    await settle();
    l.release();
    expect(await during).toBe('v1');
    expect(await after).toBe('v2');
    expect(await c.get('k', l.load)).toBe('v2');
    expect(l.load).toHaveBeenCalledTimes(2);
  });

  it('keeps only what `keep` accepts, and nothing with a lifetime of 0', async () => {
    const picky = new RefreshingCache<string>({
      ttlMs: 1_000,
      keep: v => v !== 'v1',
      now: clock,
    });
    const l = loader();
    expect(await picky.get('k', l.load)).toBe('v1');
    expect(await picky.get('k', l.load)).toBe('v2');
    expect(await picky.get('k', l.load)).toBe('v2');

    const off = new RefreshingCache<string>({ ttlMs: 0, now: clock });
    const m = loader();
    await off.get('k', m.load);
    await off.get('k', m.load);
    expect(m.load).toHaveBeenCalledTimes(2);
  });

  it('answers a value past its lifetime within staleMs while it reloads, not after', async () => {
    const c = new RefreshingCache<string>({
      ttlMs: 1_000,
      staleMs: 5_000,
      max: 10,
      now: clock,
    });
    const l = loader();
    await c.get('k', l.load);
    now += 3_000; // past its lifetime, within the stale window
    l.hold();
    expect(await c.get('k', l.load)).toBe('v1');
    l.release();
    await settle();
    expect(await c.get('k', l.load)).toBe('v2');
    expect(l.load).toHaveBeenCalledTimes(2);

    now += 6_500; // past lifetime and stale window: the view waits
    l.hold();
    const waiting = c.get('k', l.load);
    let answered = false;
    waiting.then(() => {
      answered = true;
    });
    await settle();
    expect(answered).toBe(false);
    l.release();
    expect(await waiting).toBe('v3');
  });

  it('drops a stale value whose reload is not to be kept', async () => {
    let found = true;
    const c = new RefreshingCache<{ found: boolean }>({
      ttlMs: 1_000,
      staleMs: 5_000,
      max: 10,
      now: clock,
      keep: v => v.found,
    });
    const load = jest.fn(async () => ({ found }));
    expect(await c.get('k', load)).toEqual({ found: true });
    found = false; // say, the entity left the catalog
    now += 2_000;
    expect(await c.get('k', load)).toEqual({ found: true });
    await settle();
    expect(await c.get('k', load)).toEqual({ found: false });
    expect(load).toHaveBeenCalledTimes(3);
  });
});
