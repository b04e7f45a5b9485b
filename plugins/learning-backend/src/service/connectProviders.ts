import { LoggerService } from '@backstage/backend-plugin-api';
import { LearningProvider } from '@tech-learning/backstage-plugin-learning-node';
import { LearningStore } from '../database/LearningStore';
import { validateProvidedResources } from './validateProvidedResources';

/**
 * Hands each provider a connection that validates what it delivers and
 * syncs it into the store.
 */
export async function connectProviders(options: {
  providers: LearningProvider[];
  store: LearningStore;
  logger: LoggerService;
  /** Called after each sync that changed something. */
  onChange?: () => Promise<void>;
}): Promise<void> {
  const { providers, store, logger, onChange } = options;
  const names = new Set<string>();
  for (const provider of providers) {
    const name = provider.getProviderName();
    if (names.has(name)) {
      throw new Error(`Two learning providers are named '${name}'`);
    }
    names.add(name);
    await provider.connect({
      async applyMutation(mutation) {
        const { valid, errors } = validateProvidedResources(mutation.resources);
        for (const error of errors) {
          logger.warn(`Learning provider ${name}: ${error}`);
        }
        const result = await store.replaceProviderResources(name, valid);
        if (result.created + result.updated + result.deleted > 0) {
          await onChange?.();
        }
        logger.info(
          `Learning provider ${name} synced: ${result.created} created, ${result.updated} updated, ${result.deleted} deleted, ${result.unchanged} unchanged`,
        );
      },
    });
  }
}
