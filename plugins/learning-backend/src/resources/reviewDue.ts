const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * When a resource falls due for review: its last review (or, never reviewed,
 * its creation) plus its interval, or the configured default interval; none
 * when neither is set.
 */
export function reviewDueAt(
  reviewedAt: string | undefined,
  createdAt: string,
  intervalDays: number | undefined,
  defaultIntervalDays: number | undefined,
): string | null {
  const days = intervalDays ?? defaultIntervalDays;
  if (days === undefined) {
    return null;
  }
  const base = Date.parse(reviewedAt ?? createdAt);
  return new Date(base + days * DAY_MS).toISOString();
}
