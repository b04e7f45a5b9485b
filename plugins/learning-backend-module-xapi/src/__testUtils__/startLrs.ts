import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

/*
 * A real learning record store for the tests: Learning Locker's statements
 * service (xapi-statements) with its in-memory store, as `ensure_lrs` of
 * scripts/lib/env.sh installs it (scripts/test.sh does).
 */

const DEFAULT_MAIN = path.resolve(
  __dirname,
  '../../../../.tools/lrs/node_modules/xapi-statements/dist/index.js',
);

export const LRS_KEY = 'tech-learning';
export const LRS_SECRET = 'test-secret';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export interface Lrs {
  /** The xAPI endpoint: `http://127.0.0.1:<port>/xAPI/`. */
  endpoint: string;
  /** Stores statements; answers their ids. */
  post(statements: object[]): Promise<string[]>;
  stop(): Promise<void>;
}

export async function startLrs(): Promise<Lrs> {
  const main = process.env.XAPI_LRS_MAIN || DEFAULT_MAIN;
  if (!fs.existsSync(main)) {
    throw new Error(
      `No learning record store at ${main}: run scripts/test.sh, or in a shell "source scripts/lib/env.sh && ensure_lrs"`,
    );
  }
  const port = await freePort();
  const storage = fs.mkdtempSync(path.join(os.tmpdir(), 'lrs-'));
  const child: ChildProcess = spawn(process.execPath, [main], {
    cwd: storage,
    env: {
      ...process.env,
      EXPRESS_PORT: String(port),
      EVENTS_REPO: 'test',
      AUTH_REPO: 'test',
      MODELS_REPO: 'memory',
      STORAGE_REPO: 'local',
      FS_LOCAL_STORAGE_DIR: storage,
      EXPRESS_MORGAN_DIRECTORY: path.join(storage, 'logs'),
      SERVICE_AWAIT_UPDATES: 'true',
      WINSTON_CONSOLE_LEVEL: 'error',
      NODE_ENV: 'test',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', chunk => {
    stderr += chunk;
  });
  const endpoint = `http://127.0.0.1:${port}/xAPI/`;
  const headers = {
    'X-Experience-API-Version': '1.0.3',
    'Content-Type': 'application/json',
    Authorization: `Basic ${Buffer.from(`${LRS_KEY}:${LRS_SECRET}`).toString(
      'base64',
    )}`,
  };
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) {
      throw new Error(`The learning record store stopped: ${stderr}`);
    }
    try {
      const about = await fetch(`${endpoint}about`);
      if (about.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill();
      throw new Error(`The learning record store did not start: ${stderr}`);
    }
    await new Promise(resolve => setTimeout(resolve, 200));
  }
  return {
    endpoint,
    async post(statements) {
      const response = await fetch(`${endpoint}statements`, {
        method: 'POST',
        headers,
        body: JSON.stringify(statements),
      });
      if (!response.ok) {
        throw new Error(
          `The store refused the statements: ${
            response.status
          } ${await response.text()}`,
        );
      }
      return response.json();
    },
    async stop() {
      const exited = new Promise(resolve => child.once('exit', resolve));
      child.kill();
      await exited;
      fs.rmSync(storage, { recursive: true, force: true });
    },
  };
}
