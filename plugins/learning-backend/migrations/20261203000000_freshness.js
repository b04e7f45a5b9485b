/*
 * Freshness: who reviewed a resource last, what made it broken or possibly
 * outdated, which state its SMEs and owner last heard of, and per entity a
 * resource teaches, a fingerprint of the entity at the last review and at the
 * last check.
 */

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('learning_resources', table => {
    table.string('reviewed_by', 255).comment('who last marked it reviewed');
    table
      .text('freshness_detail')
      .comment('JSON: the refs gone from the catalog, the entities changed');
    table
      .string('freshness_notified', 32)
      .comment('the state its SMEs and owner were last told of');
    table
      .integer('review_version')
      .notNullable()
      .defaultTo(0)
      .comment(
        'counts reviews and edits, so a check read before one is not saved after',
      );
  });
  await knex.schema.createTable('learning_link_fingerprints', table => {
    table.comment(
      'What each entity a resource teaches looked like when it was last reviewed, and when last checked',
    );
    table
      .string('resource_id', 64)
      .notNullable()
      .references('id')
      .inTable('learning_resources')
      .onDelete('CASCADE');
    table.string('entity_ref', 255).notNullable();
    table
      .text('reviewed')
      .notNullable()
      .comment(
        'JSON of a hash per aspect, at the last review or when first seen',
      );
    table
      .text('current')
      .notNullable()
      .comment('JSON of a hash per aspect, at the last check');
    table.primary(['resource_id', 'entity_ref']);
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('learning_link_fingerprints');
  await knex.schema.alterTable('learning_resources', table => {
    table.dropColumn('reviewed_by');
    table.dropColumn('freshness_detail');
    table.dropColumn('freshness_notified');
    table.dropColumn('review_version');
  });
};
