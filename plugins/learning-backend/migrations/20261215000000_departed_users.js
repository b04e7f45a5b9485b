/*
 * Retention of learning records: since when each person with records has
 * been missing from the catalog, so that their records are erased once
 * learning.retention.departedUserDays have passed.
 */

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('learning_departed_users', table => {
    table.comment(
      'People with learning records whom the catalog no longer knows',
    );
    table.string('user_ref', 255).primary().notNullable();
    table.timestamp('missing_since', { useTz: true }).notNullable();
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('learning_departed_users');
};
