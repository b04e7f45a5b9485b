/*
 * Faults survived, measured (`yarn chaos`, see docs/chaos.md). Two cases,
 * each on fresh PostgreSQL databases of its own (dropped at the end):
 *
 * 1. A database restart under write load. The demo backend runs on
 *    PostgreSQL; WORKERS demo users write in a closed loop (enrol, record
 *    progress, rate, create material, apply to embeds), one request at a
 *    time each. After LOAD_BEFORE seconds the PostgreSQL server is stopped,
 *    kept down OUTAGE seconds and started again; the load goes on
 *    LOAD_AFTER seconds more, and the backend is never restarted. Then
 *    every write that was answered 2xx is looked for in the database.
 *    Printed: writes acknowledged, of them found, the answers given during
 *    the outage by status, the longest wait, and the seconds from the
 *    server being back to the first acknowledged write.
 *
 * 2. Two replicas on one database. FILES learning YAML files are served
 *    over HTTP; when a replica logs that it is reading them, it is killed
 *    (SIGKILL) part way; right after, no file's material is half-synced (a
 *    source's resources are all there or none); the surviving replica
 *    finishes the sync at its next run. Then the same with a freshness
 *    run: killed part way, finished by the other (every link of every
 *    resource has its fingerprint).
 *
 *   node scripts/chaos/index.js [--only=restart|replicas] [--out=FILE]
 *
 * PostgreSQL comes from CHAOS_POSTGRES_URL; the server restarted is the
 * cluster CHAOS_PG_VERSION/main (pg_ctlcluster). Exits non-zero when a
 * target is missed.
 */
'use strict';

const fs = require('node:fs');
const http = require('node:http');
const os = require('node:os');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const { createHash } = require('node:crypto');
const { Client } = require('pg');
const {
  fetchJson,
  sleep,
  startBackend,
  stopBackend,
  waitFor,
} = require('../bench/backend');

const WORKERS = 8;
const LOAD_BEFORE = 10;
const OUTAGE = 5;
const LOAD_AFTER = 15;
/** How long the backend may make a request wait for the database: knex's acquireConnectionTimeout. */
const REQUEST_LIMIT_MS = 60_000;
const FILES = 400;
const DOCS = 10;
const USERS = [
  'alice-chen',
  'bob-okafor',
  'dev-patel',
  'erin-walsh',
  'isla-novak',
  'jonas-berg',
  'kemi-adeyemi',
  'farid-haddad',
];

function log(message) {
  process.stdout.write(`[chaos] ${message}\n`);
}

function parseArgs(argv) {
  const args = { only: ['restart', 'replicas'], out: undefined };
  for (const arg of argv) {
    const [key, value] = arg.replace(/^--/, '').split('=');
    if (key === 'only') args.only = value.split(',');
    else if (key === 'out') args.out = path.resolve(value);
    else throw new Error(`Unknown option ${arg}`);
  }
  return args;
}

function pgConnection() {
  const u = new URL(process.env.CHAOS_POSTGRES_URL);
  return {
    host: u.hostname,
    port: Number(u.port || 5432),
    user: decodeURIComponent(u.username),
    password: decodeURIComponent(u.password),
  };
}

function backendConfig(port, prefix, extra = {}) {
  const base = `http://localhost:${port}`;
  const schedule = {
    frequency: { hours: 24 },
    timeout: { minutes: 10 },
    initialDelay: { hours: 24 },
  };
  return {
    app: { baseUrl: base },
    backend: {
      baseUrl: base,
      listen: { port },
      database: { client: 'pg', prefix, connection: pgConnection() },
      ...extra.backend,
    },
    learning: { catalogueExports: [], ...extra.learning },
    search: { collators: { catalog: { schedule }, techdocs: { schedule } } },
  };
}

async function query(database, sql, params = []) {
  const client = new Client({ ...pgConnection(), database });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows;
  } finally {
    await client.end();
  }
}

async function dropDatabases(prefix) {
  const rows = await query(
    'postgres',
    'SELECT datname FROM pg_database WHERE datname LIKE $1',
    [`${prefix}%`],
  );
  for (const { datname } of rows) {
    await query('postgres', `DROP DATABASE IF EXISTS "${datname}"`);
  }
}

