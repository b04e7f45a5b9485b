import { LoggerService } from '@backstage/backend-plugin-api';
import { LearningProvider } from '@tech-learning/backstage-plugin-learning-node';
import { EmbedStore } from '../embeds';
import {
  LearnerStore,
  StatementStore,
  validateLearnerRecords,
} from '../learners';
import { ResourceStore } from '../resources';
import {
  validateProvidedEmbeds,
  validateProvidedResources,
} from './validateProvidedResources';

/**
 * Hands each provider a connection that validates what it delivers and
 * syncs it into the store.
 */
export async function connectProviders(options: {
  providers: LearningProvider[];
  store: ResourceStore;
  learners: LearnerStore;
  statements: StatementStore;
  embeds: EmbedStore;
  logger: LoggerService;
  /** Called after each sync that changed something. */
  onChange?: () => Promise<void>;
}): Promise<void> {
  const { providers, store, learners, statements, embeds, logger, onChange } =
    options;
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
        logger.info(
          `Learning provider ${name} synced: ${result.created} created, ${result.updated} updated, ${result.deleted} deleted, ${result.unchanged} unchanged`,
        );
        let changed = result.created + result.updated + result.deleted > 0;
        if (mutation.learnerRecords?.length) {
          const records = validateLearnerRecords(
            mutation.learnerRecords,
            await store.getProviderResourceIds(name),
          );
          for (const error of records.errors) {
            logger.warn(`Learning provider ${name}: ${error}`);
          }
          const imported = await learners.importRecords(records.valid);
          logger.info(
            `Learning provider ${name} learner records: ${imported.written} written, ${imported.unchanged} unchanged`,
          );
          changed ||= imported.written > 0;
        }
        const providedEmbeds = validateProvidedEmbeds(mutation.embeds ?? []);
        const embedSync = await embeds.replaceProviderEmbeds(
          name,
          providedEmbeds.valid,
        );
        for (const error of [...providedEmbeds.errors, ...embedSync.errors]) {
          logger.warn(`Learning provider ${name}: ${error}`);
        }
        if (mutation.embeds?.length || embedSync.deleted > 0) {
          logger.info(
            `Learning provider ${name} embeds synced: ${embedSync.created} created, ${embedSync.updated} updated, ${embedSync.deleted} deleted, ${embedSync.unchanged} unchanged`,
          );
        }
        changed ||=
          embedSync.created + embedSync.updated + embedSync.deleted > 0;
        if (changed) {
          await onChange?.();
        }
      },
      async applyStatements(batch) {
        const result = await statements.applyStatements(name, batch);
        if (batch.statements.length === 0 && !batch.voidedIds?.length) {
          return result;
        }
        logger.info(
          `Learning provider ${name} statements: ${result.applied} applied, ${result.duplicates} already applied, ${result.voided} voided, ${result.unmatched.length} unmatched; ${result.enrolmentsChanged} enrolments changed`,
        );
        return result;
      },
      getCursor() {
        return statements.getCursor(name);
      },
    });
  }
}
