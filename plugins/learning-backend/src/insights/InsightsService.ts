import {
  BackstageCredentials,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { NotAllowedError } from '@backstage/errors';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  LearningCoverage,
  LearningDemand,
  LearningDemandWeek,
  LearningFreshnessWeek,
  LearningHealth,
} from '@tech-learning/backstage-plugin-learning-common';
import { learningInsightsReadPermission } from '@tech-learning/backstage-plugin-learning-common';
import { computeCoverage, CoverageFilter } from './coverage';
import { CoverageCatalog } from './CoverageCatalog';
import { ASKERS_ENOUGH } from './DatabaseInsightsStore';
import { ActivityCount, FreshnessCounts, InsightsStore } from './InsightsStore';
import {
  ACTIVITY_METRICS,
  FRESHNESS_METRIC,
  FRESHNESS_STATES,
} from './snapshotRows';
import {
  addDays,
  dayOf,
  DAY_MS,
  HOUR_MS,
  lastWeeks,
  mondayOf,
  percentile,
} from './weeks';

/** Figures about people are shown only where this many or more. */
const MIN_PEOPLE = 5;

/** The weeks the charts show when the request says none. */
export const DEFAULT_WEEKS = 12;

/** Page views over this many days rank the learning debt. */
const VIEW_DAYS = 30;

/** The count each activity metric holds. */
const ACTIVITY_FIELDS: Record<
  string,
  'enrolments' | 'enrolmentLearners' | 'completions' | 'completionLearners'
> = {
  enrolments: 'enrolments',
  'enrolment-learners': 'enrolmentLearners',
  completions: 'completions',
  'completion-learners': 'completionLearners',
};

/**
 * The program's insights: coverage (read from the catalog and the links),
 * health and demand (from the material, the counters, and the daily
 * snapshots, the current week computed live), for those with
 * `learning.insights.read`.
 */
export class InsightsService {
  constructor(
    private readonly deps: {
      store: InsightsStore;
      catalog: CoverageCatalog;
      permissions: PermissionsService;
      now?: () => number;
    },
  ) {}

  async coverage(
    filter: CoverageFilter,
    page: { limit: number; cursor?: string },
    credentials: BackstageCredentials,
  ): Promise<LearningCoverage> {
    await this.authorize(credentials);
    const viewsFrom = dayOf(this.now() - (VIEW_DAYS - 1) * DAY_MS);
    const [catalog, taught, views] = await Promise.all([
      this.deps.catalog.read(),
      this.deps.store.taughtEntityRefs(),
      this.deps.store.viewsSince(viewsFrom),
    ]);
    return computeCoverage({
      entities: catalog.entities,
      taught,
      views,
      filter,
      page,
      catalogReadAt: catalog.readAt,
    });
  }

