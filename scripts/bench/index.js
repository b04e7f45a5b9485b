/*
 * The benchmark of the learning backend (`yarn bench`, see
 * docs/benchmarks.md). For each database engine it seeds the data set,
 * starts the demo backend on it with 10,000 catalog entities, and drives,
 * one after the other in the same backend, the catalog's own entity lookup
 * and the learning endpoints with autocannon. It prints p50, p99 and
 * requests/s of each, the ratios to the catalog, then times the freshness
 * check over the whole data set (`--only=freshness` for that alone) and
 * the search module's collators (`--only=collators`), and
 * writes everything as JSON to the file it names at the end. Before the
 * endpoints it builds the suggestions' model (`--only=model`); before any
 * engine, it measures the suggestions' quality offline
 * (`--only=quality`, quality.js).
 *
 *   yarn bench [--engines=sqlite,postgres] [--rounds=3] [--duration=10]
 *              [--warmup=3] [--connections=1,8] [--out=FILE]
 *              [--reuse] [--only=WORD,...]
 *
 * Each endpoint gets `warmup` seconds, then `rounds` runs of `duration`
 * seconds at each number of connections, the endpoints taking turns (the
 * uncached summary last, after all the others).
 *
 * For work on the endpoints: `--reuse` keeps the data and the ingested
 * catalog of the last complete run of an engine instead of seeding anew
 * (the backend still starts fresh), and `--only=summary,catalog` drives
 * only the endpoints whose titles contain one of the words.
 *
 * PostgreSQL comes from BENCH_POSTGRES_URL, else from the test suite's
 * BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING.
 */
'use strict';

const path = require('node:path');
const fs = require('node:fs');
const os = require('node:os');
const autocannon = require('autocannon');
const { SIZES, VIEWER, entitiesYaml, sampleComponents } = require('./dataset');
const { seed, resetComputed, PG_PREFIX } = require('./seed');
const { evaluateQuality } = require('./quality');
const {
  backendRssMiB,
  fetchJson,
  sleep,
  startBackend,
  stopBackend,
  waitFor,
} = require('./backend');

const ROOT = path.resolve(__dirname, '../..');
/** Words of `--only` that name phases rather than endpoints. */
const PHASES = [
  'freshness',
  'collators',
  'model',
  'quality',
  'cohort',
  'snapshots',
];
const WORK = path.join(ROOT, '.bench');
const PORT = 7077;
const BASE = `http://localhost:${PORT}`;

function parseArgs(argv) {
  const args = {
    engines: ['sqlite', 'postgres'],
    duration: 10,
    rounds: 3,
    warmup: 3,
    connections: [1, 8],
    reuse: false,
    only: undefined,
    out: path.join(
      ROOT,
      'bench-results',
      `bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`,
    ),
  };
  for (const arg of argv) {
    const [key, value] = arg.replace(/^--/, '').split('=');
    if (key === 'engines') {
      args.engines = value.split(',');
    } else if (key === 'connections') {
      args.connections = value.split(',').map(Number);
    } else if (['duration', 'rounds', 'warmup'].includes(key)) {
      args[key] = Number(value);
    } else if (key === 'reuse' && value === undefined) {
      args.reuse = true;
    } else if (key === 'only') {
      args.only = value.split(',');
    } else if (key === 'out') {
      args.out = path.resolve(value);
    } else {
      throw new Error(`Unknown option ${arg}`);
    }
  }
  for (const engine of args.engines) {
    if (!['sqlite', 'postgres'].includes(engine)) {
      throw new Error(`Unknown engine ${engine}; use sqlite or postgres`);
    }
  }
  return args;
}

function log(message) {
  process.stdout.write(`[bench] ${message}\n`);
}

