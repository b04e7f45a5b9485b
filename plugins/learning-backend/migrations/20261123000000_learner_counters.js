/*
 * Learner and rating counters on the resource row, kept by every write of
 * enrolments and feedback in the same transaction, so that pages which
 * list many resources read them with the resources instead of counting
 * enrolments and feedback at every read.
 */

/**
 * Sets the counters of every resource (or of those `where` selects) from
 * its enrolments and feedback. Plain SQL that SQLite and PostgreSQL both
 * take; the benchmark's seeding runs it too.
 */
const RECOUNT_SQL = `UPDATE learning_resources SET
  learner_count = (SELECT COUNT(*) FROM learning_enrolments e
    WHERE e.resource_id = learning_resources.id),
  completion_count = (SELECT COUNT(*) FROM learning_enrolments e
    WHERE e.resource_id = learning_resources.id AND e.state = 'completed'),
  rating_count = (SELECT COUNT(*) FROM learning_feedback f
    WHERE f.resource_id = learning_resources.id),
  rating_sum = (SELECT COALESCE(SUM(f.rating), 0) FROM learning_feedback f
    WHERE f.resource_id = learning_resources.id)`;

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('learning_resources', table => {
    table
      .integer('learner_count')
      .notNullable()
      .defaultTo(0)
      .comment('Enrolments in any state');
    table
      .integer('completion_count')
      .notNullable()
      .defaultTo(0)
      .comment('Enrolments in the completed state');
    table
      .integer('rating_count')
      .notNullable()
      .defaultTo(0)
      .comment('Feedback rows');
    table
      .integer('rating_sum')
      .notNullable()
      .defaultTo(0)
      .comment('Sum of the ratings of the feedback rows');
  });
  await knex.raw(RECOUNT_SQL);
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.alterTable('learning_resources', table => {
    table.dropColumn('learner_count');
    table.dropColumn('completion_count');
    table.dropColumn('rating_count');
    table.dropColumn('rating_sum');
  });
};

exports.RECOUNT_SQL = RECOUNT_SQL;
