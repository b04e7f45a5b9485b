/*
 * Insights for the learning program: counters of entity page views and of
 * searches that found nothing (per day and entity or query, never a row
 * per event or per person), daily aggregate snapshots for the weekly
 * charts, how long each review waited once due, and which learning-debt
 * digests were sent.
 */

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('learning_entity_views', table => {
    table.comment('Entity pages opened, per day and entity (no user)');
    table.string('day', 10).notNullable().comment('YYYY-MM-DD, UTC');
    table.string('entity_ref', 255).notNullable();
    table.integer('views').notNullable();
    table
      .integer('empty_views')
      .notNullable()
      .comment('views that had no material to show');
    table.primary(['day', 'entity_ref']);
    table.index(['entity_ref', 'day'], 'learning_entity_views_entity_idx');
  });

  await knex.schema.createTable('learning_search_misses', table => {
    table.comment('Searches that found nothing, per day and query (no user)');
    table.string('day', 10).notNullable().comment('YYYY-MM-DD, UTC');
    table.string('query', 100).notNullable().comment('normalised query text');
    table.integer('searches').notNullable();
    table.primary(['day', 'query']);
    table.index(['query'], 'learning_search_misses_query_idx');
  });

  await knex.schema.createTable('learning_search_miss_askers', table => {
    table.comment(
      'How many different people asked a query that found nothing, up to 5',
    );
    table.string('query', 100).primary().notNullable();
    table.integer('askers').notNullable().comment('at most 5');
    table
      .text('asker_keys')
      .comment(
        'JSON array of keyed hashes of the askers, dropped once 5 asked',
      );
  });

  await knex.schema.createTable('learning_insight_snapshots', table => {
    table.comment('Daily aggregates for the weekly charts (no per-person row)');
    table
      .string('day', 10)
      .notNullable()
      .comment('YYYY-MM-DD: the day, or the Monday of a week');
    table.string('metric', 64).notNullable();
    table.string('dimension', 128).notNullable();
    table.integer('value').notNullable();
    table.primary(['day', 'metric', 'dimension']);
    table.index(['metric', 'day'], 'learning_insight_snapshots_metric_idx');
  });

  await knex.schema.createTable('learning_review_waits', table => {
    table.comment('How long each review waited once it was due');
    table
      .string('resource_id', 64)
      .notNullable()
      .references('id')
      .inTable('learning_resources')
      .onDelete('CASCADE');
    table.timestamp('due_at', { useTz: true }).notNullable();
    table.timestamp('reviewed_at', { useTz: true }).notNullable();
    table.integer('wait_hours').notNullable();
    table.primary(['resource_id', 'reviewed_at']);
    table.index(['reviewed_at'], 'learning_review_waits_reviewed_idx');
  });

  await knex.schema.createTable('learning_insight_digests', table => {
    table.comment('Learning-debt digests sent, per group and month');
    table.string('group_ref', 255).notNullable();
    table.string('month', 7).notNullable().comment('YYYY-MM');
    table.timestamp('sent_at', { useTz: true }).notNullable();
    table.primary(['group_ref', 'month']);
  });

  await knex.schema.alterTable('learning_enrolments', table => {
    table.index(['enrolled_at'], 'learning_enrolments_enrolled_idx');
    table.index(['completed_at'], 'learning_enrolments_completed_idx');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.alterTable('learning_enrolments', table => {
    table.dropIndex([], 'learning_enrolments_completed_idx');
    table.dropIndex([], 'learning_enrolments_enrolled_idx');
  });
  await knex.schema.dropTable('learning_insight_digests');
  await knex.schema.dropTable('learning_review_waits');
  await knex.schema.dropTable('learning_insight_snapshots');
  await knex.schema.dropTable('learning_search_miss_askers');
  await knex.schema.dropTable('learning_search_misses');
  await knex.schema.dropTable('learning_entity_views');
};
