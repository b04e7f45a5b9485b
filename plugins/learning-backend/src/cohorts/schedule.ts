import {
  LearningCohortStatus,
  LearningCohortWeek,
} from '@tech-learning/backstage-plugin-learning-common';

const DAY_MS = 86_400_000;

/** A day as `YYYY-MM-DD`, in UTC. */
export function dayOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The day `days` after `day` (both `YYYY-MM-DD`). */
export function addDays(day: string, days: number): string {
  return dayOf(new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS));
}

/** The last day of a cohort of `weeks` weeks starting on `startsOn`. */
export function lastDayOf(startsOn: string, weeks: number): string {
  return addDays(startsOn, weeks * 7 - 1);
}

/**
 * Where a cohort stands on `today`: upcoming before its first day,
 * finished after its last, else running in the week `currentWeek`.
 */
export function cohortStatus(
  startsOn: string,
  weeks: number,
  today: string,
): { status: LearningCohortStatus; currentWeek?: number } {
  if (today < startsOn) {
    return { status: 'upcoming' };
  }
  if (today > lastDayOf(startsOn, weeks)) {
    return { status: 'finished' };
  }
  const days = Math.round(
    (Date.parse(`${today}T00:00:00Z`) - Date.parse(`${startsOn}T00:00:00Z`)) /
      DAY_MS,
  );
  return { status: 'running', currentWeek: Math.floor(days / 7) };
}

/**
 * The weeks of a cohort: the steps of a path in order (a week for each,
 * "Week n" past the last step, should the path have lost steps since),
 * or the parts of a self-paced resource.
 */
export function cohortSchedule(
  startsOn: string,
  weeks: number,
  steps?: Array<{ resourceId: string; title?: string }>,
): LearningCohortWeek[] {
  return Array.from({ length: weeks }, (_, index) => {
    const step = steps?.[index];
    let title: string;
    if (steps) {
      title = step?.title ?? `Week ${index + 1}`;
    } else {
      title = `Part ${index + 1} of ${weeks}`;
    }
    return {
      index,
      title,
      ...(step ? { resourceId: step.resourceId } : {}),
      startsOn: addDays(startsOn, index * 7),
      endsOn: addDays(startsOn, index * 7 + 6),
    };
  });
}

/** What a cohort is called: its title, or after its material. */
export function cohortName(
  cohort: { title?: string },
  resource: { title: string },
): string {
  return cohort.title ?? `${resource.title} cohort`;
}
