import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { notificationService } from '@backstage/plugin-notifications-node';
import { signalsServiceRef } from '@backstage/plugin-signals-node';
import { isResourcePermission } from '@backstage/plugin-permission-common';
import { actionsRegistryServiceRef } from '@backstage/backend-plugin-api/alpha';
import {
  LEARNING_COHORT_TYPE,
  LEARNING_EMBED_TYPE,
  LEARNING_LINK_SUGGESTION_TYPE,
  LEARNING_RESOURCE_TYPE,
  learningPermissions,
} from '@tech-learning/backstage-plugin-learning-common';
import {
  LearningProvider,
  learningProvidersExtensionPoint,
} from '@tech-learning/backstage-plugin-learning-node';
import { createLearningActions } from './actions';
import { createCohorts } from './cohorts';
import { createDiscussions } from './discussions';
import { createEmbeds } from './embeds';
import { createEntities } from './entities';
import { createFreshness } from './freshness';
import { createInsights } from './insights';
import { createLearners } from './learners';
import { createRecommendations } from './recommendations';
import { createRecords } from './records';
import { createResources } from './resources';
import { createRouter } from './router';
import { getMigratedClient } from './shared/migrate';
import { createSources } from './sources';

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
        config: coreServices.rootConfig,
        database: coreServices.database,
        httpAuth: coreServices.httpAuth,
        httpRouter: coreServices.httpRouter,
        auditor: coreServices.auditor,
        permissions: coreServices.permissions,
        permissionsRegistry: coreServices.permissionsRegistry,
        cache: coreServices.cache,
        scheduler: coreServices.scheduler,
        lifecycle: coreServices.lifecycle,
        urlReader: coreServices.urlReader,
        auth: coreServices.auth,
        userInfo: coreServices.userInfo,
        notifications: notificationService,
        signals: signalsServiceRef,
        catalog: catalogServiceRef,
        actionsRegistry: actionsRegistryServiceRef,
      },
      async init(deps) {
        const db = await getMigratedClient(deps.database);
        // the permissions that are not about the plugin's own resource
        // types (those register with their types, below)
        deps.permissionsRegistry.addPermissions(
          learningPermissions.filter(
            p =>
              !isResourcePermission(p, LEARNING_RESOURCE_TYPE) &&
              !isResourcePermission(p, LEARNING_EMBED_TYPE) &&
              !isResourcePermission(p, LEARNING_COHORT_TYPE) &&
              !isResourcePermission(p, LEARNING_LINK_SUGGESTION_TYPE),
          ),
        );

        const insights = await createInsights({ ...deps, db });
        const resources = createResources({
          ...deps,
          db,
          usage: insights.counters,
        });
        const learners = createLearners({ db, resources });
        const embeds = await createEmbeds({ ...deps, db });
        const entities = createEntities({
          ...deps,
          resources,
          learners,
          embeds,
          usage: insights.counters,
        });
        const materialChanged = () => entities.summaries.materialChanged();
        const sources = await createSources({
          ...deps,
          db,
          providers,
          resources,
          learners,
          embeds,
          materialChanged,
        });
        const freshness = await createFreshness({
          ...deps,
          db,
          resources,
          materialChanged,
        });

        const recommendations = await createRecommendations({
          ...deps,
          db,
          resources,
        });

        const cohorts = await createCohorts({
          ...deps,
          db,
          resources,
          learners,
        });
        const discussions = createDiscussions({
          ...deps,
          db,
          resources,
          cohorts,
        });

        const records = await createRecords({ ...deps, db });

        // the main capabilities as actions, for AI assistants through MCP:
        // the same services as the routes, with the caller's credentials
        createLearningActions(deps.actionsRegistry, {
          summary: (ref, credentials, userRef) =>
            entities.summaries.renderSummary(ref, credentials, userRef),
          findLearning: ({ q, kind, entityRef, limit }, credentials) =>
            resources.service.list(
              { query: q, kind, entityRef },
              { sort: q ? 'relevance' : 'title', limit },
              credentials,
            ),
          experts: (about, credentials) =>
            recommendations.service.experts(about, credentials, 10),
          openEmbeds: ({ entityRef, skill, limit }, credentials) =>
            embeds.service.list(
              { entityRef, skill, status: 'open' },
              { sort: 'title', limit },
              credentials,
            ),
          myLearning: credentials =>
            learners.service.myLearning(
              credentials.principal.userEntityRef,
              { limit: 50, offset: 0 },
              credentials,
            ),
          enrol: async (resourceId, credentials) => {
            const { created, enrolment } = await learners.service.putEnrolment(
              resourceId,
              credentials.principal.userEntityRef,
              {},
              credentials,
            );
            if (created) await materialChanged();
            return enrolment;
          },
          markReviewed: async (resourceId, credentials) => {
            const reviewed = await freshness.reviews.markReviewed(
              resourceId,
              credentials,
            );
            await materialChanged();
            return reviewed;
          },
        });

        deps.httpRouter.use(
          await createRouter({
            ...deps,
            materialChanged,
            appBaseUrl: deps.config.getOptionalString('app.baseUrl'),
            features: [
              resources.routes,
              freshness.routes,
              learners.routes,
              embeds.routes,
              sources.routes,
              entities.routes,
              recommendations.routes,
              cohorts.routes,
              discussions.routes,
              records.routes,
              insights.routes,
            ],
          }),
        );
        deps.httpRouter.addAuthPolicy({
          path: '/health',
          allow: 'unauthenticated',
        });
      },
    });
  },
});
