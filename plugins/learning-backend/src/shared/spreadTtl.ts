/**
 * A cache lifetime of `baseMs` less up to a fifth, at random. Entries that
 * were filled together (after a start, or after a write cleared the cache)
 * then expire at different times, instead of all reloading at once.
 */
export function spreadTtl(baseMs: number): number {
  return Math.round(baseMs * (0.8 + Math.random() * 0.2));
}
