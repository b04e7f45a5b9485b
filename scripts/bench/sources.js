/*
 * The benchmark of the learning YAML sync (`yarn bench:sources`, see
 * docs/benchmarks.md). It serves FILES generated learning YAML files of
 * DOCS documents each over HTTP on loopback (with ETags, as an SCM host
 * would), starts the demo backend with them listed in
 * `learning.sources.locations`, and has the sync run three times: the
 * first read of everything, a second run in which nothing changed, and a
 * third after a tenth of the files changed. It prints how long each run
 * took (from the backend's own `checkedAt` of the files) and the backend's
 * resident memory, sampled through the runs.
 *
 *   node scripts/bench/sources.js [--engines=sqlite,postgres]
 *                                 [--files=1000] [--docs=10] [--out=FILE]
 *
 * PostgreSQL comes from BENCH_POSTGRES_URL; its databases are made afresh
 * with a prefix of their own and dropped at the end.
 */
'use strict';

const fs = require('node:fs');
const http = require('node:http');
const os = require('node:os');
const path = require('node:path');
const { createHash } = require('node:crypto');
const {
  ROOT,
  backendRssMiB,
  fetchJson,
  sleep,
  startBackend,
  stopBackend,
  waitFor,
} = require('./backend');

const PORT = 7078;
const BASE = `http://localhost:${PORT}`;
const PG_PREFIX = 'tlbench_sources_';

function parseArgs(argv) {
  const args = {
    engines: ['sqlite', 'postgres'],
    files: 1000,
    docs: 10,
    out: undefined,
  };
  for (const arg of argv) {
    const [key, value] = arg.replace(/^--/, '').split('=');
    if (key === 'engines') args.engines = value.split(',');
    else if (key === 'files' || key === 'docs') args[key] = Number(value);
    else if (key === 'out') args.out = path.resolve(value);
    else throw new Error(`Unknown option ${arg}`);
  }
  return args;
}

function log(message) {
  process.stdout.write(`[bench:sources] ${message}\n`);
}

/** One file's documents: courses of payments-team, linked to its services. */
function fileText(file, docs, revision) {
  const parts = [];
  for (let d = 0; d < docs; d++) {
    parts.push(`apiVersion: tech-learning/v1alpha1
kind: Course
metadata:
  name: course-${file}-${d}
  title: Course ${d} of file ${file}${revision ? ` (revision ${revision})` : ''}
  description: A generated course to measure the sync.
  tags: [bench, file-${file % 50}]
spec:
  format: self-paced
  level: beginner
  durationMinutes: ${30 + d}
  owner: payments-team
  smes: [alice-chen, bob-okafor]
  links:
    - entityRef: component:ledger-service
    - entityRef: api:ledger-events
      relation: uses
  reviewIntervalDays: 180
`);
  }
  return parts.join('---\n');
}

/** The files over HTTP, with ETags; counts what it answered. */
async function fileServer(files, docs) {
  const revisions = new Map();
  const counts = { 200: 0, 304: 0 };
  const state = { open: false };
  const server = http.createServer((req, res) => {
    const match = /^\/repo-(\d+)\/learning\.yaml$/.exec(req.url ?? '');
    const file = match ? Number(match[1]) : -1;
    // nothing to read until the catalog is in: the first run that reads
    // the files is then a whole first sync
    if (!state.open || file < 0 || file >= files) {
      res.writeHead(404).end();
      return;
    }
    const body = fileText(file, docs, revisions.get(file) ?? 0);
    const etag = `"${createHash('sha1').update(body).digest('hex')}"`;
    if (req.headers['if-none-match'] === etag) {
      counts[304] += 1;
      res.writeHead(304, { etag }).end();
    } else {
      counts[200] += 1;
      res.writeHead(200, { etag }).end(body);
    }
  });
  await new Promise(resolve => server.listen(0, '127.0.0.1', resolve));
  const host = `localhost:${server.address().port}`;
  return {
    host,
    counts,
    open: () => {
      state.open = true;
    },
    targets: Array.from(
      { length: files },
      (_, i) => `http://${host}/repo-${i}/learning.yaml`,
    ),
    change: file => revisions.set(file, (revisions.get(file) ?? 0) + 1),
    close: () => new Promise(resolve => server.close(resolve)),
  };
}

function config(engine, files, dbPrefix) {
  const schedule = {
    frequency: { hours: 24 },
    timeout: { minutes: 10 },
    initialDelay: { hours: 24 },
  };
  let database;
  if (engine === 'postgres') {
    const u = new URL(process.env.BENCH_POSTGRES_URL);
    database = {
      client: 'pg',
      prefix: dbPrefix,
      connection: {
        host: u.hostname,
        port: Number(u.port || 5432),
        user: decodeURIComponent(u.username),
        password: decodeURIComponent(u.password),
      },
    };
  } else {
    database = { client: 'better-sqlite3', connection: ':memory:' };
  }
  return {
    app: { baseUrl: BASE },
    backend: {
      baseUrl: BASE,
      listen: { port: PORT },
      database,
      reading: { allow: [{ host: files.host }] },
    },
    learning: {
      // the demo's academy is not measured here
      catalogueExports: [],
      sources: {
        locations: files.targets.map(target => ({ target })),
        // run when asked (a task's worker starts after its initial delay:
        // the first run, before the catalog is in, finds every file broken)
        schedule: { ...schedule, initialDelay: { seconds: 1 } },
      },
    },
    search: { collators: { catalog: { schedule }, techdocs: { schedule } } },
  };
}

