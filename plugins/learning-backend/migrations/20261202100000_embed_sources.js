/*
 * Where an embed is defined: posted through the API, or delivered by a
 * provider (a YAML file, an external system), which owns its definition.
 */

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('learning_embeds', table => {
    table.string('source_type', 16).notNullable().defaultTo('api');
    table.string('source_provider', 100);
    table.string('source_key', 255).comment('Id of the embed at its provider');
    table.string('source_location', 2048);
    table
      .string('source_hash', 64)
      .comment('Hash of what the provider delivered, to skip unchanged ones');
    table.unique(['source_provider', 'source_key'], {
      indexName: 'learning_embeds_source_idx',
    });
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.alterTable('learning_embeds', table => {
    table.dropUnique(
      ['source_provider', 'source_key'],
      'learning_embeds_source_idx',
    );
    table.dropColumn('source_hash');
    table.dropColumn('source_location');
    table.dropColumn('source_key');
    table.dropColumn('source_provider');
    table.dropColumn('source_type');
  });
};