/** The backend's configuration on top of app-config.yaml. */
function benchConfig(engine, dir, pgUrl) {
  const database =
    engine === 'postgres'
      ? (() => {
          const u = new URL(pgUrl);
          return {
            client: 'pg',
            prefix: PG_PREFIX,
            connection: {
              host: u.hostname,
              port: Number(u.port || 5432),
              user: decodeURIComponent(u.username),
              password: decodeURIComponent(u.password),
            },
          };
        })()
      : { client: 'better-sqlite3', connection: { directory: dir.db } };
  const schedule = {
    frequency: { hours: 24 },
    timeout: { minutes: 10 },
    initialDelay: { hours: 24 },
  };
  // The freshness check runs only when the freshness phase triggers it.
  const freshness = {
    frequency: { trigger: 'manual' },
    timeout: { minutes: 30 },
  };
  return {
    app: { baseUrl: BASE },
    backend: {
      baseUrl: BASE,
      listen: { port: PORT },
      database,
      reading: { allow: [{ host: `localhost:${PORT}` }] },
    },
    catalog: {
      // Ingest once; no reprocessing while the load runs.
      processingInterval: { hours: 1 },
      locations: [
        { type: 'file', target: path.join(ROOT, 'examples/entities.yaml') },
        {
          type: 'file',
          target: path.join(ROOT, 'examples/org.yaml'),
          rules: [{ allow: ['User', 'Group'] }],
        },
        {
          type: 'file',
          target: dir.entities,
          rules: [{ allow: ['User', 'Group', 'System', 'Component'] }],
        },
      ],
    },
    // The search indexers would read all 10,000 entities during the load.
    // The learning collators run only when the collator phase triggers them.
    search: {
      collators: {
        catalog: { schedule },
        techdocs: { schedule },
        learning: { schedule: freshness },
      },
    },
    // The suggestions' model is built when the model phase triggers it.
    // The insights' daily task runs when the snapshots phase triggers it.
    learning: {
      freshness: { schedule: freshness },
      recommendations: { schedule: freshness },
      insights: { schedule: freshness },
    },
    demo: {
      learningMaterial: path.join(ROOT, 'examples/learning/demo-material.yaml'),
    },
  };
}

/**
 * Runs autocannon against paths handed out in turn (each a path, or a
 * path with the token to ask it with); `cursor.next` carries
 * on across runs so that a later round asks for paths not asked yet.
 */
function load({ title, paths, cursor, token, duration, connections }) {
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url: BASE,
        title,
        duration,
        connections,
        headers: { authorization: `Bearer ${token}` },
        requests: [
          {
            method: 'GET',
            // a path, or a path and the token of whom asks it
            setupRequest: req => {
              const next = paths[cursor.next++ % paths.length];
              return typeof next === 'string'
                ? { ...req, path: next }
                : {
                    ...req,
                    path: next.path,
                    headers: {
                      ...req.headers,
                      authorization: `Bearer ${next.token}`,
                    },
                  };
            },
          },
        ],
      },
      (err, result) => (err ? reject(err) : resolve(result)),
    );
  });
}