async function dropDatabases(prefix) {
  const { Client } = require('pg');
  const client = new Client({
    connectionString: `${process.env.BENCH_POSTGRES_URL}/postgres`,
  });
  await client.connect();
  const { rows } = await client.query(
    'SELECT datname FROM pg_database WHERE datname LIKE $1',
    [`${prefix}%`],
  );
  for (const { datname } of rows) {
    await client.query(`DROP DATABASE IF EXISTS "${datname}"`);
  }
  await client.end();
}

async function benchEngine(engine, args) {
  const files = await fileServer(args.files, args.docs);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tl-bench-sources-'));
  const dbPrefix = `${PG_PREFIX}${Date.now()}_`;
  const configFile = path.join(dir, 'app-config.bench.json');
  fs.writeFileSync(configFile, JSON.stringify(config(engine, files, dbPrefix)));
  const backend = startBackend(configFile, path.join(dir, 'backend.log'));
  try {
    // an admin of the demo (platform-team), through the demo's sign-in
    const token = await waitFor(
      'the backend and its catalog',
      async () =>
        (
          await fetchJson(`${BASE}/api/auth/guest/refresh`, {
            headers: { 'x-demo-user': 'grace-kim' },
          })
        ).backstageIdentity.token,
      300_000,
    );
    const headers = { Authorization: `Bearer ${token}` };
    await waitFor(
      'the catalog to hold ledger-service',
      () =>
        fetchJson(
          `${BASE}/api/catalog/entities/by-name/component/default/ledger-service`,
          { headers },
        ),
      300_000,
    );
    const rssBefore = backendRssMiB(backend);

    /** The latest `checkedAt` of the files, once it stopped moving. */
    const quiet = async () => {
      let last = '';
      for (;;) {
        const { items } = await fetchJson(`${BASE}/api/learning/sources`, {
          headers,
        });
        const latest =
          items
            .map(s => s.checkedAt ?? '')
            .sort()
            .pop() ?? '';
        if (latest === last && latest !== '') return;
        last = latest;
        await sleep(5000);
      }
    };

    const run = async title => {
      // a run under way takes no trigger: let it end first
      await quiet();
      const before = { ...files.counts };
      const asked = new Date().toISOString();
      const started = Date.now();
      let peak = 0;
      const refresh = await fetch(`${BASE}/api/learning/sources/refresh`, {
        method: 'POST',
        headers,
      });
      if (refresh.status !== 202) {
        throw new Error(`refresh answered ${refresh.status}`);
      }
      const sources = await waitFor(
        `${title}: every file read`,
        async () => {
          peak = Math.max(peak, backendRssMiB(backend) ?? 0);
          const { items: all } = await fetchJson(
            `${BASE}/api/learning/sources`,
            { headers },
          );
          // the demo's own files (on :7007) are not read here
          const items = all.filter(s =>
            s.target.startsWith(`http://${files.host}/`),
          );
          return items.length === args.files &&
            items.every(s => (s.checkedAt ?? '') > asked)
            ? items
            : undefined;
        },
        600_000,
      );
      const elapsed = Date.now() - started;
      const checked = sources.map(s => Date.parse(s.checkedAt)).sort();
      const result = {
        title,
        files: args.files,
        documents: sources.reduce((n, s) => n + (s.documentCount ?? 0), 0),
        broken: sources.filter(s => s.errors.length > 0).length,
        // from the first file read to the last, as the backend saw it
        syncSeconds: (checked[checked.length - 1] - checked[0]) / 1000,
        // from asking to seeing the last file read (the scheduler picks
        // the task up within a few seconds)
        wallSeconds: elapsed / 1000,
        served200: files.counts[200] - before[200],
        served304: files.counts[304] - before[304],
        peakRssMiB: peak,
      };
      log(
        `${engine}: ${title}: ${result.files} files, ${result.documents} documents, ${result.broken} broken; sync ${result.syncSeconds} s (asked to done ${result.wallSeconds} s); HTTP 200 x${result.served200}, 304 x${result.served304}; peak RSS ${peak} MiB`,
      );
      return result;
    };

    const runs = [];
    files.open();
    runs.push(await run('first read'));
    await sleep(1000);
    runs.push(await run('nothing changed'));
    for (let i = 0; i < args.files; i += 10) files.change(i);
    await sleep(1000);
    runs.push(await run('a tenth of the files changed'));
    const resources = await fetchJson(
      `${BASE}/api/learning/resources?tag=bench&limit=1`,
      { headers },
    );
    log(`${engine}: resources tagged bench: ${resources.totalCount}`);
    return {
      engine,
      rssBeforeMiB: rssBefore,
      rssAfterMiB: backendRssMiB(backend),
      benchResources: resources.totalCount,
      runs,
    };
  } finally {
    stopBackend(backend);
    await files.close();
    await sleep(2000);
    if (engine === 'postgres') {
      await dropDatabases(dbPrefix);
    }
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const results = [];
  for (const engine of args.engines) {
    if (engine === 'postgres' && !process.env.BENCH_POSTGRES_URL) {
      throw new Error('BENCH_POSTGRES_URL is not set');
    }
    log(`${engine}: ${args.files} files of ${args.docs} documents`);
    results.push(await benchEngine(engine, args));
  }
  const summary = {
    date: new Date().toISOString().slice(0, 10),
    machine: {
      cpus: os.cpus().length,
      memoryGiB: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
    },
    files: args.files,
    documentsPerFile: args.docs,
    results,
  };
  if (args.out) {
    fs.writeFileSync(args.out, `${JSON.stringify(summary, null, 2)}\n`);
    log(`figures written to ${path.relative(ROOT, args.out)}`);
  }
}

main().catch(error => {
  process.stderr.write(`[bench:sources] ${String(error.stack ?? error)}\n`);
  process.exit(1);
});