function pgctl(action) {
  execFileSync(
    'pg_ctlcluster',
    [
      process.env.CHAOS_PG_VERSION,
      'main',
      action,
      ...(action === 'stop' ? ['-m', 'fast'] : []),
    ],
    { stdio: 'inherit' },
  );
}

async function pgReady() {
  try {
    await query('postgres', 'SELECT 1');
    return true;
  } catch {
    return false;
  }
}

/** A started backend, ready to answer as the demo's users. */
async function start(port, prefix, dir, name, extra) {
  const configFile = path.join(dir, `app-config.${name}.json`);
  fs.writeFileSync(
    configFile,
    JSON.stringify(backendConfig(port, prefix, extra)),
  );
  const logFile = path.join(dir, `${name}.log`);
  const child = startBackend(configFile, logFile, { logLevel: 'info' });
  const base = `http://localhost:${port}`;
  const tokenOf = async user =>
    (
      await fetchJson(`${base}/api/auth/guest/refresh`, {
        headers: { 'x-demo-user': user },
      })
    ).backstageIdentity.token;
  await waitFor(`${name} to answer`, () => tokenOf('alice-chen'), 300_000);
  return { child, base, logFile, tokenOf, name };
}

/** One write, timed; `key` and `value` say what it leaves in the database. */
async function timed(url, init) {
  const started = Date.now();
  let status;
  let body;
  try {
    const res = await fetch(url, {
      ...init,
      signal: AbortSignal.timeout(2 * REQUEST_LIMIT_MS),
    });
    status = res.status;
    body = await res.json().catch(() => undefined);
  } catch (error) {
    status = error.name === 'TimeoutError' ? 'timeout' : 'no answer';
  }
  return { started, ended: Date.now(), status, body };
}

