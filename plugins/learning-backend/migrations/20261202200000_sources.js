/*
 * Learning YAML files: where each is, who names it, how much it declares,
 * and what is wrong with it now. What a file declares is stored as the
 * material of the provider `yaml:<id>`.
 */

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('learning_sources', table => {
    table.comment('Learning YAML files the backend reads on a schedule');
    table
      .string('id', 64)
      .primary()
      .notNullable()
      .comment('sha256 of the target URL');
    table.string('target', 2048).notNullable();
    table
      .string('entity_ref', 255)
      .comment('the entity whose annotation names the file; null from config');
    table.string('etag', 255).comment('of the last read that returned it');
    table
      .integer('document_count')
      .comment('documents it declared when last synced');
    table.text('errors').comment('what is wrong with it now, as a JSON list');
    table.timestamp('checked_at', { useTz: true });
    table.timestamp('changed_at', { useTz: true });
    table.index(['entity_ref'], 'learning_sources_entity_idx');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('learning_sources');
};
