import {
  AuthService,
  LoggerService,
  RootConfigService,
  SchedulerService,
  UrlReaderService,
} from '@backstage/backend-plugin-api';
import { ScmIntegrations } from '@backstage/integration';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { LearningProvider } from '@tech-learning/backstage-plugin-learning-node';
import { Knex } from 'knex';
import { EmbedStore } from '../embeds';
import { LearnerStore, StatementStore } from '../learners';
import { ResourceAuthorizer, ResourceStore } from '../resources';
import { scheduleOf } from '../shared/config';
import { FeatureRoutes } from '../shared/routes';
import { DatabaseSourceStore } from './DatabaseSourceStore';
import { LearningSourceSync } from './LearningSourceSync';
import { SourceService } from './SourceService';
import { connectProviders } from './connectProviders';
import { sourceRoutes } from './sourceRoutes';

const SOURCES_TASK = 'learning-yaml-sources';

/**
 * Where material comes from besides the API: providers of backend modules
 * (connected here), and learning YAML files, read by a global task on
 * `learning.sources.schedule`; with the routes that list and re-read them.
 */
export async function createSources(deps: {
  db: Knex;
  config: RootConfigService;
  logger: LoggerService;
  scheduler: SchedulerService;
  urlReader: UrlReaderService;
  catalog: CatalogService;
  auth: AuthService;
  providers: LearningProvider[];
  resources: { store: ResourceStore; authorizer: ResourceAuthorizer };
  learners: { store: LearnerStore; statements: StatementStore };
  embeds: { store: EmbedStore };
  /** Called after a sync that changed material. */
  materialChanged: () => Promise<void>;
}) {
  const { config, logger } = deps;
  await connectProviders({
    providers: deps.providers,
    store: deps.resources.store,
    learners: deps.learners.store,
    statements: deps.learners.statements,
    embeds: deps.embeds.store,
    logger,
    onChange: deps.materialChanged,
  });

  const sources = new DatabaseSourceStore(deps.db);
  const sync = new LearningSourceSync({
    sources,
    store: deps.resources.store,
    embeds: deps.embeds.store,
    reader: deps.urlReader,
    catalog: deps.catalog,
    auth: deps.auth,
    integrations: ScmIntegrations.fromConfig(config),
    configured: (
      config.getOptionalConfigArray('learning.sources.locations') ?? []
    ).map(location => location.getString('target')),
    logger,
    onChange: deps.materialChanged,
  });
  await deps.scheduler.scheduleTask({
    id: SOURCES_TASK,
    scope: 'global',
    ...scheduleOf(config, 'learning.sources.schedule', {
      frequency: { minutes: 30 },
      timeout: { minutes: 10 },
      initialDelay: { seconds: 15 },
    }),
    fn: async () => {
      await sync.syncAll();
    },
  });

  const service = new SourceService({
    sources,
    authorizer: deps.resources.authorizer,
    scheduler: deps.scheduler,
    taskId: SOURCES_TASK,
    logger,
  });
  return {
    routes: ((router, context) =>
      sourceRoutes(router, context, service)) satisfies FeatureRoutes,
  };
}
