import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import express from 'express';
import path from 'node:path';

/**
 * Stands in, in the demo, for the source repositories of its components:
 * serves the files under `demo.files` (examples/repos) read-only at
 * /api/demo-files, with ETags, so that the learning YAML the demo's
 * entities name is read the way a real portal reads it from its SCM:
 * through the UrlReader (`backend.reading.allow` lets it read this host).
 * A real portal has no such plugin.
 */
export default createBackendPlugin({
  pluginId: 'demo-files',
  register(env) {
    env.registerInit({
      deps: {
        config: coreServices.rootConfig,
        httpRouter: coreServices.httpRouter,
      },
      async init({ config, httpRouter }) {
        const root = path.resolve(config.getString('demo.files'));
        const router = express.Router();
        router.use(
          express.static(root, {
            etag: true,
            dotfiles: 'deny',
            index: false,
            fallthrough: false,
            setHeaders: res => res.setHeader('Content-Type', 'text/plain'),
          }),
        );
        httpRouter.use(router);
        httpRouter.addAuthPolicy({ path: '/', allow: 'unauthenticated' });
      },
    });
  },
});