  async health(
    weeks: number,
    credentials: BackstageCredentials,
  ): Promise<LearningHealth> {
    await this.authorize(credentials);
    const { store } = this.deps;
    const now = new Date(this.now()).toISOString();
    const mondays = lastWeeks(this.now(), weeks);
    const [snapshots, current, waits, waiting, smeLoad, lowestRated] =
      await Promise.all([
        store.readSnapshots([FRESHNESS_METRIC], mondays[0]),
        store.freshnessNow(now),
        store.reviewWaitsSince(
          new Date(this.now() - 26 * 7 * DAY_MS).toISOString(),
        ),
        store.waitingReviews(now),
        store.smeLoad(now, 50),
        store.lowestRated(MIN_PEOPLE, 10),
      ]);
    // each past week as its last snapshot saw it
    const lastOfWeek = new Map<
      string,
      { day: string; counts: FreshnessCounts }
    >();
    for (const row of snapshots) {
      const week = mondayOf(row.day);
      let entry = lastOfWeek.get(week);
      if (!entry || entry.day < row.day) {
        entry = {
          day: row.day,
          counts: { fresh: 0, due: 0, possiblyOutdated: 0, broken: 0 },
        };
        lastOfWeek.set(week, entry);
      }
      if (entry.day === row.day) {
        const key = FRESHNESS_STATES.find(([, s]) => s === row.dimension)?.[0];
        if (key) entry.counts[key] = row.value;
      }
    }
    const freshness: LearningFreshnessWeek[] = [];
    for (const week of mondays.slice(0, -1)) {
      const entry = lastOfWeek.get(week);
      if (entry) freshness.push({ week, ...entry.counts });
    }
    freshness.push({ week: mondays[mondays.length - 1], ...current });

    const days = (hours?: number) =>
      hours === undefined ? undefined : Math.round((hours / 24) * 10) / 10;
    const median = days(percentile(waits, 0.5));
    const p90 = days(percentile(waits, 0.9));
    return {
      freshness,
      reviewWaits: {
        reviews: waits.length,
        ...(median !== undefined ? { medianDays: median } : {}),
        ...(p90 !== undefined ? { p90Days: p90 } : {}),
        waitingNow: waiting.waiting,
        ...(waiting.oldestDueAt
          ? {
              longestWaitingDays: days(
                (this.now() - Date.parse(waiting.oldestDueAt)) / HOUR_MS,
              ),
            }
          : {}),
      },
      smeLoad,
      lowestRated,
    };
  }

  async demand(
    weeks: number,
    credentials: BackstageCredentials,
  ): Promise<LearningDemand> {
    await this.authorize(credentials);
    const { store } = this.deps;
    const mondays = lastWeeks(this.now(), weeks);
    const current = mondays[mondays.length - 1];
    const [snapshots, live, searchMisses, emptyPages] = await Promise.all([
      store.readSnapshots([...ACTIVITY_METRICS], mondays[0]),
      store.activityBetween(
        `${current}T00:00:00.000Z`,
        `${addDays(current, 7)}T00:00:00.000Z`,
      ),
      store.searchMissesSince(mondays[0], ASKERS_ENOUGH, 50),
      store.emptyPagesSince(mondays[0], 50),
    ]);
    const cells = new Map<string, ActivityCount & { week: string }>();
    for (const row of snapshots) {
      if (row.dimension === '*' || row.day >= current) continue;
      const key = `${row.day}|${row.dimension}`;
      let cell = cells.get(key);
      if (!cell) {
        const [format, kind] = row.dimension.split('|');
        cell = {
          week: row.day,
          format: format as ActivityCount['format'],
          kind: kind as ActivityCount['kind'],
          enrolments: 0,
          enrolmentLearners: 0,
          completions: 0,
          completionLearners: 0,
        };
        cells.set(key, cell);
      }
      const field = ACTIVITY_FIELDS[row.metric];
      if (field) cell[field] = row.value;
    }
    for (const count of live) {
      cells.set(`${current}|${count.format}|${count.kind}`, {
        week: current,
        ...count,
      });
    }
    const activity: LearningDemandWeek[] = [...cells.values()]
      .sort((a, b) => {
        const x = `${a.week}|${a.format}|${a.kind}`;
        const y = `${b.week}|${b.format}|${b.kind}`;
        return x < y ? -1 : 1;
      })
      .map(c => ({
        week: c.week,
        format: c.format,
        kind: c.kind,
        // withheld where fewer than 5 people made them
        ...(c.enrolmentLearners >= MIN_PEOPLE
          ? { enrolments: c.enrolments }
          : {}),
        ...(c.completionLearners >= MIN_PEOPLE
          ? { completions: c.completions }
          : {}),
      }));
    return { weeks, activity, searchMisses, emptyPages };
  }

  private async authorize(credentials: BackstageCredentials) {
    const [decision] = await this.deps.permissions.authorize(
      [{ permission: learningInsightsReadPermission }],
      { credentials },
    );
    if (decision.result !== AuthorizeResult.ALLOW) {
      throw new NotAllowedError(
        'Only the learning program (learning.insights.read) sees insights',
      );
    }
  }

  private now() {
    return this.deps.now?.() ?? Date.now();
  }
}
