import {
  coreServices,
  createBackendPlugin,
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { Config, readDurationFromConfig } from '@backstage/config';
import { ScmIntegrations } from '@backstage/integration';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { notificationService } from '@backstage/plugin-notifications-node';
import { durationToMilliseconds } from '@backstage/types';
import {
  learningEmbedCreatePermission,
  learningEntityLinkPermission,
  learningSourceReadPermission,
  learningPermissions,
  learningResourceCreatePermission,
} from '@tech-learning/backstage-plugin-learning-common';
import {
  LearningProvider,
  learningProvidersExtensionPoint,
} from '@tech-learning/backstage-plugin-learning-node';
import { DatabaseEmbedStore } from './embeds/DatabaseEmbedStore';
import { DatabaseLearnerStore } from './learners/DatabaseLearnerStore';
import { DatabaseLearningStore } from './resources/DatabaseResourceStore';
import { getMigratedClient } from './shared/migrate';
import {
  EmbedAuthorizer,
  ResourceAuthorizer,
} from './shared/ScopedAuthorizer';
import {
  learningEmbedPermissionResourceRef,
  learningEmbedPermissionRules,
  learningResourcePermissionResourceRef,
  learningResourcePermissionRules,
} from './resources/rules';
import { connectProviders } from './sources/connectProviders';
import { DatabaseSourceStore } from './sources/DatabaseSourceStore';
import { LearningSourceSync } from './sources/LearningSourceSync';
import { EmbedNotifier } from './embeds/EmbedNotifier';
import { EmbedService } from './embeds/EmbedService';
import { SourceService } from './sources/SourceService';
import { EntityLookup } from './entities/EntityLookup';
import { GroupLearnersService } from './entities/GroupLearnersService';
import { EntityRefChecker } from './shared/EntityRefChecker';
import { EntitySummaryService } from './entities/EntitySummaryService';
import { LearnerService } from './learners/LearnerService';
import { ResourceService } from './resources/ResourceService';
import { createRouter } from './router';
import { ReviewService } from './freshness/ReviewService';
import { DatabaseFreshnessStore } from './freshness/DatabaseFreshnessStore';
import { FreshnessChecker } from './freshness/FreshnessChecker';
import { FreshnessNotifier } from './freshness/FreshnessNotifier';

/** A lifetime under `learning.entityPages`, in milliseconds. */
function durationMs(config: Config, path: string, fallbackMs: number) {
  return config.has(path)
    ? durationToMilliseconds(readDurationFromConfig(config, { key: path }))
    : fallbackMs;
}

/** A task's schedule from config, or its default. */
function scheduleOf(
  config: Config,
  path: string,
  fallback: SchedulerServiceTaskScheduleDefinition,
): SchedulerServiceTaskScheduleDefinition {
  return config.has(path)
    ? readSchedulerServiceTaskScheduleDefinitionFromConfig(
        config.getConfig(path),
      )
    : fallback;
}

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
        urlReader: coreServices.urlReader,
        auth: coreServices.auth,
        userInfo: coreServices.userInfo,
        notifications: notificationService,
        catalog: catalogServiceRef,
      },
      async init({
        logger,
        config,
        database,
        httpAuth,
        httpRouter,
        auditor,
        permissions,
        permissionsRegistry,
        cache,
        scheduler,
        urlReader,
        auth,
        userInfo,
        notifications,
        catalog,
      }) {
        const db = await getMigratedClient(database);
        const defaultReviewIntervalDays =
          config.getOptionalNumber(
            'learning.freshness.defaultReviewIntervalDays',
          ) ?? 180;
        const store = new DatabaseLearningStore(db, {
          defaultReviewIntervalDays,
        });
        const learnerStore = new DatabaseLearnerStore(db);
        const embedStore = new DatabaseEmbedStore(db);

        permissionsRegistry.addResourceType({
          resourceRef: learningResourcePermissionResourceRef,
          permissions: learningPermissions.filter(
            p =>
              p.type === 'resource' && p.resourceType === 'learning-resource',
          ),
          rules: Object.values(learningResourcePermissionRules),
          getResources: ids =>
            store.getResources(ids).then(found => {
              const byId = new Map(found.map(r => [r.id, r]));
              return ids.map(id => byId.get(id));
            }),
        });
        permissionsRegistry.addResourceType({
          resourceRef: learningEmbedPermissionResourceRef,
          permissions: learningPermissions.filter(
            p => p.type === 'resource' && p.resourceType === 'learning-embed',
          ),
          rules: Object.values(learningEmbedPermissionRules),
          getResources: ids =>
            embedStore.getEmbeds(ids).then(found => {
              const byId = new Map(found.map(e => [e.id, e]));
              return ids.map(id => byId.get(id));
            }),
        });
        permissionsRegistry.addPermissions([
          learningEmbedCreatePermission,
          learningResourceCreatePermission,
          learningEntityLinkPermission,
          learningSourceReadPermission,
        ]);

        const authorizer = new ResourceAuthorizer(
          permissions,
          permissionsRegistry,
        );
        const refs = new EntityRefChecker(catalog);
        const resources = new ResourceService({ store, authorizer, refs });
        const embedAuthorizer = new EmbedAuthorizer(
          permissions,
          permissionsRegistry,
        );
        const embedService = new EmbedService({
          store: embedStore,
          authorizer: embedAuthorizer,
          refs,
          notifier: new EmbedNotifier({ notifications, logger }),
        });
        const pendingAfterMs = durationMs(
          config,
          'learning.embeds.pendingReminderAfter',
          3 * 24 * 3_600_000,
        );
        await scheduler.scheduleTask({
          id: 'learning-embed-pending-reminders',
          frequency: { days: 7 },
          timeout: { minutes: 10 },
          initialDelay: { minutes: 10 },
          scope: 'global',
          fn: async () => {
            const embeds = await embedService.remindOfPending(pendingAfterMs);
            logger.info(
              `Reminded the hosts of ${embeds} embeds of pending applications`,
            );
          },
        });
        const learners = new LearnerService({
          resources,
          store,
          learners: learnerStore,
          authorizer,
        });
        const viewerTtlMs = durationMs(
          config,
          'learning.entityPages.viewerCacheTtl',
          30_000,
        );
        const summaries = new EntitySummaryService({
          store,
          learners: learnerStore,
          embeds: embedStore,
          entities: new EntityLookup(catalog, {
            ttlMs: viewerTtlMs,
            staleMs: durationMs(
              config,
              'learning.entityPages.placementMaxStale',
              10 * 60_000,
            ),
          }),
          authorizer,
          embedAuthorizer,
          cache,
          logger,
          materialTtlMs: durationMs(
            config,
            'learning.entityPages.materialCacheTtl',
            60_000,
          ),
          viewerTtlMs,
        });

        await connectProviders({
          providers,
          store,
          learners: learnerStore,
          embeds: embedStore,
          logger,
          onChange: () => summaries.materialChanged(),
        });
        const sourceStore = new DatabaseSourceStore(db);
        const sourceSync = new LearningSourceSync({
          sources: sourceStore,
          store,
          embeds: embedStore,
          reader: urlReader,
          catalog,
          auth,
          integrations: ScmIntegrations.fromConfig(config),
          configured: (
            config.getOptionalConfigArray('learning.sources.locations') ?? []
          ).map(location => location.getString('target')),
          logger,
          onChange: () => summaries.materialChanged(),
        });
        const SOURCES_TASK = 'learning-yaml-sources';
        await scheduler.scheduleTask({
          id: SOURCES_TASK,
          scope: 'global',
          ...scheduleOf(config, 'learning.sources.schedule', {
            frequency: { minutes: 30 },
            timeout: { minutes: 10 },
            initialDelay: { seconds: 15 },
          }),
          fn: async () => {
            await sourceSync.syncAll();
          },
        });

        const checker = new FreshnessChecker({
          store: new DatabaseFreshnessStore(db),
          catalog,
          auth,
          notifier: new FreshnessNotifier({ notifications, logger }),
          defaultReviewIntervalDays,
        });
        await scheduler.scheduleTask({
          id: 'learning-freshness',
          scope: 'global',
          ...scheduleOf(config, 'learning.freshness.schedule', {
            frequency: { hours: 1 },
            timeout: { minutes: 15 },
            initialDelay: { minutes: 1 },
          }),
          fn: async () => {
            const started = Date.now();
            const run = await checker.checkAll();
            if (run.changed > 0) {
              await summaries.materialChanged();
            }
            logger.info(
              run.skipped
                ? `Freshness check skipped: ${run.skipped}`
                : `Freshness check of ${run.checked} resources: ${
                    run.broken
                  } broken, ${run.possiblyOutdated} possibly outdated, ${
                    run.due
                  } due; ${run.changed} changed; ${
                    run.announced
                  } announced in ${run.notified} notifications; in ${
                    Date.now() - started
                  } ms`,
            );
          },
        });

        httpRouter.use(
          await createRouter({
            httpAuth,
            auditor,
            resources,
            embeds: embedService,
            sources: new SourceService({
              sources: sourceStore,
              authorizer,
              scheduler,
              taskId: SOURCES_TASK,
              logger,
            }),
            learners,
            summaries,
            reviews: new ReviewService({
              resources,
              authorizer,
              checker,
              userInfo,
            }),
            groups: new GroupLearnersService({
              catalog,
              learners: learnerStore,
              store,
              authorizer,
            }),
          }),
        );
        httpRouter.addAuthPolicy({ path: '/health', allow: 'unauthenticated' });
      },
    });
  },
});
