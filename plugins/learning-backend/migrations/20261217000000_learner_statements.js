/*
 * Statements about learners from a provider's learning record store (an
 * LMS's xAPI statements): each applied once, by its id, and undone when it
 * is voided; and where each provider has read its store up to.
 */

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('learning_learner_statements', table => {
    table.comment(
      'Statements a provider delivered about the progress of learners; the enrolment of a learner on a resource follows from those not voided',
    );
    table.string('provider', 255).notNullable();
    table.string('statement_id', 255).notNullable();
    // null for a statement voided before it arrived, and after an erase
    table
      .string('resource_id', 64)
      .nullable()
      .references('id')
      .inTable('learning_resources')
      .onDelete('CASCADE');
    table.string('user_ref', 255).nullable();
    table.string('state', 16).nullable();
    table.integer('progress').nullable();
    table.timestamp('occurred_at', { useTz: true }).nullable();
    table.boolean('voided').notNullable().defaultTo(false);
    table.primary(['provider', 'statement_id']);
    table.index(
      ['resource_id', 'user_ref'],
      'learning_learner_statements_learner_idx',
    );
    table.index(['user_ref'], 'learning_learner_statements_user_idx');
  });
  await knex.schema.createTable('learning_provider_cursors', table => {
    table.comment(
      'Where each provider has read its source up to (the consistent-through time of an xAPI store), saved with what it read',
    );
    table.string('provider', 255).primary().notNullable();
    table.text('cursor').notNullable();
    table.timestamp('updated_at', { useTz: true }).notNullable();
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('learning_provider_cursors');
  await knex.schema.dropTable('learning_learner_statements');
};
