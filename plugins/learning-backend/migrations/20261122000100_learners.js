/*
 * What learners do with resources: sessions of live courses, enrolments
 * with progress, and feedback. Also the columns freshness is filtered by.
 */

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('learning_resources', table => {
    table
      .timestamp('review_due_at', { useTz: true })
      .comment('reviewed_at (or created_at) plus the review interval');
    table
      .string('freshness_flag', 32)
      .comment('possibly-outdated or broken, set by the freshness check');
    table.index(['review_due_at'], 'learning_resources_review_due_idx');
    table.index(['freshness_flag'], 'learning_resources_freshness_idx');
  });

  await knex.schema.createTable('learning_sessions', table => {
    table.comment('Scheduled runs of live courses, with seats');
    table.string('id', 64).primary().notNullable();
    table
      .string('resource_id', 64)
      .notNullable()
      .references('id')
      .inTable('learning_resources')
      .onDelete('CASCADE');
    table.timestamp('starts_at', { useTz: true }).notNullable();
    table.timestamp('ends_at', { useTz: true }).notNullable();
    table.integer('seats').notNullable();
    table.string('location', 255);
    table.string('url', 2048);
    table.timestamp('created_at', { useTz: true }).notNullable();
    table.timestamp('updated_at', { useTz: true }).notNullable();
    table.index(['resource_id', 'starts_at'], 'learning_sessions_resource_idx');
  });

  await knex.schema.createTable('learning_enrolments', table => {
    table.comment('The state of a user on a resource');
    table
      .string('resource_id', 64)
      .notNullable()
      .references('id')
      .inTable('learning_resources')
      .onDelete('CASCADE');
    table.string('user_ref', 255).notNullable();
    table.string('state', 16).notNullable();
    table.integer('progress').notNullable();
    table
      .string('session_id', 64)
      .references('id')
      .inTable('learning_sessions')
      .onDelete('SET NULL');
    table.timestamp('enrolled_at', { useTz: true }).notNullable();
    table.timestamp('started_at', { useTz: true });
    table.timestamp('completed_at', { useTz: true });
    table.timestamp('updated_at', { useTz: true }).notNullable();
    table.primary(['resource_id', 'user_ref']);
    table.index(['user_ref', 'updated_at'], 'learning_enrolments_user_idx');
    table.index(['session_id'], 'learning_enrolments_session_idx');
    table.index(['resource_id', 'state'], 'learning_enrolments_state_idx');
  });

  await knex.schema.createTable('learning_feedback', table => {
    table.comment('Ratings and comments of users on resources');
    table
      .string('resource_id', 64)
      .notNullable()
      .references('id')
      .inTable('learning_resources')
      .onDelete('CASCADE');
    table.string('user_ref', 255).notNullable();
    table.integer('rating').notNullable();
    table.text('comment');
    table.timestamp('created_at', { useTz: true }).notNullable();
    table.timestamp('updated_at', { useTz: true }).notNullable();
    table.primary(['resource_id', 'user_ref']);
    table.index(['resource_id', 'updated_at'], 'learning_feedback_recent_idx');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('learning_feedback');
  await knex.schema.dropTable('learning_enrolments');
  await knex.schema.dropTable('learning_sessions');
  await knex.schema.alterTable('learning_resources', table => {
    table.dropIndex([], 'learning_resources_freshness_idx');
    table.dropIndex([], 'learning_resources_review_due_idx');
    table.dropColumn('freshness_flag');
    table.dropColumn('review_due_at');
  });
};
