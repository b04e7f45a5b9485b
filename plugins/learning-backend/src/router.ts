import {
  AuditorService,
  HttpAuthService,
  LoggerService,
} from '@backstage/backend-plugin-api';
import express, { Router } from 'express';
import { createOpenApiRouter, spec } from './schema/openapi/generated/router';
import { hideInternalErrors } from './shared/internalErrors';
import { validateRequests } from './shared/requestValidation';
import { createRouteContext, FeatureRoutes } from './shared/routes';

/**
 * The plugin's one router, typed from `openapi.yaml`, with every
 * feature's routes mounted on it. Requests are validated against the spec
 * first, with each problem answered at its field.
 */
export async function createRouter(options: {
  httpAuth: HttpAuthService;
  auditor: AuditorService;
  logger: LoggerService;
  /** Called after every write that changed something. */
  materialChanged: () => Promise<void>;
  /** `app.baseUrl`, for links out of Backstage. */
  appBaseUrl?: string;
  features: FeatureRoutes[];
}): Promise<express.Router> {
  const router = Router();
  router.use(express.json());
  router.use(validateRequests(spec));

  const api = await createOpenApiRouter({
    // validated above, with the problems as data
    validatorOptions: { validateRequests: false },
  });
  api.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  const context = createRouteContext(options);
  for (const routes of options.features) {
    routes(api, context);
  }
  router.use(api);
  router.use(hideInternalErrors(options.logger));
  return router;
}
