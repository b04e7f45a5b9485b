import {
  coreServices,
  createBackendModule,
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
} from '@backstage/backend-plugin-api';
import { learningProvidersExtensionPoint } from '@tech-learning/backstage-plugin-learning-node';
import { CatalogueExportProvider } from './CatalogueExportProvider';
import { formatOf } from './parseCatalogueExport';

/**
 * Adds a learning provider per entry of `learning.catalogueExports`, each
 * reading its export on a schedule (global scope: once across replicas).
 *
 * @public
 */
export const learningModuleCatalogueExport = createBackendModule({
  pluginId: 'learning',
  moduleId: 'catalogue-export',
  register(reg) {
    reg.registerInit({
      deps: {
        providers: learningProvidersExtensionPoint,
        config: coreServices.rootConfig,
        scheduler: coreServices.scheduler,
        urlReader: coreServices.urlReader,
        logger: coreServices.logger,
      },
      async init({ providers, config, scheduler, urlReader, logger }) {
        const entries = config.getOptionalConfigArray(
          'learning.catalogueExports',
        );
        for (const [i, entry] of (entries ?? []).entries()) {
          const id = entry.getString('id');
          const target = entry.getString('target');
          let format;
          try {
            format = formatOf(target, entry.getOptionalString('format'));
          } catch (error) {
            throw new Error(
              `learning.catalogueExports[${i}]: ${(error as Error).message}`,
            );
          }
          const provider = new CatalogueExportProvider({
            id,
            target,
            format,
            reader: urlReader,
            logger,
          });
          providers.addProvider(provider);
          await scheduler.scheduleTask({
            id: `learning-catalogue-export-${id}`,
            scope: 'global',
            ...(entry.has('schedule')
              ? readSchedulerServiceTaskScheduleDefinitionFromConfig(
                  entry.getConfig('schedule'),
                )
              : {
                  frequency: { hours: 1 },
                  timeout: { minutes: 10 },
                  initialDelay: { seconds: 20 },
                }),
            fn: async () => {
              await provider.refresh();
            },
          });
        }
      },
    });
  },
});
