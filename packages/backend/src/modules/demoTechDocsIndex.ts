import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { CATALOG_FILTER_EXISTS } from '@backstage/catalog-client';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';

const TECHDOCS_REF = 'backstage.io/techdocs-ref';

/**
 * Builds the demo's TechDocs once the catalog has its entities, then has
 * search index them. The demo's local builder builds docs only when someone
 * opens them, and until the TechDocs collator finds some, search has no
 * index for the "Documentation" type and answers it with a 500. A real
 * portal builds its docs in CI and publishes them (TechDocs' recommended
 * set-up), and needs no such module. Without mkdocs on the machine the
 * builds fail and are logged; the rest of the demo runs as before.
 */
export default createBackendModule({
  pluginId: 'search',
  moduleId: 'demo-techdocs-index',
  register(reg) {
    reg.registerInit({
      deps: {
        auth: coreServices.auth,
        discovery: coreServices.discovery,
        lifecycle: coreServices.lifecycle,
        logger: coreServices.logger,
        scheduler: coreServices.scheduler,
        catalog: catalogServiceRef,
      },
      async init({ auth, discovery, lifecycle, logger, scheduler, catalog }) {
        const credentials = await auth.getOwnServiceCredentials();

        const documentedEntities = async () => {
          // the catalog reads its locations shortly after start
          for (let attempt = 0; attempt < 60; attempt++) {
            const { items } = await catalog.getEntities(
              {
                filter: {
                  [`metadata.annotations.${TECHDOCS_REF}`]:
                    CATALOG_FILTER_EXISTS,
                },
              },
              { credentials },
            );
            if (items.length > 0) {
              return items;
            }
            await new Promise(resolve => setTimeout(resolve, 1000));
          }
          return [];
        };

        const build = async () => {
          const techdocs = await discovery.getBaseUrl('techdocs');
          for (const entity of await documentedEntities()) {
            const path = `${entity.metadata.namespace ?? 'default'}/${
              entity.kind
            }/${entity.metadata.name}`;
            const { token } = await auth.getPluginRequestToken({
              onBehalfOf: credentials,
              targetPluginId: 'techdocs',
            });
            // the sync streams its progress until the build is done
            const response = await fetch(`${techdocs}/sync/${path}`, {
              headers: { Authorization: `Bearer ${token}` },
            });
            const events = await response.text();
            if (!response.ok || events.includes('event: error')) {
              logger.warn(
                `Could not build the TechDocs of ${path}: ${
                  response.status
                } ${events.slice(-300)}`,
              );
            }
          }
          await scheduler.triggerTask('search_index_techdocs');
          logger.info('Built the demo TechDocs and started indexing them');
        };

        lifecycle.addStartupHook(() => {
          build().catch(error =>
            logger.warn(`Could not build the demo TechDocs: ${error}`),
          );
        });
      },
    });
  },
});
