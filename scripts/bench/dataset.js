/*
 * The benchmark's data set, generated from a fixed seed so that every run
 * measures the same data: catalog entities (as a YAML file the catalog
 * reads) and learning rows (resources, links, SMEs, tags, docs, path steps,
 * enrolments, feedback) written in batches. Learners' histories carry the
 * structure docs/benchmarks.md describes (ownership, dependencies, series
 * taken together, popular material, noise), so that suggestions have
 * something real to find.
 */
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const YAML = require('yaml');

const SIZES = {
  groups: 100,
  users: 2000,
  systems: 400,
  components: 7500,
  resources: 50000,
  linksPerResource: 4,
  dependenciesPerComponent: 2,
  enrolmentsPerUser: 500,
  seriesLength: 10,
  embeds: 5000,
};
SIZES.entities = SIZES.groups + SIZES.users + SIZES.systems + SIZES.components;
SIZES.links = SIZES.resources * SIZES.linksPerResource;
// and the viewer's, about one resource in 150
SIZES.enrolments = SIZES.users * SIZES.enrolmentsPerUser;
SIZES.series = SIZES.resources / SIZES.seriesLength;

/**
 * Why a learner takes what they take, as shares of their picks: material
 * on what their team owns, on what their team's services depend on, the
 * next part of a series they started, material that is popular across the
 * company, and anything at all.
 */
const HABITS = {
  owned: 0.3,
  dependency: 0.15,
  series: 0.25,
  popular: 0.2,
  any: 0.1,
};
/** Of each enrolment, the chance that it was rated. */
const FEEDBACK_SHARE = 0.1;
SIZES.feedback = SIZES.enrolments * FEEDBACK_SHARE; // about

/** The demo's guest user: it gets enrolments so that `myEnrolment` is real. */
const VIEWER = 'user:default/alice-chen';

// The enums of the HTTP API, from its source of truth.
const { components } = YAML.parse(
  fs.readFileSync(
    path.resolve(
      __dirname,
      '../../plugins/learning-backend/src/schema/openapi.yaml',
    ),
    'utf8',
  ),
);
const FORMATS = components.schemas.LearningFormat.enum;
const LEVELS = components.schemas.LearningLevel.enum;
const TOPICS = [
  'Kafka',
  'PostgreSQL',
  'Kubernetes',
  'GraphQL',
  'OpenAPI',
  'Terraform',
  'observability',
  'payments',
  'fraud scoring',
  'identity',
  'OAuth',
  'gRPC',
  'React',
  'TypeScript',
  'Go',
  'incident response',
  'ledgers',
  'feature flags',
  'load testing',
  'threat modelling',
];
const NOUNS = [
  'fundamentals',
  'deep dive',
  'in practice',
  'for on-call',
  'bootcamp',
  'toolkit',
  'migration guide',
  'patterns',
];
const TAGS = Array.from({ length: 50 }, (_, i) => `tag-${i}`);
const DAY_MS = 24 * 60 * 60 * 1000;
const NOW = Date.parse('2026-11-01T00:00:00Z');