function figures(result) {
  return {
    p50: result.latency.p50,
    p99: result.latency.p99,
    mean: Number(result.latency.average.toFixed(2)),
    requestsPerSecond: Number(result.requests.average.toFixed(1)),
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

async function benchEngine(engine, args) {
  const dir = {
    root: path.join(WORK, engine),
    db: path.join(WORK, engine, 'db'),
    entities: path.join(WORK, engine, 'entities.yaml'),
    config: path.join(WORK, engine, 'app-config.bench.yaml'),
    log: path.join(WORK, engine, 'backend.log'),
  };
  // Written when a run has seeded and ingested everything.
  const readyStamp = path.join(dir.root, 'ready.json');
  const reuse = args.reuse && fs.existsSync(readyStamp);
  if (args.reuse && !reuse) {
    log(`${engine}: nothing to reuse yet, seeding`);
  }

  const pgUrl =
    process.env.BENCH_POSTGRES_URL ??
    process.env.BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING;
  if (engine === 'postgres' && !pgUrl) {
    throw new Error(
      'Set BENCH_POSTGRES_URL (postgresql://user:password@host:port) for PostgreSQL',
    );
  }
  let seedSeconds;
  if (reuse) {
    ({ seedSeconds } = JSON.parse(fs.readFileSync(readyStamp, 'utf8')));
    log(`${engine}: reusing the data of the last run`);
  } else {
    fs.rmSync(dir.root, { recursive: true, force: true });
    fs.mkdirSync(dir.root, { recursive: true });
    fs.writeFileSync(dir.entities, entitiesYaml());
    log(
      `${engine}: seeding ${SIZES.resources} resources, ${SIZES.links} links, ${SIZES.enrolments} enrolments, about ${SIZES.feedback} feedback rows`,
    );
    seedSeconds = await seed(
      engine === 'postgres'
        ? { engine, url: pgUrl }
        : { engine, directory: dir.db },
    );
    log(`${engine}: seeded in ${seedSeconds.toFixed(0)} s`);
  }

  const freshnessChosen = !args.only || args.only.includes('freshness');
  // what earlier runs computed goes (on reused data), and the long
  // discussion and no cohorts are there (always)
  const { discussionResourceId, posts } = await resetComputed(
    engine === 'postgres'
      ? { engine, url: pgUrl }
      : { engine, directory: dir.db },
    { freshness: reuse && freshnessChosen, model: reuse, discussion: true },
  );
  log(`${engine}: a discussion of ${posts} posts on ${discussionResourceId}`);
  fs.writeFileSync(
    dir.config,
    JSON.stringify(benchConfig(engine, dir, pgUrl), null, 2),
  );
  const started = Date.now();
  const backend = startBackend(dir.config, dir.log);
  try {
    await waitFor(
      'the backend',
      async () => (await fetch(`${BASE}/api/learning/health`)).ok,
      180_000,
    );
    // the learning plugin may answer before the auth plugin is up
    const { backstageIdentity } = await waitFor(
      'the sign-in',
      () => fetchJson(`${BASE}/api/auth/guest/refresh`, { method: 'POST' }),
      120_000,
    );
    const token = backstageIdentity.token;
    const auth = { headers: { authorization: `Bearer ${token}` } };
    const wanted = SIZES.entities;
    log(`${engine}: waiting for the catalog to ingest ${wanted} entities`);
    const samples = sampleComponents(200);
    await waitFor(
      'the catalog',
      async () => {
        const page = await fetchJson(
          `${BASE}/api/catalog/entities/by-query?limit=1&filter=metadata.name=${
            samples.at(-1).name
          }`,
          auth,
        );
        const all = await fetchJson(
          `${BASE}/api/catalog/entities/by-query?limit=1`,
          auth,
        );
        return page.items.length === 1 && all.totalItems >= wanted;
      },
      30 * 60_000,
    );
    const ingestSeconds = (Date.now() - started) / 1000;
    if (!reuse) {
      fs.writeFileSync(readyStamp, JSON.stringify({ seedSeconds }));
    }
    log(
      `${engine}: backend up and catalog ingested after ${ingestSeconds.toFixed(
        0,
      )} s`,
    );

    // The summary must really carry data, or the figures mean nothing.
    const check = await fetchJson(
      `${BASE}/api/learning/entities/component/default/${samples[0].name}/summary`,
      auth,
    );
    if (check.items.length === 0 || !check.systemRef) {
      throw new Error('The entity summary of a seeded entity came back empty');
    }

    // The catalog's lookup always runs with another endpoint: every ratio
    // is to it.
    const endpointsChosen =
      !args.only || args.only.some(word => !PHASES.includes(word));
    const chosen = title =>
      endpointsChosen &&
      (!args.only ||
        title === 'catalog entity by name' ||
        args.only.some(word => title.includes(word)));
    const suggestions = 'learning suggestions, 200 learners';
    const discussionTitle = `learning discussion pages, ${posts} posts`;
    // the model the suggestions read, built before they are asked for
    const model =
      !args.only || args.only.includes('model') || chosen(suggestions)
        ? await benchModel(engine, backend, token)
        : undefined;

    const insightsTitles = [
      'learning insights coverage',
      'learning insights health',
      'learning insights demand',
    ];
    const chosenInsights = insightsTitles.some(chosen);
    // words no resource has: each search finds nothing
    const nothingQueries = Array.from(
      { length: 50 },
      (_, i) => `zzqx${i.toString(36)} nowhere`,
    );
    const summaryPath = s =>
      `/api/learning/entities/${s.kind}/${s.namespace}/${s.name}/summary`;
    const targets = {
      'catalog entity by name': samples.map(
        s => `/api/catalog/entities/by-name/${s.kind}/${s.namespace}/${s.name}`,
      ),
      'learning entity summary': samples.map(summaryPath),
      // Every component in turn: no entity is asked twice within the
      // summary's cache lifetime, so this is the cost of a cache miss.
      'learning entity summary, uncached': sampleComponents(
        SIZES.components,
      ).map(summaryPath),
      'learning resources of an entity': samples.map(
        s =>
          `/api/learning/resources?entityRef=${encodeURIComponent(
            s.ref,
          )}&limit=20`,
      ),
      // Words of the data set's titles and summaries (dataset.js): one
      // word, two words, a phrase, a prefix as typed, in turn.
      'learning resources, text search': [
        'kafka',
        'terraform',
        'observability',
        'kubernetes bootcamp',
        'graphql patterns',
        'payments toolkit',
        '"incident response"',
        '"feature flags"',
        '"load testing"',
        'kube',
        'terraf',
        'observ',
      ].map(q => `/api/learning/resources?q=${encodeURIComponent(q)}&limit=20`),
      // Each learner's first page, asked by 200 learners in turn, each with
      // their own token (the demo's sign-in names the user).
      [suggestions]: chosen(suggestions) ? await learnerRequests(200) : [],
      // every page of the long discussion, 100 posts each, in turn
      [discussionTitle]: chosen(discussionTitle)
        ? await discussionPages(discussionResourceId, auth)
        : [],
      // the same summaries, each counted as a page view: what counting adds
      'learning entity summary, counted as a page view': samples.map(
        s => `${summaryPath(s)}?view=true`,
      ),
      // searches that find nothing, counted; and the same searches narrowed
      // by a filter, which are not counted: what counting adds
      'learning search finding nothing, counted': nothingQueries.map(
        q => `/api/learning/resources?q=${encodeURIComponent(q)}&limit=20`,
      ),
      'learning search finding nothing, not counted': nothingQueries.map(
        q =>
          `/api/learning/resources?q=${encodeURIComponent(
            q,
          )}&limit=20&level=advanced`,
      ),
      // the program's insights, asked as the demo's program viewer
      ...(chosenInsights
        ? await insightsRequests(insightsTitles)
        : Object.fromEntries(insightsTitles.map(t => [t, []]))),
    };
    // Rounds alternate the endpoints, so that drift in the machine's speed
    // weighs on all of them alike; a round's figures are kept, and the
    // median round reported.
    const cursors = Object.fromEntries(
      Object.keys(targets).map(title => [title, { next: 0 }]),
    );
    const rounds = {};
    const run = async (title, connections, duration) =>
      figures(
        await load({
          title,
          paths: targets[title],
          cursor: cursors[title],
          token,
          duration,
          connections,
        }),
      );
    // The uncached summary sweeps every component: run between the others,
    // it would evict the pages people open from the cache. It goes last.
    const uncached = 'learning entity summary, uncached';
    const groups = [
      Object.keys(targets).filter(
        t => t !== uncached && chosen(t) && targets[t].length > 0,
      ),
      [uncached].filter(chosen),
    ];
    for (const group of groups) {
      for (const title of group) {
        await run(title, Math.max(...args.connections), args.warmup);
      }
      for (let round = 1; round <= args.rounds; round++) {
        for (const connections of args.connections) {
          for (const title of group) {
            const result = await run(title, connections, args.duration);
            rounds[connections] ??= {};
            (rounds[connections][title] ??= []).push(result);
            log(
              `${engine} round ${round}, ${connections} connections: ${title}: p50 ${result.p50} ms, p99 ${result.p99} ms, ${result.requestsPerSecond} req/s`,
            );
          }
        }
      }
    }
    const results = Object.fromEntries(
      Object.entries(rounds).map(([connections, byTitle]) => [
        connections,
        Object.fromEntries(
          Object.entries(byTitle).map(([title, list]) => [
            title,
            combine(list),
          ]),
        ),
      ]),
    );
    const rss = backendRssMiB(backend);
    const cohort =
      !args.only || args.only.includes('cohort')
        ? await benchCohortJoins(engine, discussionResourceId, token)
        : undefined;
    const freshness = freshnessChosen
      ? await benchFreshness(engine, backend, token)
      : undefined;
    const snapshots =
      !args.only || args.only.includes('snapshots')
        ? await benchSnapshots(engine, backend, token)
        : undefined;
    const collators =
      !args.only || args.only.includes('collators')
        ? await benchCollators(engine, backend, token)
        : undefined;
    return {
      engine,
      seedSeconds,
      ingestSeconds,
      summaryItemsOfFirstSample: check.items.length,
      backendRssMiB: rss,
      results,
      ...(model ? { model } : {}),
      ...(freshness ? { freshness } : {}),
      ...(collators ? { collators } : {}),
      ...(cohort ? { cohort } : {}),
      ...(snapshots ? { snapshots } : {}),
    };
  } finally {
    stopBackend(backend);
    await sleep(2000);
  }
}

/**
 * The search module's collators over the whole data set, each triggered
 * through the search plugin's scheduler and timed from its task state as
 * the freshness check is; the backend's memory is sampled meanwhile. How
 * many documents the index holds after comes from a search for each type.
 */
async function benchCollators(engine, backend, token) {
  const auth = { authorization: `Bearer ${token}` };
  const tasks = `${BASE}/api/search/.backstage/scheduler/v1/tasks`;
  const runs = [];
  for (const [type, taskId] of [
    ['learning-resource', 'search_index_learning_resource'],
    ['learning-embed', 'search_index_learning_embed'],
  ]) {
    const state = async () => {
      const { tasks: list } = await fetchJson(tasks, { headers: auth });
      const task = list.find(t => t.taskId === taskId);
      if (!task) {
        throw new Error(`No task ${taskId} in the search plugin's scheduler`);
      }
      return task;
    };
    // a run left over from the data's last backend (a schedule it had)
    // goes first: the trigger is refused while one runs
    for (let tries = 0; ; tries++) {
      const task = await state().catch(() => undefined);
      if (task && task.taskState?.status !== 'running') {
        break;
      }
      if (tries > 1800) {
        throw new Error(`${taskId} never stopped running`);
      }
      await sleep(1000);
    }
    const before = (await state()).taskState?.lastRunEndedAt;
    const rssBefore = backendRssMiB(backend);
    let peak = rssBefore;
    const res = await fetch(`${tasks}/${taskId}/trigger`, {
      method: 'POST',
      headers: auth,
    });
    if (!res.ok) {
      throw new Error(`Triggering ${taskId}: ${res.status}`);
    }
    const started = Date.now();
    let ended;
    // Lunr (the search engine on SQLite) builds its index in one go on the
    // event loop: the backend may not answer for a while. The longest
    // such silence is reported.
    let silentSince;
    let longestSilence = 0;
    for (;;) {
      let task;
      try {
        task = await state();
        if (silentSince) {
          longestSilence = Math.max(longestSilence, Date.now() - silentSince);
          silentSince = undefined;
        }
      } catch (error) {
        if (Date.now() - started > 30 * 60_000) {
          throw error;
        }
        silentSince ??= Date.now();
        await sleep(1000);
        continue;
      }
      peak = Math.max(peak, backendRssMiB(backend) ?? 0);
      if (
        task.taskState?.status !== 'running' &&
        task.taskState?.lastRunEndedAt !== before
      ) {
        ended = Date.now();
        if (task.taskState.lastRunError) {
          throw new Error(`${taskId} failed: ${task.taskState.lastRunError}`);
        }
        break;
      }
      await sleep(100);
    }
    const found = await fetchJson(
      `${BASE}/api/search/query?term=&types%5B0%5D=${type}`,
      { headers: auth },
    );
    const run = {
      type,
      seconds: Number(((ended - started) / 1000).toFixed(1)),
      rssBeforeMiB: rssBefore,
      rssPeakMiB: peak,
      rssGrowthMiB: peak - rssBefore,
      longestUnansweredSeconds: Number((longestSilence / 1000).toFixed(1)),
      documentsFound: found.numberOfResults ?? found.results.length,
    };
    runs.push(run);
    log(
      `${engine} collator ${type}: ${run.seconds} s, RSS ${run.rssBeforeMiB} MiB before, ${run.rssPeakMiB} MiB at most (+${run.rssGrowthMiB}), the backend silent for ${run.longestUnansweredSeconds} s at most; a search for the type finds ${run.documentsFound}`,
    );
  }
  return runs;
}

/** A demo user's token, from the demo's guest sign-in. */
async function tokenOf(user) {
  const { backstageIdentity } = await fetchJson(
    `${BASE}/api/auth/guest/refresh`,
    { method: 'POST', headers: { 'x-demo-user': user } },
  );
  return backstageIdentity.token;
}

/**
 * `GET /me/recommendations` as `count` of the bench's learners (every
 * tenth), each signed in through the demo's guest sign-in.
 */
async function learnerRequests(count) {
  const out = [];
  for (let i = 0; i < count; i++) {
    const user = `bench-user-${(i * 10) % SIZES.users}`;
    out.push({
      path: '/api/learning/me/recommendations?limit=20',
      token: await tokenOf(user),
    });
  }
  return out;
}

/**
 * Every page of the long discussion, 100 posts each, from the first on:
 * the cursors are read once, before the load.
 */
async function discussionPages(resourceId, auth) {
  const first = `/api/learning/resources/${resourceId}/discussion?limit=100`;
  const paths = [first];
  let page = await fetchJson(`${BASE}${first}`, auth);
  while (page.nextCursor) {
    const next = `${first}&cursor=${encodeURIComponent(page.nextCursor)}`;
    paths.push(next);
    page = await fetchJson(`${BASE}${next}`, auth);
  }
  log(`the discussion has ${paths.length} pages of 100 posts`);
  return paths;
}

/**
 * 200 learners join one cohort of 50 places at once, each with their own
 * token: how many got in, how many were refused, and whether the cohort
 * holds exactly its capacity after.
 */
async function benchCohortJoins(engine, resourceId, token) {
  const joiners = 200;
  const capacity = 50;
  const auth = {
    authorization: `Bearer ${token}`,
    'content-type': 'application/json',
  };
  const cohort = await fetchJson(
    `${BASE}/api/learning/resources/${resourceId}/cohorts`,
    {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({
        startsOn: new Date().toISOString().slice(0, 10),
        capacity,
        parts: 4,
        join: false,
      }),
    },
  );
  const tokens = await Promise.all(
    Array.from({ length: joiners }, (_, i) => tokenOf(`bench-user-${i}`)),
  );
  const started = Date.now();
  const statuses = await Promise.all(
    tokens.map(async t => {
      const res = await fetch(
        `${BASE}/api/learning/cohorts/${cohort.id}/membership`,
        { method: 'PUT', headers: { authorization: `Bearer ${t}` } },
      );
      await res.arrayBuffer();
      return res.status;
    }),
  );
  const seconds = (Date.now() - started) / 1000;
  const after = await fetchJson(`${BASE}/api/learning/cohorts/${cohort.id}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  const accepted = statuses.filter(s => s === 200).length;
  const refused = statuses.filter(s => s === 409).length;
  const result = {
    joiners,
    capacity,
    accepted,
    refused,
    otherStatuses: statuses.filter(s => s !== 200 && s !== 409),
    memberCount: after.memberCount,
    overbookedBy: after.memberCount - capacity,
    seconds: Number(seconds.toFixed(2)),
  };
  log(
    `${engine}: ${joiners} joins on ${capacity} seats, ${accepted} accepted, ${refused} refused, overbooked by ${result.overbookedBy}, in ${result.seconds} s`,
  );
  if (
    accepted !== capacity ||
    after.memberCount !== capacity ||
    result.otherStatuses.length > 0
  ) {
    throw new Error(
      `The cohort's capacity did not hold: ${JSON.stringify(result)}`,
    );
  }
  return result;
}

/**
 * Runs a scheduled task of the learning plugin once per name, triggered
 * through the scheduler's own endpoint, and times each run from the task's
 * state (running, then idle), polled every 100 ms; the backend's memory is
 * sampled meanwhile.
 */
async function timeTask({ engine, backend, token, taskId, what, names }) {
  const auth = { authorization: `Bearer ${token}` };
  const tasks = `${BASE}/api/learning/.backstage/scheduler/v1/tasks`;
  const state = async () => {
    const { tasks: list } = await fetchJson(tasks, { headers: auth });
    return list.find(t => t.taskId === taskId);
  };
  const runs = [];
  for (const name of names) {
    const before = (await state())?.taskState?.lastRunEndedAt;
    // the state counts whole seconds: a run that ends within the second
    // of the last would look like no run at all
    const since = before ? Date.now() - Date.parse(before) : Infinity;
    if (since < 1100) {
      await sleep(1100 - since);
    }
    const rssBefore = backendRssMiB(backend);
    let peak = rssBefore;
    const triggered = Date.now();
    const res = await fetch(`${tasks}/${taskId}/trigger`, {
      method: 'POST',
      headers: auth,
    });
    if (!res.ok) {
      throw new Error(`Triggering ${what}: ${res.status}`);
    }
    let started;
    let ended;
    for (;;) {
      const task = await state();
      const now = Date.now();
      peak = Math.max(peak, backendRssMiB(backend) ?? 0);
      if (task.taskState.status === 'running') {
        started ??= now;
      } else if (task.taskState.lastRunEndedAt !== before) {
        ended = now;
        started ??= now;
        if (task.taskState.lastRunError) {
          throw new Error(`${what} failed: ${task.taskState.lastRunError}`);
        }
        break;
      }
      await sleep(100);
    }
    const run = {
      name,
      seconds: Number(((ended - started) / 1000).toFixed(1)),
      // a run shorter than a poll is seen only ended: from the trigger on
      // is its upper bound, with the scheduler's wait for its next poll
      secondsSinceTrigger: Number(((ended - triggered) / 1000).toFixed(1)),
      rssBeforeMiB: rssBefore,
      rssPeakMiB: peak,
    };
    runs.push(run);
    log(
      `${engine} ${what}, ${name}: ${run.seconds} s (${run.secondsSinceTrigger} s from the trigger), RSS ${run.rssBeforeMiB} MiB before, ${run.rssPeakMiB} MiB at most`,
    );
  }
  return runs;
}

/**
 * The freshness check over the whole data set, twice: the first run takes
 * every taught entity's fingerprint and every resource's due date; in the
 * second nothing changed. Counts of each state come from the API after.
 */
async function benchFreshness(engine, backend, token) {
  const runs = await timeTask({
    engine,
    backend,
    token,
    taskId: 'learning-freshness',
    what: 'freshness check',
    names: ['first run', 'nothing changed'],
  });
  const count = async freshness =>
    (
      await fetchJson(
        `${BASE}/api/learning/resources?freshness=${freshness}&limit=1`,
        { headers: { authorization: `Bearer ${token}` } },
      )
    ).totalCount;
  const states = {};
  for (const s of ['broken', 'possibly-outdated', 'due', 'fresh']) {
    states[s] = await count(s);
  }
  log(`${engine} freshness states after: ${JSON.stringify(states)}`);
  return { runs, states };
}

/**
 * The insights' daily task over the whole data set, twice: the first run
 * writes today's freshness snapshot and the activity of the 52 finished
 * weeks (none is there: the snapshots go before each run); in the second
 * everything is written already.
 */
function benchSnapshots(engine, backend, token) {
  return timeTask({
    engine,
    backend,
    token,
    taskId: 'learning-insights-daily',
    what: 'insights snapshots',
    names: ['first run, 52 weeks', 'written already'],
  });
}

/**
 * The insights' routes, asked as the demo's program viewer (nora-lind of
 * learning-program, `learning.insights.viewers`): coverage of the whole
 * catalog, filtered by the largest owner, system and by kind, and its
 * learning debt's second page (or a page of 100, where the debt is
 * shorter); health and demand over 4, 12 and 52 weeks.
 */
async function insightsRequests([coverage, health, demand]) {
  // on reused data the catalog may take a while to read the demo's org
  const token = await waitFor(
    'nora-lind in the catalog',
    () => tokenOf('nora-lind'),
    10 * 60_000,
  );
  const first = await fetchJson(`${BASE}/api/learning/insights/coverage`, {
    headers: { authorization: `Bearer ${token}` },
  });
  const owner = first.byOwner[0]?.key;
  const system = first.bySystem.find(g => g.key)?.key;
  const base = '/api/learning/insights';
  const as = paths => paths.map(path => ({ path, token }));
  return {
    [coverage]: as([
      `${base}/coverage`,
      `${base}/coverage?owner=${encodeURIComponent(owner)}`,
      `${base}/coverage?system=${encodeURIComponent(system)}`,
      `${base}/coverage?kind=component&lifecycle=production`,
      // the learning debt's second page, where it has one
      first.debt.nextCursor
        ? `${base}/coverage?cursor=${encodeURIComponent(first.debt.nextCursor)}`
        : `${base}/coverage?limit=100`,
    ]),
    [health]: as([4, 12, 52].map(w => `${base}/health?weeks=${w}`)),
    [demand]: as([4, 12, 52].map(w => `${base}/demand?weeks=${w}`)),
  };
}

/**
 * The suggestions' model over every enrolment, twice: a whole build, then
 * one in which nothing changed. The suggestions' load needs the model, so
 * this runs before the endpoints.
 */
function benchModel(engine, backend, token) {
  return timeTask({
    engine,
    backend,
    token,
    taskId: 'learning-recommendations-model',
    what: 'suggestions model build',
    names: ['whole build', 'nothing changed'],
  });
}

const median = values => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? sorted[mid]
    : Number(((sorted[mid - 1] + sorted[mid]) / 2).toFixed(2));
};

