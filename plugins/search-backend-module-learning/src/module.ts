import {
  coreServices,
  createBackendModule,
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
  RootConfigService,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { searchIndexRegistryExtensionPoint } from '@backstage/plugin-search-backend-node/alpha';
import {
  LearningEmbedCollatorFactory,
  LearningResourceCollatorFactory,
} from './collators/LearningCollatorFactories';

/** As core collators: every 10 minutes, at most 15, first soon after start. */
const DEFAULT_SCHEDULE: SchedulerServiceTaskScheduleDefinition = {
  frequency: { minutes: 10 },
  timeout: { minutes: 15 },
  initialDelay: { seconds: 3 },
};

function scheduleOf(config: RootConfigService) {
  const key = 'search.collators.learning.schedule';
  return config.has(key)
    ? readSchedulerServiceTaskScheduleDefinitionFromConfig(
        config.getConfig(key),
      )
    : DEFAULT_SCHEDULE;
}

/**
 * Learning resources and embeds in Backstage search: a collator for each
 * (`learning-resource`, `learning-embed`), scheduled by
 * `search.collators.learning.schedule`.
 *
 * @public
 */
export const searchModuleLearningCollators = createBackendModule({
  pluginId: 'search',
  moduleId: 'learning-collators',
  register(env) {
    env.registerInit({
      deps: {
        auth: coreServices.auth,
        config: coreServices.rootConfig,
        discovery: coreServices.discovery,
        scheduler: coreServices.scheduler,
        catalog: catalogServiceRef,
        indexRegistry: searchIndexRegistryExtensionPoint,
      },
      async init({
        auth,
        config,
        discovery,
        scheduler,
        catalog,
        indexRegistry,
      }) {
        const options = { auth, discovery, catalog };
        const schedule = scheduler.createScheduledTaskRunner(
          scheduleOf(config),
        );
        indexRegistry.addCollator({
          schedule,
          factory: LearningResourceCollatorFactory.fromConfig(config, options),
        });
        indexRegistry.addCollator({
          schedule,
          factory: LearningEmbedCollatorFactory.fromConfig(config, options),
        });
      },
    });
  },
});
