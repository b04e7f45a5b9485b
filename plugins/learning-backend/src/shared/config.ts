import {
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { Config, readDurationFromConfig } from '@backstage/config';
import { durationToMilliseconds } from '@backstage/types';

/** A duration from config, in milliseconds, or its default. */
export function durationMs(config: Config, path: string, fallbackMs: number) {
  return config.has(path)
    ? durationToMilliseconds(readDurationFromConfig(config, { key: path }))
    : fallbackMs;
}

/** A task's schedule from config, or its default. */
export function scheduleOf(
  config: Config,
  path: string,
  fallback: SchedulerServiceTaskScheduleDefinition,
): SchedulerServiceTaskScheduleDefinition {
  return config.has(path)
    ? readSchedulerServiceTaskScheduleDefinitionFromConfig(
        config.getConfig(path),
      )
    : fallback;
}