/** The median of each figure over the rounds, and the sums of counts. */
function combine(list) {
  return {
    p50: median(list.map(r => r.p50)),
    p99: median(list.map(r => r.p99)),
    mean: median(list.map(r => r.mean)),
    requestsPerSecond: median(list.map(r => r.requestsPerSecond)),
    requests: list.reduce((n, r) => n + r.requests, 0),
    non2xx: list.reduce((n, r) => n + r.non2xx, 0),
    errors: list.reduce((n, r) => n + r.errors, 0),
    rounds: list,
  };
}

function ratio(a, b) {
  return b ? Number((a / b).toFixed(2)) : null;
}

function report(runs) {
  const rows = [];
  for (const run of runs) {
    for (const [connections, byTitle] of Object.entries(run.results)) {
      const base = byTitle['catalog entity by name'];
      for (const [title, r] of Object.entries(byTitle)) {
        r.p50RatioToCatalog = ratio(r.p50, base.p50);
        r.p99RatioToCatalog = ratio(r.p99, base.p99);
        r.meanRatioToCatalog = ratio(r.mean, base.mean);
        r.throughputRatioToCatalog = ratio(
          r.requestsPerSecond,
          base.requestsPerSecond,
        );
        rows.push({
          engine: run.engine,
          conns: Number(connections),
          endpoint: title,
          'p50 ms': r.p50,
          'p99 ms': r.p99,
          'mean ms': r.mean,
          'req/s': r.requestsPerSecond,
          'p50 / catalog': r.p50RatioToCatalog,
          'mean / catalog': r.meanRatioToCatalog,
          'non-2xx': r.non2xx + r.errors,
        });
      }
    }
  }
  console.table(rows);
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  log(
    `data set: ${SIZES.entities} catalog entities, ${SIZES.resources} resources, ${SIZES.links} links, ${SIZES.enrolments} enrolments, about ${SIZES.feedback} feedback rows; viewer ${VIEWER}`,
  );
  log(
    `load: ${args.connections.join(' and ')} connections; per endpoint ${
      args.warmup
    } s warm-up, then ${args.rounds} rounds of ${
      args.duration
    } s at each, endpoints taking turns`,
  );
  // offline, once: it needs no backend and no engine
  let quality;
  if (!args.only || args.only.includes('quality')) {
    quality = await evaluateQuality(message => log(message));
    console.table(quality.results);
    log(
      `quality: precision@5 ${quality.precisionAt5RatioToPopularity}x the popularity baseline's; ranking took ${quality.msPerLearner} ms per learner`,
    );
  }
  const runs = [];
  if (!args.only || args.only.some(word => word !== 'quality')) {
    for (const engine of args.engines) {
      runs.push(await benchEngine(engine, args));
    }
    report(runs);
  }
  const failed = runs.some(run =>
    Object.values(run.results).some(byTitle =>
      Object.values(byTitle).some(r => r.non2xx + r.errors > 0),
    ),
  );
  fs.mkdirSync(path.dirname(args.out), { recursive: true });
  fs.writeFileSync(
    args.out,
    `${JSON.stringify(
      {
        date: new Date().toISOString(),
        machine: {
          cpus: os.cpus().length,
          memoryGiB: Math.round(os.totalmem() / 2 ** 30),
          node: process.version,
        },
        sizes: SIZES,
        load: {
          connections: args.connections,
          rounds: args.rounds,
          durationSeconds: args.duration,
          warmupSeconds: args.warmup,
        },
        ...(quality ? { quality } : {}),
        runs,
      },
      null,
      2,
    )}\n`,
  );
  log(`figures written to ${path.relative(process.cwd(), args.out)}`);
  if (failed) {
    log('some requests failed (non-2xx or errors): the figures are not valid');
    process.exitCode = 1;
  }
}

main().catch(error => {
  // Database errors can carry whole multi-megabyte statements.
  process.stderr.write(
    `[bench] ${String(error.stack ?? error).slice(0, 2000)}\n`,
  );
  process.exit(1);
});