/** mulberry32: small, fast and good enough for test data. */
function random(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = n => Math.floor(next() * n);
  const pick = list => list[int(list.length)];
  const uuid = () => {
    const hex = Array.from({ length: 32 }, () => int(16).toString(16));
    hex[12] = '4';
    hex[16] = '89ab'[int(4)];
    const s = hex.join('');
    return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(
      16,
      20,
    )}-${s.slice(20)}`;
  };
  /** `count` distinct integers below `n`. */
  const distinct = (count, n) => {
    const out = new Set();
    while (out.size < count) {
      out.add(int(n));
    }
    return [...out];
  };
  return { next, int, pick, uuid, distinct };
}

const groupRef = i => `group:default/bench-team-${i}`;
const userRef = i => `user:default/bench-user-${i}`;
const systemRef = i => `system:default/bench-system-${i}`;
const componentRef = i => `component:default/bench-service-${i}`;

/** Entities that resources link to: every component and system. */
function linkTarget(index) {
  return index < SIZES.components
    ? componentRef(index)
    : systemRef(index - SIZES.components);
}
const LINK_TARGETS = SIZES.components + SIZES.systems;

/**
 * What each component depends on: components of other teams, from a
 * stream of their own so that the catalog and the learners agree.
 */
const DEPENDENCIES = (() => {
  const d = random(31);
  return Array.from({ length: SIZES.components }, (_, i) =>
    d
      .distinct(SIZES.dependenciesPerComponent, SIZES.components)
      .filter(j => j % SIZES.groups !== i % SIZES.groups),
  );
})();

/** The link targets (components, then systems) a team owns. */
function ownedTargets(team) {
  const out = [];
  for (let i = team; i < SIZES.components; i += SIZES.groups) {
    out.push(i);
  }
  for (let j = team; j < SIZES.systems; j += SIZES.groups) {
    out.push(SIZES.components + j);
  }
  return out;
}

/** The catalog entities as one multi-document YAML (JSON documents). */
function entitiesYaml() {
  const docs = [];
  const meta = (kind, name, spec, extra = {}) =>
    docs.push(
      JSON.stringify({
        apiVersion: 'backstage.io/v1alpha1',
        kind,
        metadata: { name, ...extra },
        spec,
      }),
    );
  for (let i = 0; i < SIZES.groups; i++) {
    meta('Group', `bench-team-${i}`, { type: 'team', children: [] });
  }
  for (let i = 0; i < SIZES.users; i++) {
    meta('User', `bench-user-${i}`, {
      profile: { displayName: `Bench User ${i}` },
      memberOf: [`bench-team-${i % SIZES.groups}`],
    });
  }
  for (let i = 0; i < SIZES.systems; i++) {
    meta('System', `bench-system-${i}`, {
      owner: `bench-team-${i % SIZES.groups}`,
    });
  }
  for (let i = 0; i < SIZES.components; i++) {
    meta(
      'Component',
      `bench-service-${i}`,
      {
        type: 'service',
        lifecycle: 'production',
        owner: `bench-team-${i % SIZES.groups}`,
        system: `bench-system-${i % SIZES.systems}`,
        dependsOn: DEPENDENCIES[i].map(j => `component:bench-service-${j}`),
      },
      { description: `Benchmark service number ${i}` },
    );
  }
  return `${docs.join('\n---\n')}\n`;
}

/**
 * Each learner's picks (resource numbers, oldest first), from a stream of
 * its own. A learner takes, in the shares of HABITS: material teaching an
 * entity their team owns; material teaching what their team's components
 * depend on; the next part of a series they started lately (the
 * resources, shuffled, fall into series of `seriesLength`); material
 * popular across the company (a fixed order of appeal, picked with a
 * density that falls as a power of the rank); any material at all. A pick
 * taken before is drawn again.
 */
function learnerHistories(taughtBy) {
  const h = random(20261209);
  const shuffled = () => {
    const list = Array.from({ length: SIZES.resources }, (_, i) => i);
    for (let i = list.length - 1; i > 0; i--) {
      const j = h.int(i + 1);
      [list[i], list[j]] = [list[j], list[i]];
    }
    return list;
  };
  const seriesOf = new Int32Array(SIZES.resources);
  const series = Array.from({ length: SIZES.series }, () => []);
  shuffled().forEach((resource, k) => {
    const s = Math.floor(k / SIZES.seriesLength);
    seriesOf[resource] = s;
    series[s].push(resource);
  });
  const byAppeal = shuffled();
  const teaching = targets => {
    const list = taughtBy[h.pick(targets)];
    return list.length ? h.pick(list) : undefined;
  };
  const shares = Object.entries(HABITS);
  const habit = () => {
    let x = h.next();
    for (const [name, share] of shares) {
      if (x < share) {
        return name;
      }
      x -= share;
    }
    return 'any';
  };

  const histories = [];
  for (let u = 0; u < SIZES.users; u++) {
    const owned = ownedTargets(u % SIZES.groups);
    const dependencies = owned
      .filter(t => t < SIZES.components)
      .flatMap(c => DEPENDENCIES[c]);
    const picks = [];
    const taken = new Set();
    while (picks.length < SIZES.enrolmentsPerUser) {
      let pick;
      switch (habit()) {
        case 'owned':
          pick = teaching(owned);
          break;
        case 'dependency':
          pick = teaching(dependencies);
          break;
        case 'series':
          if (picks.length > 0) {
            const lately =
              picks[picks.length - 1 - h.int(Math.min(10, picks.length))];
            pick = series[seriesOf[lately]].find(s => !taken.has(s));
          }
          break;
        case 'popular':
          pick = byAppeal[Math.floor(SIZES.resources * h.next() ** 3)];
          break;
        default:
          pick = h.int(SIZES.resources);
      }
      if (pick !== undefined && !taken.has(pick)) {
        taken.add(pick);
        picks.push(pick);
      }
    }
    histories.push(picks);
  }
  return histories;
}

/**
 * Calls `write(table, rows)` with batches of rows for every learning table,
 * parents before children. Resolves when everything was handed over.
 */
async function writeLearningRows(write, batchSize = 2000) {
  const r = random(20261122);
  const buffers = new Map();
  const push = async (table, row) => {
    let rows = buffers.get(table);
    if (!rows) {
      rows = [];
      buffers.set(table, rows);
    }
    rows.push(row);
    if (rows.length >= batchSize) {
      buffers.set(table, []);
      await write(table, rows);
    }
  };
  const flush = async () => {
    for (const [table, rows] of buffers) {
      if (rows.length) {
        await write(table, rows);
      }
    }
    buffers.clear();
  };

  const ids = Array.from({ length: SIZES.resources }, () => r.uuid());
  const kinds = ids.map(() => {
    const x = r.next();
    if (x < 0.8) {
      return 'course';
    }
    return x < 0.95 ? 'toolkit' : 'path';
  });
  for (let i = 0; i < SIZES.resources; i++) {
    const topic = r.pick(TOPICS);
    const created = NOW - (30 + r.int(700)) * DAY_MS;
    const reviewed = created + r.int(30) * DAY_MS;
    const interval = r.pick([90, 180, 365]);
    await push('learning_resources', {
      id: ids[i],
      kind: kinds[i],
      title: `${topic} ${r.pick(NOUNS)} ${i}`,
      summary: `What a new engineer needs to know about ${topic}, with exercises on our own services.`,
      description: `## ${topic}\n\nA ${kinds[i]} about ${topic}. `.repeat(4),
      format: r.pick(FORMATS),
      level: r.pick(LEVELS),
      duration_minutes: 30 + r.int(480),
      language: 'en',
      urls: JSON.stringify([
        { title: 'Course page', url: `https://learning.example.com/${i}` },
      ]),
      owner_ref: groupRef(r.int(SIZES.groups)),
      reviewed_at: new Date(reviewed).toISOString(),
      review_interval_days: interval,
      review_due_at: new Date(reviewed + interval * DAY_MS).toISOString(),
      freshness_flag: null,
      source_type: 'api',
      source_provider: null,
      source_key: null,
      source_location: null,
      source_hash: null,
      created_by: userRef(r.int(SIZES.users)),
      created_at: new Date(created).toISOString(),
      updated_at: new Date(reviewed).toISOString(),
    });
  }
  await flush();

  const taughtBy = Array.from({ length: LINK_TARGETS }, () => []);
  for (let i = 0; i < SIZES.resources; i++) {
    const id = ids[i];
    for (const target of r.distinct(SIZES.linksPerResource, LINK_TARGETS)) {
      taughtBy[target].push(i);
      const x = r.next();
      await push('learning_resource_links', {
        resource_id: id,
        entity_ref: linkTarget(target),
        relation: x < 0.7 ? 'teaches' : x < 0.9 ? 'uses' : 'prerequisite-for',
      });
    }
    for (const sme of r.distinct(1 + r.int(2), SIZES.users)) {
      await push('learning_resource_smes', {
        resource_id: id,
        user_ref: userRef(sme),
      });
    }
    for (const tag of r.distinct(1 + r.int(3), TAGS.length)) {
      await push('learning_resource_tags', { resource_id: id, tag: TAGS[tag] });
    }
    if (r.next() < 0.3) {
      await push('learning_resource_docs', {
        resource_id: id,
        position: 0,
        entity_ref: componentRef(r.int(SIZES.components)),
        path: 'getting-started/',
        title: 'Getting started',
      });
    }
    if (kinds[i] === 'path') {
      const steps = 3 + r.int(3);
      for (let s = 0; s < steps; s++) {
        await push('learning_path_steps', {
          path_id: id,
          position: s,
          resource_id: ids[r.int(SIZES.resources)],
        });
      }
    }
  }
  await flush();

  // Enrolments and feedback, from streams of their own.
  const e = random(20261210);
  const span = 400 * DAY_MS;
  const learners = [
    ...learnerHistories(taughtBy).map((picks, u) => [userRef(u), picks]),
    // the guest viewer learns from about one resource in 150, at random
    [VIEWER, random(151).distinct(SIZES.resources / 150, SIZES.resources)],
  ];
  for (const [learner, picks] of learners) {
    const step = span / picks.length;
    for (const [k, pick] of picks.entries()) {
      // in the order of the picks: the last pick is the latest
      const enrolled = NOW - span - 10 * DAY_MS + k * step + e.int(step / 2);
      const x = e.next();
      const state =
        x < 0.4 ? 'completed' : x < 0.75 ? 'in-progress' : 'enrolled';
      await push('learning_enrolments', {
        resource_id: ids[pick],
        user_ref: learner,
        state,
        progress:
          state === 'completed'
            ? 100
            : state === 'enrolled'
            ? 0
            : 1 + e.int(99),
        session_id: null,
        enrolled_at: new Date(enrolled).toISOString(),
        started_at:
          state === 'enrolled'
            ? null
            : new Date(enrolled + DAY_MS).toISOString(),
        completed_at:
          state === 'completed'
            ? new Date(enrolled + 10 * DAY_MS).toISOString()
            : null,
        updated_at: new Date(enrolled + 10 * DAY_MS).toISOString(),
      });
      if (e.next() < FEEDBACK_SHARE) {
        await push('learning_feedback', {
          resource_id: ids[pick],
          user_ref: learner,
          rating: Math.min(5, 2 + e.int(4) + (e.next() < 0.5 ? 1 : 0)),
          comment:
            e.next() < 0.5 ? `Helpful for ${e.pick(TOPICS)} work.` : null,
          created_at: new Date(enrolled + 11 * DAY_MS).toISOString(),
          updated_at: new Date(enrolled + 11 * DAY_MS).toISOString(),
        });
      }
    }
  }
  await flush();

  // Embeds, from a stream of their own: the rows above stay as they were.
  // Parents first, as above: a batch of children never precedes its parents.
  const m = random(20261207);
  const embedIds = Array.from({ length: SIZES.embeds }, () => m.uuid());
  for (const [i, id] of embedIds.entries()) {
    const topic = m.pick(TOPICS);
    const seats = 1 + m.int(4);
    const x = m.next();
    const status = x < 0.7 ? 'open' : x < 0.9 ? 'filled' : 'closed';
    const created = NOW - (10 + m.int(300)) * DAY_MS;
    await push('learning_embeds', {
      id,
      title: `${m.pick([2, 3, 4, 6])} weeks on ${topic} ${i}`,
      summary: `Work beside the team that runs our ${topic}, on its real backlog.`,
      description: `## ${topic}\n\nPair with the team, ship a change, join its on-call handover.`,
      host_ref: groupRef(m.int(SIZES.groups)),
      starts_on:
        m.next() < 0.8
          ? new Date(NOW + m.int(120) * DAY_MS).toISOString().slice(0, 10)
          : null,
      duration_weeks: 2 + m.int(7),
      seats,
      seats_taken: status === 'filled' ? seats : m.int(seats),
      location: null,
      remote: m.next() < 0.5,
      contact: null,
      status,
      source_type: 'api',
      created_by: userRef(m.int(SIZES.users)),
      created_at: new Date(created).toISOString(),
      updated_at: new Date(created).toISOString(),
    });
  }
  await flush();
  for (const id of embedIds) {
    for (const target of m.distinct(1 + m.int(3), SIZES.components)) {
      await push('learning_embed_links', {
        embed_id: id,
        entity_ref: componentRef(target),
        relation: 'teaches',
      });
    }
    const skills = m.distinct(3, TOPICS.length).map(t => TOPICS[t]);
    for (const [position, skill] of skills.entries()) {
      await push('learning_embed_skills', {
        embed_id: id,
        direction: position < 2 ? 'wanted' : 'taught',
        position: position < 2 ? position : 0,
        skill,
      });
    }
  }
  await flush();
}

/** Entity refs the load generator asks about: a fixed sample of components. */
function sampleComponents(count) {
  const r = random(7);
  return r.distinct(count, SIZES.components).map(i => ({
    kind: 'component',
    namespace: 'default',
    name: `bench-service-${i}`,
    ref: componentRef(i),
  }));
}

module.exports = {
  SIZES,
  VIEWER,
  DEPENDENCIES,
  groupRef,
  userRef,
  linkTarget,
  ownedTargets,
  random,
  entitiesYaml,
  writeLearningRows,
  sampleComponents,
};
