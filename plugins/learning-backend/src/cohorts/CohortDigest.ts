import { LoggerService } from '@backstage/backend-plugin-api';
import { NotificationService } from '@backstage/plugin-notifications-node';
import { ResourceStore } from '../resources';
import { sendNotification } from '../shared/sendNotification';
import { CohortService } from './CohortService';
import { CohortStore } from './CohortStore';
import { cohortName, cohortStatus, dayOf } from './schedule';

/** The topic of cohort notifications, for users' settings. */
const COHORT_NOTIFICATION_TOPIC = 'learning-cohorts';

/**
 * The weekly digest of running cohorts: at the start of each of its weeks,
 * every member hears of this week's step, how many members have finished
 * it, and the answers given since the last digest. A week's digest goes
 * out once, whichever replica runs the task and however often.
 */
export class CohortDigest {
  constructor(
    private readonly deps: {
      store: CohortStore;
      service: CohortService;
      resources: ResourceStore;
      notifications: NotificationService;
      logger: LoggerService;
      now?: () => Date;
    },
  ) {}

  /** Sends the digests that are due; returns how many cohorts got one. */
  async run(): Promise<number> {
    const now = this.deps.now?.() ?? new Date();
    const today = dayOf(now);
    let sent = 0;
    let cursor: string | undefined;
    do {
      const page = await this.deps.store.listCohorts(
        { startsTo: today, endsFrom: today },
        { limit: 200, cursor },
      );
      for (const cohort of page.items) {
        const { currentWeek } = cohortStatus(
          cohort.startsOn,
          cohort.weeks,
          today,
        );
        if (
          currentWeek === undefined ||
          (cohort.digestWeek ?? -1) >= currentWeek
        ) {
          continue;
        }
        const resource = await this.deps.resources.getResource(
          cohort.resourceId,
        );
        const members = await this.deps.store.listMembers(cohort.id);
        if (
          !resource ||
          members.length === 0 ||
          !(await this.deps.store.claimDigest(
            cohort.id,
            currentWeek,
            now.toISOString(),
          ))
        ) {
          continue;
        }
        const week = (await this.deps.service.scheduleOf({ cohort, resource }))[
          currentWeek
        ];
        const progress = await this.deps.service.progressOf(
          cohort,
          resource,
          members.map(m => m.userRef),
        );
        const finished = [...progress.values()].filter(
          p => p.weeksDone > currentWeek,
        ).length;
        const answers = await this.deps.store.countAnswersSince(
          cohort,
          cohort.digestAt ?? cohort.createdAt,
        );
        const name = cohortName(cohort, resource);
        await sendNotification(
          this.deps,
          {
            type: 'entity',
            entityRef: members.map(m => m.userRef),
          },
          {
            title: `${name}, week ${currentWeek + 1} of ${cohort.weeks}: ${
              week.title
            }`,
            description: `${finished} of ${
              members.length
            } members have finished this week's step. ${
              answers === 1 ? '1 new answer' : `${answers} new answers`
            } in the discussions since the last digest.`,
            link: `/learning/cohorts/${encodeURIComponent(cohort.id)}`,
            severity: 'low',
            topic: COHORT_NOTIFICATION_TOPIC,
            scope: `cohort:${cohort.id}:digest:${currentWeek}`,
          },
        );
        sent += 1;
      }
      cursor = page.nextCursor;
    } while (cursor);
    return sent;
  }
}