async function restartCase(dir) {
  const prefix = `chaos_restart_${Date.now()}_`;
  const backend = await start(7111, prefix, dir, 'restart');
  try {
    const admin = {
      authorization: `Bearer ${await backend.tokenOf('grace-kim')}`,
    };
    await waitFor(
      'the demo material',
      async () =>
        (
          await fetchJson(`${backend.base}/api/learning/resources?limit=100`, {
            headers: admin,
          })
        ).items.length >= 5,
      300_000,
    );
    const resources = (
      await fetchJson(`${backend.base}/api/learning/resources?limit=100`, {
        headers: admin,
      })
    ).items.filter(
      r =>
        r.kind !== 'path' &&
        !['live', 'bootcamp', 'workshop'].includes(r.format),
    );
    const embeds = (
      await fetchJson(`${backend.base}/api/learning/embeds?limit=100`, {
        headers: admin,
      })
    ).items.filter(e => e.status === 'open');
    log(
      `restart: ${resources.length} resources and ${embeds.length} open embeds to write to, ${WORKERS} writers`,
    );

    const requests = [];
    const expectations = [];
    let stop = false;
    const worker = async (user, w) => {
      const userRef = `user:default/${user}`;
      const headers = {
        authorization: `Bearer ${await backend.tokenOf(user)}`,
        'content-type': 'application/json',
      };
      for (let n = 0; !stop; n++) {
        const resource = resources[(w + n) % resources.length];
        const kind = ['enrol', 'progress', 'rate', 'create', 'apply'][n % 5];
        let url;
        let method = 'PUT';
        let body;
        let check;
        if (kind === 'enrol' || kind === 'progress') {
          url = `/api/learning/resources/${resource.id}/enrolment`;
          const progress = kind === 'progress' ? 1 + (n % 98) : undefined;
          body = progress ? { progress } : {};
          check = {
            table: 'enrolment',
            key: `${resource.id} ${userRef}`,
            value: progress,
          };
        } else if (kind === 'rate') {
          url = `/api/learning/resources/${resource.id}/feedback`;
          const comment = `chaos ${w} ${n}`;
          body = { rating: 1 + (n % 5), comment };
          check = {
            table: 'feedback',
            key: `${resource.id} ${userRef}`,
            value: comment,
          };
        } else if (kind === 'create') {
          url = '/api/learning/resources';
          method = 'POST';
          body = {
            kind: 'course',
            title: `Chaos ${user} ${n}`,
            summary: 'Written under a database restart',
            format: 'reading',
            level: 'beginner',
            owner: userRef,
            urls: [{ url: 'https://example.com/chaos' }],
          };
          check = { table: 'resource' };
        } else {
          const embed = embeds[(w + n) % Math.max(1, embeds.length)];
          if (!embed) continue;
          url = `/api/learning/embeds/${embed.id}/application`;
          body = { message: `chaos ${w} ${n}` };
          check = { table: 'application', key: `${embed.id} ${userRef}` };
        }
        const result = await timed(`${backend.base}${url}`, {
          method,
          headers,
          body: JSON.stringify(body),
        });
        const acked =
          typeof result.status === 'number' &&
          result.status >= 200 &&
          result.status < 300;
        requests.push({ ...result, kind, acked });
        expectations.push({
          ...check,
          acked,
          id: result.body?.id,
          order: expectations.length,
        });
        await sleep(20);
      }
    };
    const running = USERS.slice(0, WORKERS).map((user, w) => worker(user, w));
    await sleep(LOAD_BEFORE * 1000);
    const outageStart = Date.now();
    log('restart: stopping PostgreSQL');
    pgctl('stop');
    await sleep(OUTAGE * 1000);
    pgctl('start');
    await waitFor('PostgreSQL to accept connections', pgReady, 60_000);
    const back = Date.now();
    log(
      `restart: PostgreSQL is back after ${(
        (back - outageStart) /
        1000
      ).toFixed(1)} s`,
    );
    await sleep(LOAD_AFTER * 1000);
    stop = true;
    await Promise.all(running);

    // what the database holds of what was acknowledged
    const db = `${prefix}learning`;
    const enrolments = new Map(
      (
        await query(
          db,
          'SELECT resource_id, user_ref, progress FROM learning_enrolments',
        )
      ).map(r => [`${r.resource_id} ${r.user_ref}`, r.progress]),
    );
    const feedback = new Map(
      (
        await query(
          db,
          'SELECT resource_id, user_ref, comment FROM learning_feedback',
        )
      ).map(r => [`${r.resource_id} ${r.user_ref}`, r.comment]),
    );
    const created = new Set(
      (await query(db, 'SELECT id FROM learning_resources')).map(r => r.id),
    );
    const applications = new Set(
      (
        await query(
          db,
          'SELECT embed_id, applicant_ref FROM learning_embed_applications',
        )
      ).map(r => `${r.embed_id} ${r.applicant_ref}`),
    );
    /** A value written later than an acknowledged one may have replaced it. */
    const laterValues = e =>
      new Set(
        expectations
          .filter(
            o =>
              o.table === e.table &&
              o.key === e.key &&
              o.order >= e.order &&
              o.value !== undefined,
          )
          .map(o => o.value),
      );
    const lastAcked = new Map();
    for (const e of expectations)
      if (e.acked && e.key) lastAcked.set(`${e.table} ${e.key}`, e);
    let found = 0;
    const lost = [];
    for (const e of expectations.filter(x => x.acked)) {
      let present;
      if (e.table === 'resource') present = created.has(e.id);
      else if (e.table === 'application') present = applications.has(e.key);
      else if (e.table === 'enrolment') {
        present = enrolments.has(e.key);
        const latest = lastAcked.get(`${e.table} ${e.key}`);
        if (present && latest === e && e.value !== undefined)
          present = laterValues(e).has(enrolments.get(e.key));
      } else {
        const latest = lastAcked.get(`${e.table} ${e.key}`);
        present =
          feedback.has(e.key) &&
          (latest !== e || laterValues(e).has(feedback.get(e.key)));
      }
      if (present) found++;
      else lost.push(e);
    }

    const countByStatus = list => {
      const counts = {};
      for (const r of list) counts[r.status] = (counts[r.status] ?? 0) + 1;
      return counts;
    };
    const during = requests.filter(
      r => r.started >= outageStart && r.started <= back,
    );
    const byStatus = countByStatus(during);
    // refusals the writes meet anyway (a host's members do not apply to its embeds)
    const outside = countByStatus(
      requests.filter(r => !during.includes(r) && !r.acked),
    );
    const longest = Math.max(...requests.map(r => r.ended - r.started));
    const firstAfter = requests
      .filter(r => r.acked && r.started >= back)
      .sort((a, b) => a.ended - b.ended)[0];
    const firstAckAfterOutageStart = requests
      .filter(r => r.acked && r.started >= outageStart)
      .sort((a, b) => a.ended - b.ended)[0];
    const result = {
      writers: WORKERS,
      requests: requests.length,
      acknowledged: requests.filter(r => r.acked).length,
      acknowledgedByKind: Object.fromEntries(
        ['enrol', 'progress', 'rate', 'create', 'apply'].map(k => [
          k,
          requests.filter(r => r.acked && r.kind === k).length,
        ]),
      ),
      found,
      lost: lost.length,
      outageSeconds: (back - outageStart) / 1000,
      answeredDuringOutage: byStatus,
      refusedOutsideOutage: outside,
      longestWaitMs: longest,
      recoverySeconds: firstAfter
        ? (firstAfter.ended - back) / 1000
        : undefined,
      firstWriteAfterOutageBeganSeconds: firstAckAfterOutageStart
        ? (firstAckAfterOutageStart.ended - outageStart) / 1000
        : undefined,
      backendRestarted: false,
    };
    log(
      `restart: ${result.requests} writes sent, ${
        result.acknowledged
      } acknowledged (${JSON.stringify(result.acknowledgedByKind)}), ${
        result.found
      } of them found afterwards, ${result.lost} lost`,
    );
    log(
      `restart: answered while PostgreSQL was away (${
        result.outageSeconds
      } s): ${JSON.stringify(
        byStatus,
      )}; not acknowledged outside it: ${JSON.stringify(outside)}`,
    );
    log(
      `restart: longest wait ${longest} ms (limit ${REQUEST_LIMIT_MS} ms); first acknowledged write ${result.recoverySeconds} s after the server was back, ${result.firstWriteAfterOutageBeganSeconds} s after it went away; backend not restarted`,
    );
    const missed = [];
    if (result.lost > 0) missed.push(`${result.lost} acknowledged writes lost`);
    if (longest > REQUEST_LIMIT_MS)
      missed.push(`a request waited ${longest} ms`);
    if (result.recoverySeconds === undefined)
      missed.push('no write succeeded after the restart');
    return { result, missed };
  } finally {
    stopBackend(backend.child);
    await sleep(3000);
    await dropDatabases(prefix);
  }
}

