/*
 * Prepares a benchmark database: a fresh learning database, migrated with
 * the plugin's own migrations, filled with the data set in batches.
 */
'use strict';

const path = require('node:path');
const fs = require('node:fs');
const knexFactory = require('knex');
const Database = require('better-sqlite3');
const { writeLearningRows } = require('./dataset');

const MIGRATIONS = path.resolve(
  __dirname,
  '../../plugins/learning-backend/migrations',
);
// The rows go in without their resources' learner and rating counters;
// the migration that added them sets them the same way.
const { RECOUNT_SQL } = require(path.join(
  MIGRATIONS,
  '20261123000000_learner_counters.js',
));

/** Database names the benchmark's backend uses on PostgreSQL. */
const PG_PREFIX = 'tlbench_';

function pgConnection(url, database) {
  const u = new URL(url);
  return {
    host: u.hostname,
    port: Number(u.port || 5432),
    user: decodeURIComponent(u.username),
    password: decodeURIComponent(u.password),
    database,
  };
}

/** Drops every database of an earlier run, then creates the learning one. */
async function resetPostgres(url) {
  const admin = knexFactory({
    client: 'pg',
    connection: pgConnection(url, 'postgres'),
  });
  try {
    const { rows } = await admin.raw(
      'SELECT datname FROM pg_database WHERE datname LIKE ?',
      [`${PG_PREFIX}%`],
    );
    for (const { datname } of rows) {
      await admin.raw('DROP DATABASE ?? WITH (FORCE)', [datname]);
    }
    await admin.raw('CREATE DATABASE ??', [`${PG_PREFIX}learning`]);
  } finally {
    await admin.destroy();
  }
}

/**
 * SQLite takes rows fastest through one prepared statement per table in a
 * single transaction (knex's multi-row inserts hit SQLite's limit on
 * compound SELECTs).
 */
async function seedSqlite(filename) {
  const sqlite = new Database(filename);
  const statements = new Map();
  const insert = (table, row) => {
    let statement = statements.get(table);
    if (!statement) {
      const columns = Object.keys(row);
      statement = sqlite.prepare(
        `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns
          .map(c => `@${c}`)
          .join(', ')})`,
      );
      statements.set(table, statement);
    }
    // SQLite stores booleans as 0 and 1, as knex writes them
    statement.run(
      Object.fromEntries(
        Object.entries(row).map(([k, v]) => [
          k,
          typeof v === 'boolean' ? Number(v) : v,
        ]),
      ),
    );
  };
  try {
    sqlite.exec('BEGIN');
    await writeLearningRows(async (table, rows) => {
      for (const row of rows) {
        insert(table, row);
      }
    });
    sqlite.exec('COMMIT');
    sqlite.exec(RECOUNT_SQL);
    sqlite.exec('ANALYZE');
  } finally {
    sqlite.close();
  }
}

/**
 * Seeds the learning database of one engine and returns the seconds it
 * took. `target` is `{ engine: 'postgres', url }` or
 * `{ engine: 'sqlite', directory }`.
 */
async function seed(target) {
  let db;
  if (target.engine === 'postgres') {
    await resetPostgres(target.url);
    db = knexFactory({
      client: 'pg',
      connection: pgConnection(target.url, `${PG_PREFIX}learning`),
    });
  } else {
    fs.rmSync(target.directory, { recursive: true, force: true });
    fs.mkdirSync(target.directory, { recursive: true });
    db = knexFactory({
      client: 'better-sqlite3',
      connection: { filename: path.join(target.directory, 'learning.sqlite') },
      useNullAsDefault: true,
    });
  }
  const started = Date.now();
  try {
    await db.migrate.latest({ directory: MIGRATIONS });
    if (target.engine === 'postgres') {
      await writeLearningRows(async (table, rows) => {
        await db(table).insert(rows);
      });
      await db.raw(RECOUNT_SQL);
      // Plans are made with statistics, as on a database in use.
      await db.raw('ANALYZE');
    }
  } finally {
    await db.destroy();
  }
  // SQLite is filled through its own handle, once knex has let go of it.
  if (target.engine === 'sqlite') {
    await seedSqlite(path.join(target.directory, 'learning.sqlite'));
  }
  return (Date.now() - started) / 1000;
}

