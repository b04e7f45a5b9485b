import { LRUCache } from 'lru-cache';
import { spreadTtl } from './spreadTtl';

/**
 * A bounded in-process cache of values loaded on demand, for the hot reads
 * of entity pages:
 *
 * - concurrent misses of a key share one load;
 * - a value read in the last fifth of its lifetime is reloaded in the
 *   background, so that pages viewed all the time never wait for a reload;
 * - a load that overlapped `clear()` is not kept, since it may have read
 *   what a write has changed since;
 * - lifetimes are spread (`spreadTtl`), so values filled together do not
 *   expire together. A lifetime of 0 keeps nothing;
 * - with `staleMs`, a value past its lifetime is still answered for that
 *   long while it is reloaded in the background (stale while revalidate),
 *   for answers that may lag a little but should never make a view wait.
 */
export class RefreshingCache<V extends {}> {
  private readonly cache: LRUCache<string, V>;
  private readonly loading = new Map<string, Promise<V>>();
  /** Bumped by `clear()`, to drop loads that overlapped it. */
  private generation = 0;

  constructor(
    private readonly options: {
      ttlMs: number;
      /** How long past `ttlMs` a value may still be answered; default 0. */
      staleMs?: number;
      /** At most this many values… */
      max?: number;
      /** …or values of at most this total size. */
      maxSize?: number;
      sizeOf?: (value: V) => number;
      /** Whether to keep a loaded value; all are kept by default. */
      keep?: (value: V) => boolean;
      /** The clock, in milliseconds; for tests. */
      now?: () => number;
    },
  ) {
    const ttl = {
      ...(options.ttlMs > 0 ? { ttl: options.ttlMs } : {}),
      ...(options.now ? { perf: { now: options.now }, ttlResolution: 0 } : {}),
    };
    this.cache = options.maxSize
      ? new LRUCache<string, V>({
          ...ttl,
          maxSize: options.maxSize,
          sizeCalculation: value => Math.max(1, options.sizeOf?.(value) ?? 1),
        })
      : new LRUCache<string, V>({ ...ttl, max: options.max ?? 10_000 });
  }

  get(key: string, load: () => Promise<V>): Promise<V> {
    const value = this.cache.get(key);
    if (value === undefined) {
      return this.load(key, load);
    }
    const { ttlMs, staleMs = 0 } = this.options;
    if (this.cache.getRemainingTTL(key) < ttlMs / 5 + staleMs) {
      // A failed refresh leaves the value until it expires; the next
      // load then happens in the request, which sees the error.
      this.load(key, load).catch(() => undefined);
    }
    return Promise.resolve(value);
  }

  /** Forgets every value, and every load under way. */
  clear(): void {
    this.generation += 1;
    this.cache.clear();
  }

  private load(key: string, load: () => Promise<V>): Promise<V> {
    const generation = this.generation;
    const loadKey = `${generation}|${key}`;
    const pending = this.loading.get(loadKey);
    if (pending) {
      return pending;
    }
    const { ttlMs, staleMs = 0, keep } = this.options;
    const loaded = load()
      .then(value => {
        if (generation !== this.generation || ttlMs <= 0) {
          return value;
        }
        if (keep?.(value) ?? true) {
          this.cache.set(key, value, { ttl: spreadTtl(ttlMs) + staleMs });
        } else {
          // a reload in the background must not leave the old value
          this.cache.delete(key);
        }
        return value;
      })
      .finally(() => this.loading.delete(loadKey));
    this.loading.set(loadKey, loaded);
    return loaded;
  }
}
