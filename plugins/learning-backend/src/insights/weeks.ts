export const HOUR_MS = 60 * 60 * 1000;
export const DAY_MS = 24 * HOUR_MS;

/** The UTC day of a time, YYYY-MM-DD. */
export const dayOf = (time: number | Date) =>
  new Date(time).toISOString().slice(0, 10);

/** The Monday (UTC) of the week of a day or time, YYYY-MM-DD. */
export function mondayOf(time: number | string): string {
  const date = new Date(
    typeof time === 'string' ? `${time.slice(0, 10)}T00:00:00Z` : time,
  );
  const sinceMonday = (date.getUTCDay() + 6) % 7;
  return new Date(
    Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()) -
      sinceMonday * DAY_MS,
  )
    .toISOString()
    .slice(0, 10);
}

/** A day plus some days, YYYY-MM-DD. */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS)
    .toISOString()
    .slice(0, 10);
}

/** The Mondays of the last `count` weeks, the current one last. */
export function lastWeeks(now: number, count: number): string[] {
  const current = mondayOf(now);
  return Array.from({ length: count }, (_, i) =>
    addDays(current, -7 * (count - 1 - i)),
  );
}

/** The value at a percentile (0 to 1) of numbers, nearest rank. */
export function percentile(values: number[], p: number): number | undefined {
  if (values.length === 0) {
    return undefined;
  }
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil(p * sorted.length));
  return sorted[rank - 1];
}
