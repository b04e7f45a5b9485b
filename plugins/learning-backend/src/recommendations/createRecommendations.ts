import {
  AuthService,
  LoggerService,
  RootConfigService,
  SchedulerService,
} from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { Knex } from 'knex';
import { ResourceAuthorizer, ResourceStore } from '../resources';
import { durationMs, scheduleOf } from '../shared/config';
import { FeatureRoutes } from '../shared/routes';
import { DatabaseRecommendationStore } from './DatabaseRecommendationStore';
import { LearnerProfiles } from './LearnerProfiles';
import { ModelBuilder } from './ModelBuilder';
import { RecommendationService } from './RecommendationService';
import { recommendationRoutes } from './recommendationRoutes';

/**
 * Personalisation: the global task that builds the co-occurrence model (on
 * `learning.recommendations.schedule`), and the routes that read it with
 * each learner's profile from the catalog.
 */
export async function createRecommendations(deps: {
  db: Knex;
  config: RootConfigService;
  logger: LoggerService;
  scheduler: SchedulerService;
  catalog: CatalogService;
  auth: AuthService;
  resources: { store: ResourceStore; authorizer: ResourceAuthorizer };
}) {
  const { config, logger } = deps;
  const store = new DatabaseRecommendationStore(deps.db);
  const builder = new ModelBuilder({ ...deps, store });
  await deps.scheduler.scheduleTask({
    id: 'learning-recommendations-model',
    scope: 'global',
    ...scheduleOf(config, 'learning.recommendations.schedule', {
      frequency: { minutes: 30 },
      timeout: { minutes: 15 },
      initialDelay: { seconds: 30 },
    }),
    fn: async () => {
      const run = await builder.build();
      logger.info(
        run.skipped
          ? `Recommendation model not rebuilt: ${run.skipped}`
          : `Recommendation model ${run.generation} built from ${run.learners} learners: ${run.pairs} pairs over ${run.resources} resources, ${run.groupRows} group rows, in ${run.ms} ms`,
      );
    },
  });

  // a learner's profile is kept as long as entity pages keep placements
  const profiles = new LearnerProfiles(deps.catalog, {
    ttlMs: durationMs(config, 'learning.entityPages.viewerCacheTtl', 30_000),
    staleMs: durationMs(
      config,
      'learning.entityPages.placementMaxStale',
      10 * 60_000,
    ),
  });
  const service = new RecommendationService({
    store,
    resources: deps.resources.store,
    authorizer: deps.resources.authorizer,
    profiles,
    catalog: deps.catalog,
  });
  return {
    service,
    routes: ((router, context) =>
      recommendationRoutes(router, context, service)) satisfies FeatureRoutes,
  };
}
