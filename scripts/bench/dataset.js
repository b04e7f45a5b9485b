/*
 * The benchmark's data set, generated from a fixed seed so that every run
 * measures the same data: catalog entities (as a YAML file the catalog
 * reads) and learning rows (resources, links, SMEs, tags, docs, path steps,
 * enrolments, feedback) written in batches.
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
  enrolmentsPerResource: 20,
  feedbackPerResource: 2,
  embeds: 5000,
};
SIZES.entities = SIZES.groups + SIZES.users + SIZES.systems + SIZES.components;
SIZES.links = SIZES.resources * SIZES.linksPerResource;
SIZES.enrolments = SIZES.resources * SIZES.enrolmentsPerResource;
SIZES.feedback = SIZES.resources * SIZES.feedbackPerResource;

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
      },
      { description: `Benchmark service number ${i}` },
    );
  }
  return `${docs.join('\n---\n')}\n`;
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

  for (let i = 0; i < SIZES.resources; i++) {
    const id = ids[i];
    for (const target of r.distinct(SIZES.linksPerResource, LINK_TARGETS)) {
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

  // The guest viewer learns from about one resource in 150.
  for (let i = 0; i < SIZES.resources; i++) {
    const id = ids[i];
    const learners = r
      .distinct(SIZES.enrolmentsPerResource, SIZES.users)
      .map(userRef);
    if (r.next() < 1 / 150) {
      learners[0] = VIEWER;
    }
    for (const [n, learner] of learners.entries()) {
      const enrolled = NOW - r.int(400) * DAY_MS;
      const x = r.next();
      const state =
        x < 0.4 ? 'completed' : x < 0.75 ? 'in-progress' : 'enrolled';
      await push('learning_enrolments', {
        resource_id: id,
        user_ref: learner,
        state,
        progress:
          state === 'completed'
            ? 100
            : state === 'enrolled'
            ? 0
            : 1 + r.int(99),
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
      if (n < SIZES.feedbackPerResource) {
        await push('learning_feedback', {
          resource_id: id,
          user_ref: learner,
          rating: Math.min(5, 2 + r.int(4) + (r.next() < 0.5 ? 1 : 0)),
          comment:
            r.next() < 0.5 ? `Helpful for ${r.pick(TOPICS)} work.` : null,
          created_at: new Date(enrolled + 11 * DAY_MS).toISOString(),
          updated_at: new Date(enrolled + 11 * DAY_MS).toISOString(),
        });
      }
    }
  }
  await flush();

  // Embeds, from a stream of their own: the rows above stay as they were.
  // Parents first, as above: a batch of children never precedes its parents.
  const e = random(20261207);
  const embedIds = Array.from({ length: SIZES.embeds }, () => e.uuid());
  for (const [i, id] of embedIds.entries()) {
    const topic = e.pick(TOPICS);
    const seats = 1 + e.int(4);
    const x = e.next();
    const status = x < 0.7 ? 'open' : x < 0.9 ? 'filled' : 'closed';
    const created = NOW - (10 + e.int(300)) * DAY_MS;
    await push('learning_embeds', {
      id,
      title: `${e.pick([2, 3, 4, 6])} weeks on ${topic} ${i}`,
      summary: `Work beside the team that runs our ${topic}, on its real backlog.`,
      description: `## ${topic}\n\nPair with the team, ship a change, join its on-call handover.`,
      host_ref: groupRef(e.int(SIZES.groups)),
      starts_on:
        e.next() < 0.8
          ? new Date(NOW + e.int(120) * DAY_MS).toISOString().slice(0, 10)
          : null,
      duration_weeks: 2 + e.int(7),
      seats,
      seats_taken: status === 'filled' ? seats : e.int(seats),
      location: null,
      remote: e.next() < 0.5,
      contact: null,
      status,
      source_type: 'api',
      created_by: userRef(e.int(SIZES.users)),
      created_at: new Date(created).toISOString(),
      updated_at: new Date(created).toISOString(),
    });
  }
  await flush();
  for (const id of embedIds) {
    for (const target of e.distinct(1 + e.int(3), SIZES.components)) {
      await push('learning_embed_links', {
        embed_id: id,
        entity_ref: componentRef(target),
        relation: 'teaches',
      });
    }
    const skills = e.distinct(3, TOPICS.length).map(t => TOPICS[t]);
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
  entitiesYaml,
  writeLearningRows,
  sampleComponents,
};
