import { AuditorService, HttpAuthService } from '@backstage/backend-plugin-api';
import express from 'express';
import { createOpenApiRouter } from './schema/openapi/generated/router';
import { createRouteContext, FeatureRoutes } from './shared/routes';

/**
 * The plugin's one router, typed and validated from `openapi.yaml`, with
 * every feature's routes mounted on it.
 */
export async function createRouter(options: {
  httpAuth: HttpAuthService;
  auditor: AuditorService;
  /** Called after every write that changed something. */
  materialChanged: () => Promise<void>;
  features: FeatureRoutes[];
}): Promise<express.Router> {
  const router = await createOpenApiRouter();
  router.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  const context = createRouteContext(options);
  for (const routes of options.features) {
    routes(router, context);
  }
  return router;
}
