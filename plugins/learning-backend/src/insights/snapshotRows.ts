import { ActivityCount, FreshnessCounts } from './InsightsStore';

/** Metrics of the snapshots. */
export const FRESHNESS_METRIC = 'freshness';
export const ACTIVITY_METRICS = [
  'enrolments',
  'enrolment-learners',
  'completions',
  'completion-learners',
] as const;

export const FRESHNESS_STATES: Array<[keyof FreshnessCounts, string]> = [
  ['fresh', 'fresh'],
  ['due', 'due'],
  ['possiblyOutdated', 'possibly-outdated'],
  ['broken', 'broken'],
];

/** An activity's snapshot rows, for the Monday of a week. */
export function activityRows(week: string, counts: ActivityCount[]) {
  const rows = counts.flatMap(c => {
    const dimension = `${c.format}|${c.kind}`;
    return [
      { metric: 'enrolments', value: c.enrolments },
      { metric: 'enrolment-learners', value: c.enrolmentLearners },
      { metric: 'completions', value: c.completions },
      { metric: 'completion-learners', value: c.completionLearners },
    ].map(r => ({ day: week, dimension, ...r }));
  });
  // a week without activity is written all the same: it was counted
  const made = counts.reduce((sum, c) => sum + c.enrolments, 0);
  return [
    ...rows,
    { day: week, metric: 'enrolments', dimension: '*', value: made },
  ];
}

/** A freshness snapshot's rows, for a day. */
export function freshnessRows(day: string, counts: FreshnessCounts) {
  return FRESHNESS_STATES.map(([key, state]) => ({
    day,
    metric: FRESHNESS_METRIC,
    dimension: state,
    value: counts[key],
  }));
}
