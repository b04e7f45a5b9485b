import {
  LearningFormat,
  LearningLowRated,
  LearningResourceKind,
  LearningSearchMiss,
  LearningEmptyPage,
  LearningSmeLoad,
} from '@tech-learning/backstage-plugin-learning-common';

/** Page views of one entity on one day. */
export interface ViewCount {
  day: string;
  entityRef: string;
  views: number;
  /** Of them, views that had no material to show. */
  emptyViews: number;
}

/** Searches that found nothing, of one query on one day. */
export interface SearchMissCount {
  day: string;
  query: string;
  searches: number;
  /** Keyed hashes of who asked, to count different people up to 5. */
  askerKeys: string[];
}

/** Material by freshness state. */
export interface FreshnessCounts {
  fresh: number;
  due: number;
  possiblyOutdated: number;
  broken: number;
}

/** What was done with one format and kind in a period, and by how many. */
export interface ActivityCount {
  format: LearningFormat;
  kind: LearningResourceKind;
  enrolments: number;
  enrolmentLearners: number;
  completions: number;
  completionLearners: number;
}

/** A row of an aggregate snapshot. */
export interface SnapshotRow {
  day: string;
  metric: string;
  dimension: string;
  value: number;
}

/** The reads and writes of the program's insights. */
export interface InsightsStore {
  /** Adds page views to the per day and entity counters. */
  addViews(counts: ViewCount[]): Promise<void>;

  /**
   * Adds searches that found nothing to the per day and query counters,
   * and their askers to the count of different people (up to 5, after
   * which the askers' hashes are dropped).
   */
  addSearchMisses(counts: SearchMissCount[]): Promise<void>;

  /** The entities that resources teach (links with relation `teaches`). */
  taughtEntityRefs(): Promise<Set<string>>;

  /** Views per entity since a day (inclusive). */
  viewsSince(day: string): Promise<Map<string, number>>;

  /** Material by freshness state now. */
  freshnessNow(now: string): Promise<FreshnessCounts>;

  /** Enrolments and completions in [from, to), per format and kind. */
  activityBetween(from: string, to: string): Promise<ActivityCount[]>;

  /** Snapshot rows of some metrics from a day (inclusive) on. */
  readSnapshots(metrics: string[], fromDay: string): Promise<SnapshotRow[]>;

  /** The days among these that have a snapshot of the metric. */
  snapshotDays(metric: string, days: string[]): Promise<Set<string>>;

  /**
   * Writes snapshot rows; a row that exists (another replica wrote it) is
   * kept, so a day is written once.
   */
  writeSnapshots(rows: SnapshotRow[]): Promise<void>;

  /** Hours each review since then waited once due. */
  reviewWaitsSince(since: string): Promise<number[]>;

  /** Material due for review now, and since when the longest has waited. */
  waitingReviews(
    now: string,
  ): Promise<{ waiting: number; oldestDueAt?: string }>;

  /** The SMEs of the most material, with their load. */
  smeLoad(now: string, limit: number): Promise<LearningSmeLoad[]>;

  /** The lowest-rated resources among those rated by `minRatings` or more. */
  lowestRated(minRatings: number, limit: number): Promise<LearningLowRated[]>;

  /** Searches that found nothing since a day, by queries 5 people asked. */
  searchMissesSince(
    day: string,
    minAskers: number,
    limit: number,
  ): Promise<LearningSearchMiss[]>;

  /** Entity pages that had no material to show, since a day. */
  emptyPagesSince(day: string, limit: number): Promise<LearningEmptyPage[]>;

  /** Claims a group's digest of a month: false when it was sent already. */
  claimDigest(groupRef: string, month: string, now: string): Promise<boolean>;

  /** Deletes counters of days before this one. */
  pruneCounters(beforeDay: string): Promise<number>;
}