/** The learning YAML files, over HTTP. */
async function fileServer() {
  const state = { open: false };
  const server = http.createServer((req, res) => {
    const match = /^\/repo-(\d+)\/learning\.yaml$/.exec(req.url ?? '');
    const file = match ? Number(match[1]) : -1;
    // nothing to read until both replicas are up: the first run after
    // that is a whole first sync
    if (!state.open || file < 0 || file >= FILES) {
      res.writeHead(404).end();
      return;
    }
    const parts = [];
    for (let d = 0; d < DOCS; d++) {
      parts.push(`apiVersion: tech-learning/v1alpha1
kind: Course
metadata:
  name: chaos-${file}-${d}
  title: Course ${d} of file ${file}
  description: Material declared beside the code, synced by two replicas.
spec:
  format: self-paced
  level: beginner
  owner: payments-team
  smes: [alice-chen]
  links:
    - entityRef: component:ledger-service
    - entityRef: api:ledger-events
      relation: uses
`);
    }
    const body = parts.join('---\n');
    const etag = `"${createHash('sha1').update(body).digest('hex')}"`;
    res.writeHead(200, { etag }).end(body);
  });
  await new Promise(resolve => server.listen(0, '127.0.0.1', resolve));
  const host = `localhost:${server.address().port}`;
  return {
    host,
    open: () => {
      state.open = true;
    },
    targets: Array.from(
      { length: FILES },
      (_, i) => `http://${host}/repo-${i}/learning.yaml`,
    ),
    close: () => new Promise(resolve => server.close(resolve)),
  };
}

