import {
  CacheService,
  LoggerService,
  RootConfigService,
} from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { EmbedAuthorizer, EmbedStore } from '../embeds';
import { LearnerStore } from '../learners';
import { ResourceAuthorizer, ResourceStore } from '../resources';
import { durationMs } from '../shared/config';
import { FeatureRoutes } from '../shared/routes';
import { UsageRecorder } from '../shared/usage';
import { EntityLookup } from './EntityLookup';
import { EntitySummaryService } from './EntitySummaryService';
import { GroupLearnersService } from './GroupLearnersService';
import { entityRoutes } from './entityRoutes';

/**
 * What entity pages show: the summary of an entity (cached, with lifetimes
 * from `learning.entityPages`) and what a group's members learn.
 */
export function createEntities(deps: {
  config: RootConfigService;
  logger: LoggerService;
  cache: CacheService;
  catalog: CatalogService;
  resources: { store: ResourceStore; authorizer: ResourceAuthorizer };
  learners: { store: LearnerStore };
  embeds: { store: EmbedStore; authorizer: EmbedAuthorizer };
  usage: UsageRecorder;
}) {
  const { config } = deps;
  const viewerTtlMs = durationMs(
    config,
    'learning.entityPages.viewerCacheTtl',
    30_000,
  );
  const summaries = new EntitySummaryService({
    store: deps.resources.store,
    learners: deps.learners.store,
    embeds: deps.embeds.store,
    entities: new EntityLookup(deps.catalog, {
      ttlMs: viewerTtlMs,
      staleMs: durationMs(
        config,
        'learning.entityPages.placementMaxStale',
        10 * 60_000,
      ),
    }),
    authorizer: deps.resources.authorizer,
    embedAuthorizer: deps.embeds.authorizer,
    cache: deps.cache,
    logger: deps.logger,
    materialTtlMs: durationMs(
      config,
      'learning.entityPages.materialCacheTtl',
      60_000,
    ),
    viewerTtlMs,
  });
  const groups = new GroupLearnersService({
    catalog: deps.catalog,
    learners: deps.learners.store,
    store: deps.resources.store,
    authorizer: deps.resources.authorizer,
  });
  return {
    summaries,
    routes: ((router, context) =>
      entityRoutes(router, context, {
        summaries,
        groups,
        usage: deps.usage,
      })) satisfies FeatureRoutes,
  };
}