/**
 * Forgets what scheduled work recorded in a reused data set, so that its
 * next run is a first run again: the freshness check's states,
 * fingerprints and announcements (`freshness`), and the suggestions'
 * model (`model`). The learning database is migrated to the latest first.
 */
async function resetComputed(target, { freshness, model, discussion }) {
  const db =
    target.engine === 'postgres'
      ? knexFactory({
          client: 'pg',
          connection: pgConnection(target.url, `${PG_PREFIX}learning`),
        })
      : knexFactory({
          client: 'better-sqlite3',
          connection: {
            filename: path.join(target.directory, 'learning.sqlite'),
          },
          useNullAsDefault: true,
        });
  try {
    await db.migrate.latest({ directory: MIGRATIONS });
    if (freshness) {
      await db('learning_link_fingerprints').delete();
      await db('learning_resources').update({
        freshness_flag: null,
        freshness_detail: null,
        freshness_notified: null,
      });
    }
    if (model) {
      await db('learning_model_state').delete();
    }
    // the insights' snapshots and counters of earlier runs go, always
    for (const table of [
      'learning_insight_snapshots',
      'learning_entity_views',
      'learning_search_misses',
      'learning_search_miss_askers',
    ]) {
      await db(table).delete();
    }
    return discussion ? await seedDiscussion(db) : {};
  } finally {
    await db.destroy();
  }
}

/** The questions and answers of the bench's one long discussion. */
const DISCUSSION = { questions: 1000, answersPerQuestion: 4 };

/**
 * One discussion of 5,000 posts (1,000 questions of 4 answers each) on
 * the first self-paced course, and no cohorts: the bench pages through
 * it and fills a cohort of its own. Earlier runs' posts and cohorts go.
 */
async function seedDiscussion(db) {
  for (const table of [
    'learning_posts',
    'learning_posters',
    'learning_cohort_members',
    'learning_cohorts',
  ]) {
    await db(table).delete();
  }
  const { id: resourceId } = await db('learning_resources')
    .where({ kind: 'course' })
    .whereIn('format', ['video', 'self-paced', 'lab', 'reading', 'podcast'])
    .orderBy('id')
    .first('id');
  const discussion = `resource:${resourceId}`;
  const start = Date.now() - 30 * 86_400_000;
  const at = i => new Date(start + i * 500_000).toISOString();
  const base = (i, kind) => ({
    discussion,
    resource_id: resourceId,
    kind,
    author_ref: `user:default/bench-user-${i % 2000}`,
    body: `Post ${i}: how does the ${kind} of this course apply to our payment services? `.repeat(
      3,
    ),
    accepted: false,
    created_at: at(i),
  });
  const questions = [];
  for (let q = 0; q < DISCUSSION.questions; q++) {
    questions.push(base(q * 5, 'question'));
  }
  for (let i = 0; i < questions.length; i += 200) {
    await db('learning_posts').insert(questions.slice(i, i + 200));
  }
  await db('learning_posts')
    .where({ discussion, kind: 'question' })
    .update({ question_id: db.ref('id') });
  const ids = (
    await db('learning_posts')
      .where({ discussion, kind: 'question' })
      .orderBy('id')
      .select('id')
  ).map(r => r.id);
  const answers = [];
  ids.forEach((questionId, q) => {
    for (let a = 1; a <= DISCUSSION.answersPerQuestion; a++) {
      answers.push({
        ...base(q * 5 + a, 'answer'),
        question_id: questionId,
        parent_id: questionId,
      });
    }
  });
  for (let i = 0; i < answers.length; i += 200) {
    await db('learning_posts').insert(answers.slice(i, i + 200));
  }
  return {
    discussionResourceId: resourceId,
    posts: questions.length + answers.length,
  };
}

module.exports = { seed, resetComputed, PG_PREFIX };
