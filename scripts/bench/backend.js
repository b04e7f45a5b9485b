/*
 * Starting, watching and stopping the demo backend for the benchmarks.
 */
'use strict';

const path = require('node:path');
const fs = require('node:fs');
const { spawn, execFileSync } = require('node:child_process');

const ROOT = path.resolve(__dirname, '../..');

const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));

async function fetchJson(url, init) {
  const res = await fetch(url, init);
  if (!res.ok) {
    throw new Error(`${init?.method ?? 'GET'} ${url}: ${res.status}`);
  }
  return res.json();
}

async function waitFor(what, check, timeoutMs) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      const value = await check();
      if (value) {
        return value;
      }
    } catch {
      // not there yet
    }
    if (Date.now() > until) {
      throw new Error(`Timed out waiting for ${what}`);
    }
    await sleep(1000);
  }
}

/**
 * Starts the demo backend from its sources the way `yarn start` does, but
 * without the file watcher: editing files during a run must not restart
 * the backend under load.
 */
function startBackend(configFile, logFile, options = {}) {
  const out = fs.openSync(logFile, 'w');
  return spawn(
    process.execPath,
    [
      '--require',
      require.resolve('@backstage/cli-node/config/nodeTransform.cjs'),
      'src/index',
      '--config',
      '../../app-config.yaml',
      '--config',
      configFile,
    ],
    {
      cwd: path.join(ROOT, 'packages/backend'),
      detached: true,
      stdio: ['ignore', out, out],
      // As in production: compact JSON (development pretty-prints it), and
      // no request log at info level, which would measure the logger.
      env: {
        ...process.env,
        NODE_ENV: 'production',
        LOG_LEVEL: options.logLevel ?? 'warn',
      },
    },
  );
}

function stopBackend(child) {
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    // already gone
  }
}

/** Resident memory of the backend process, in MiB. */
function backendRssMiB(child) {
  try {
    const out = execFileSync('ps', ['-o', 'rss=', '-p', String(child.pid)], {
      encoding: 'utf8',
    });
    return Math.round(Number(out.trim()) / 1024);
  } catch {
    return undefined;
  }
}

module.exports = {
  ROOT,
  backendRssMiB,
  fetchJson,
  sleep,
  startBackend,
  stopBackend,
  waitFor,
};
