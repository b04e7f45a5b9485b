import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

/*
 * Stands in, in the demo, for the learning record store of its LMS (the
 * "academy"): starts a real one, Learning Locker's statements service
 * (xapi-statements, in memory), as `ensure_lrs` of scripts/lib/env.sh
 * installs it (scripts/start.sh and scripts/test.sh do; `demo.lrs.main`),
 * on the port of `demo.lrs.port`. The xAPI module reads it as it would a real LMS's. The
 * store stops with the backend (and, if the backend is killed, within a
 * second). A real portal has no such plugin.
 */

/** Runs the store, and exits when the backend that started it is gone. */
const BOOTSTRAP = `
const parent = Number(process.env.DEMO_LRS_PARENT);
setInterval(() => {
  try { process.kill(parent, 0); } catch { process.exit(0); }
}, 1000).unref();
require(process.env.DEMO_LRS_MAIN);
`;

async function isListening(port: number): Promise<boolean> {
  return new Promise(resolve => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

export default createBackendPlugin({
  pluginId: 'demo-lrs',
  register(env) {
    env.registerInit({
      deps: {
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        lifecycle: coreServices.rootLifecycle,
      },
      async init({ config, logger, lifecycle }) {
        const port = config.getOptionalNumber('demo.lrs.port');
        if (!port) return;
        const main =
          process.env.XAPI_LRS_MAIN ||
          path.resolve(config.getString('demo.lrs.main'));
        if (!fs.existsSync(main)) {
          logger.warn(
            `No learning record store for the demo's academy: run scripts/start.sh (or "source scripts/lib/env.sh && ensure_lrs")`,
          );
          return;
        }
        if (await isListening(port)) {
          // another replica of the demo started it
          logger.info(`The demo's learning record store is on :${port}`);
          return;
        }
        const storage = fs.mkdtempSync(path.join(os.tmpdir(), 'demo-lrs-'));
        const child = spawn(process.execPath, ['-e', BOOTSTRAP], {
          cwd: storage,
          env: {
            ...process.env,
            DEMO_LRS_PARENT: String(process.pid),
            DEMO_LRS_MAIN: main,
            EXPRESS_PORT: String(port),
            EVENTS_REPO: 'test',
            AUTH_REPO: 'test',
            MODELS_REPO: 'memory',
            STORAGE_REPO: 'local',
            FS_LOCAL_STORAGE_DIR: storage,
            EXPRESS_MORGAN_DIRECTORY: path.join(storage, 'logs'),
            SERVICE_AWAIT_UPDATES: 'true',
            WINSTON_CONSOLE_LEVEL: 'error',
          },
          stdio: 'ignore',
        });
        child.once('exit', code => {
          if (code)
            logger.warn(`The demo's learning record store exited (${code})`);
        });
        lifecycle.addShutdownHook(() => {
          child.kill();
          fs.rmSync(storage, { recursive: true, force: true });
        });
        logger.info(
          `The demo's learning record store: http://localhost:${port}/xAPI/`,
        );
      },
    });
  },
});
