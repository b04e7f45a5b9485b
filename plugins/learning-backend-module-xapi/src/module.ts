import {
  coreServices,
  createBackendModule,
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { learningProvidersExtensionPoint } from '@tech-learning/backstage-plugin-learning-node';
import { XapiProvider } from './XapiProvider';

/**
 * Adds a learning provider per entry of `learning.xapi`, each reading its
 * learning record store on a schedule (global scope: once across
 * replicas).
 *
 * @public
 */
export const learningModuleXapi = createBackendModule({
  pluginId: 'learning',
  moduleId: 'xapi',
  register(reg) {
    reg.registerInit({
      deps: {
        providers: learningProvidersExtensionPoint,
        config: coreServices.rootConfig,
        scheduler: coreServices.scheduler,
        logger: coreServices.logger,
        auth: coreServices.auth,
        catalog: catalogServiceRef,
      },
      async init({ providers, config, scheduler, logger, auth, catalog }) {
        const entries = config.getOptionalConfigArray('learning.xapi') ?? [];
        for (const [i, entry] of entries.entries()) {
          const at = `learning.xapi[${i}]`;
          const id = entry.getString('id');
          const endpoint = entry.getString('endpoint');
          if (!URL.canParse(endpoint)) {
            throw new Error(`${at}.endpoint: ${endpoint} is not a URL`);
          }
          const key = entry.getOptionalString('credentials.key');
          const secret = entry.getOptionalString('credentials.secret');
          if (Boolean(key) !== Boolean(secret)) {
            throw new Error(
              `${at}.credentials: give both key and secret, or neither`,
            );
          }
          const since = entry.getOptionalString('since');
          if (since !== undefined && Number.isNaN(Date.parse(since))) {
            throw new Error(`${at}.since: ${since} is not an ISO 8601 time`);
          }
          const activities = new Map<string, string>();
          for (const a of entry.getOptionalConfigArray('activities') ?? []) {
            activities.set(
              a.getString('activityId'),
              a.getString('resourceId'),
            );
          }
          const provider = new XapiProvider(
            {
              id,
              endpoint,
              authorization: key
                ? `Basic ${Buffer.from(`${key}:${secret}`).toString('base64')}`
                : undefined,
              accountHomePage: entry.getOptionalString('accountHomePage'),
              pageSize: entry.getOptionalNumber('pageSize') ?? 100,
              since,
              activities,
            },
            { catalog, auth, logger },
          );
          providers.addProvider(provider);
          await scheduler.scheduleTask({
            id: `learning-xapi-${id}`,
            scope: 'global',
            ...(entry.has('schedule')
              ? readSchedulerServiceTaskScheduleDefinitionFromConfig(
                  entry.getConfig('schedule'),
                )
              : {
                  frequency: { minutes: 15 },
                  timeout: { minutes: 10 },
                  initialDelay: { seconds: 30 },
                }),
            fn: async () => {
              await provider.read();
            },
          });
        }
      },
    });
  },
});
