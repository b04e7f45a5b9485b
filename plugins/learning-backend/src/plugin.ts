import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import {
  LearningProvider,
  learningProvidersExtensionPoint,
} from '@tech-learning/backstage-plugin-learning-node';
import { DatabaseLearningStore } from './database/DatabaseLearningStore';
import { connectProviders } from './service/connectProviders';
import { createRouter } from './service/router';

/**
 * The Tech Learning backend plugin.
 *
 * @public
 */
export const learningPlugin = createBackendPlugin({
  pluginId: 'learning',
  register(env) {
    const providers = new Array<LearningProvider>();
    env.registerExtensionPoint(learningProvidersExtensionPoint, {
      addProvider(...newProviders) {
        providers.push(...newProviders);
      },
    });

    env.registerInit({
      deps: {
        logger: coreServices.logger,
        database: coreServices.database,
        httpAuth: coreServices.httpAuth,
        httpRouter: coreServices.httpRouter,
        catalog: catalogServiceRef,
      },
      async init({ logger, database, httpAuth, httpRouter, catalog }) {
        const store = await DatabaseLearningStore.create({ database });
        await connectProviders({ providers, store, logger });
        httpRouter.use(
          await createRouter({ logger, httpAuth, catalog, store }),
        );
        httpRouter.addAuthPolicy({ path: '/health', allow: 'unauthenticated' });
      },
    });
  },
});
