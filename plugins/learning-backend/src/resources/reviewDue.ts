import { LearningFreshnessState } from '@tech-learning/backstage-plugin-learning-common';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * A resource's freshness state: what the freshness check flagged (broken,
 * possibly outdated), else due once its review date has come, else fresh.
 * Timestamps are ISO strings, as `toIsoTimestamp` gives them.
 */
export function freshnessStateOf(
  flag: LearningFreshnessState | null,
  dueAt: string | undefined,
  now: string,
): LearningFreshnessState {
  if (flag) {
    return flag;
  }
  return dueAt && dueAt <= now ? 'due' : 'fresh';
}

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