/** The first replica whose log has the line, when it comes. */
async function whoLogs(replicas, text, since, timeoutMs) {
  return waitFor(
    `a replica to log "${text}"`,
    async () =>
      replicas.find(r => {
        const lines = fs
          .readFileSync(r.logFile, 'utf8')
          .split('\n')
          .slice(since.get(r) ?? 0);
        return lines.some(l => l.includes(text));
      }),
    timeoutMs,
  );
}

async function replicasCase(dir) {
  const prefix = `chaos_replicas_${Date.now()}_`;
  const files = await fileServer();
  // ISO durations, which replace the demo's schedules where objects would
  // merge with them
  const schedule = {
    frequency: 'PT20S',
    // a replica that dies holds the task this long
    timeout: 'PT30S',
    initialDelay: 'PT20S',
  };
  const extra = {
    backend: { reading: { allow: [{ host: files.host }] } },
    learning: {
      sources: {
        locations: files.targets.map(target => ({ target })),
        schedule,
      },
      freshness: { schedule },
    },
  };
  const db = `${prefix}learning`;
  const replicas = [];
  try {
    // the first makes the databases; the second joins them
    replicas.push(await start(7112, prefix, dir, 'replica-a', extra));
    replicas.push(await start(7113, prefix, dir, 'replica-b', extra));
    const lineCount = () =>
      new Map(
        replicas.map(r => [
          r,
          fs.readFileSync(r.logFile, 'utf8').split('\n').length,
        ]),
      );

    // the YAML sync: wait for a run that reads the files, kill its replica
    const perSource = async () =>
      query(
        db,
        `SELECT s.id, COUNT(r.id)::int AS resources FROM learning_sources s
         LEFT JOIN learning_resources r ON r.source_provider = 'yaml:' || SUBSTRING(s.id, 1, 16)
         WHERE s.target LIKE $1 GROUP BY s.id`,
        [`http://${files.host}/%`],
      );
    files.open();
    let victim;
    for (;;) {
      const since = lineCount();
      const runner = await whoLogs(
        replicas,
        'Learning YAML: reading',
        since,
        180_000,
      );
      // part way: some files synced, not all
      const partway = await waitFor(
        'the sync to be part way',
        async () => {
          const synced = (await perSource()).filter(
            r => r.resources > 0,
          ).length;
          return synced >= FILES * 0.2 ? synced : undefined;
        },
        60_000,
      ).catch(() => undefined);
      if (partway !== undefined && partway < FILES) {
        victim = runner;
        break;
      }
      if (partway === FILES) {
        throw new Error('the sync ended before it could be killed part way');
      }
    }
    const killedAt = Date.now();
    process.kill(victim.child.pid, 'SIGKILL');
    const survivor = replicas.find(r => r !== victim);
    const rightAfter = await perSource();
    const halfSynced = rightAfter.filter(
      r => r.resources !== 0 && r.resources !== DOCS,
    );
    const syncedBefore = rightAfter.filter(r => r.resources === DOCS).length;
    log(
      `replicas: killed ${victim.name} part way through the YAML sync: ${syncedBefore} of ${FILES} files synced, ${halfSynced.length} half-synced`,
    );
    const finished = await waitFor(
      `${survivor.name} to finish the sync`,
      async () => {
        const rows = await perSource();
        return rows.length === FILES && rows.every(r => r.resources === DOCS)
          ? rows
          : undefined;
      },
      300_000,
    );
    const syncSeconds = (Date.now() - killedAt) / 1000;
    log(
      `replicas: ${survivor.name} finished the sync ${syncSeconds} s after the kill: ${finished.length} files of ${DOCS} documents each`,
    );

    // two replicas again, as an orchestrator would see to
    const replacement = await start(7114, prefix, dir, 'replica-c', extra);
    replicas.push(replacement);
    const alive = [survivor, replacement];

    // the freshness run: its replica killed part way, the other finishes
    const expected = Number(
      (
        await query(
          db,
          // the check keeps a fingerprint of each entity a resource teaches
          "SELECT COUNT(DISTINCT (resource_id, entity_ref))::int AS n FROM learning_resource_links WHERE relation = 'teaches'",
        )
      )[0].n,
    );
    const fingerprints = async () =>
      Number(
        (
          await query(
            db,
            'SELECT COUNT(*)::int AS n FROM learning_link_fingerprints',
          )
        )[0].n,
      );
    let freshnessVictim;
    let atKill;
    for (let attempt = 0; attempt < 5 && !freshnessVictim; attempt++) {
      // what a run has to do: every link without its fingerprint, as for
      // material just synced
      await query(db, 'DELETE FROM learning_link_fingerprints');
      const since = lineCount();
      const runner = await whoLogs(
        alive,
        'Freshness check started',
        since,
        180_000,
      );
      for (let i = 0; i < 400; i++) {
        const written = await fingerprints();
        if (written > 0 && written < expected) {
          process.kill(runner.child.pid, 'SIGKILL');
          freshnessVictim = runner;
          break;
        }
        if (written >= expected) break;
        await sleep(25);
      }
    }
    if (!freshnessVictim) {
      throw new Error('no freshness run could be killed part way');
    }
    const killedFreshnessAt = Date.now();
    atKill = await fingerprints();
    const finisher = alive.find(r => r !== freshnessVictim);
    log(
      `replicas: killed ${freshnessVictim.name} part way through the freshness run: ${atKill} of ${expected} link fingerprints written`,
    );
    await waitFor(
      `${finisher.name} to finish the freshness run`,
      async () => ((await fingerprints()) >= expected ? true : undefined),
      300_000,
    );
    const freshnessSeconds = (Date.now() - killedFreshnessAt) / 1000;
    log(
      `replicas: ${finisher.name} finished the freshness run ${freshnessSeconds} s after the kill: ${expected} of ${expected} link fingerprints`,
    );
    const result = {
      files: FILES,
      documentsPerFile: DOCS,
      sync: {
        killed: victim.name,
        syncedAtKill: syncedBefore,
        halfSyncedAtKill: halfSynced.length,
        finishedBy: survivor.name,
        secondsToFinish: syncSeconds,
      },
      freshness: {
        killed: freshnessVictim.name,
        fingerprintsAtKill: atKill,
        expected,
        finishedBy: finisher.name,
        secondsToFinish: freshnessSeconds,
      },
    };
    const missed = [];
    if (halfSynced.length > 0)
      missed.push(`${halfSynced.length} files half-synced`);
    return { result, missed };
  } finally {
    for (const r of replicas) stopBackend(r.child);
    await files.close();
    await sleep(3000);
    await dropDatabases(prefix);
  }
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (!process.env.CHAOS_POSTGRES_URL || !process.env.CHAOS_PG_VERSION) {
    throw new Error(
      'CHAOS_POSTGRES_URL and CHAOS_PG_VERSION are not set: run scripts/chaos.sh',
    );
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tl-chaos-'));
  const results = { date: new Date().toISOString() };
  const missed = [];
  try {
    if (args.only.includes('restart')) {
      const out = await restartCase(dir);
      results.restart = out.result;
      missed.push(...out.missed);
    }
    if (args.only.includes('replicas')) {
      const out = await replicasCase(dir);
      results.replicas = out.result;
      missed.push(...out.missed);
    }
  } catch (error) {
    log(`failed; the backends' logs are in ${dir}`);
    throw error;
  }
  if (args.out)
    fs.writeFileSync(args.out, `${JSON.stringify(results, null, 2)}\n`);
  fs.rmSync(dir, { recursive: true, force: true });
  if (missed.length > 0) {
    log(`targets missed: ${missed.join('; ')}`);
    process.exit(1);
  }
  log(
    'targets met: every acknowledged write found, no request beyond the limit, recovery without a restart, nothing half-synced',
  );
}

main().catch(error => {
  process.stderr.write(`${error.stack ?? error}\n`);
  process.exit(1);
});
