import {
  LoggerService,
  SchedulerService,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { durationToMilliseconds, HumanDuration } from '@backstage/types';
import { Knex } from 'knex';

/** The interval of a schedule in milliseconds; 0 for cron and manual ones. */
export function intervalMs(
  frequency: SchedulerServiceTaskScheduleDefinition['frequency'],
): number {
  if ('cron' in frequency || 'trigger' in frequency) {
    return 0;
  }
  if ('toMillis' in frequency && typeof frequency.toMillis === 'function') {
    // a luxon Duration
    return frequency.toMillis();
  }
  return durationToMilliseconds(frequency as HumanDuration);
}

/**
 * Makes each run of a global task count once per interval across replicas.
 *
 * Backstage's scheduler lets one replica run a global task at a time, but a
 * replica whose poll saw the task due may claim it just after another
 * replica finished it, and run it a second time in the same interval (a
 * two-replica test of ours showed it for tasks that take milliseconds). A
 * run therefore first takes the task in `learning_task_runs`: it goes ahead
 * only when the last run started at least half an interval ago, or a run
 * was asked for since (`request`, for "read it again now").
 */
export class TaskRunGuard {
  constructor(private readonly db: Knex) {}

  /** Whether this run may go ahead; records its start when it may. */
  async claim(taskId: string, minGapMs: number): Promise<boolean> {
    const now = Date.now();
    await this.db('learning_task_runs')
      .insert({ task_id: taskId, last_started_ms: 0, requested: false })
      .onConflict('task_id')
      .ignore();
    const claimed = await this.db('learning_task_runs')
      .where({ task_id: taskId })
      .where(q =>
        q
          .where('last_started_ms', '<=', now - minGapMs)
          .orWhere('requested', true),
      )
      .update({ last_started_ms: now, requested: false });
    return claimed === 1;
  }

  /** Lets the next run go ahead however recent the last one. */
  async request(taskId: string): Promise<void> {
    await this.db('learning_task_runs')
      .insert({ task_id: taskId, last_started_ms: 0, requested: true })
      .onConflict('task_id')
      .merge({ requested: true });
  }

  /**
   * Schedules a global task whose runs go through {@link TaskRunGuard.claim},
   * with half its interval as the least gap between two runs.
   */
  async schedule(
    scheduler: SchedulerService,
    logger: LoggerService,
    task: SchedulerServiceTaskScheduleDefinition & {
      id: string;
      fn: () => Promise<void>;
    },
  ): Promise<void> {
    const minGapMs = intervalMs(task.frequency) / 2;
    const { fn, ...definition } = task;
    await scheduler.scheduleTask({
      ...definition,
      scope: 'global',
      fn: async () => {
        if (!(await this.claim(task.id, minGapMs))) {
          logger.debug(
            `Task ${task.id} ran on another replica within this interval`,
          );
          return;
        }
        await fn();
      },
    });
  }
}
