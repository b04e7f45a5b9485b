/*
 * Suggested links: a link to an entity made by someone who is not among
 * its owners waits here until an owner accepts it (it then becomes a row of
 * learning_resource_links) or dismisses it.
 */

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('learning_link_suggestions', table => {
    table.comment(
      'Links waiting for an owner of the entity, and dismissed ones (which the same person may not suggest again for a while)',
    );
    table.string('id', 64).primary().notNullable();
    table
      .string('resource_id', 64)
      .notNullable()
      .references('id')
      .inTable('learning_resources')
      .onDelete('CASCADE');
    table.string('entity_ref', 255).notNullable();
    table.string('relation', 32).notNullable();
    table
      .string('entity_owner_ref', 255)
      .comment(
        "the entity's owner as the catalog said when last read; the permission rule's SQL condition reads it",
      );
    table.string('suggested_by', 255).notNullable();
    table.timestamp('suggested_at', { useTz: true }).notNullable();
    table.string('status', 16).notNullable().comment('pending or dismissed');
    table.string('decided_by', 255);
    table.timestamp('decided_at', { useTz: true });
    table.unique(['resource_id', 'entity_ref', 'relation', 'suggested_by'], {
      indexName: 'learning_link_suggestions_link_uq',
    });
    table.index(
      ['entity_ref', 'status'],
      'learning_link_suggestions_entity_idx',
    );
    table.index(
      ['entity_owner_ref', 'status'],
      'learning_link_suggestions_owner_idx',
    );
  });

  await knex.schema.createTable('learning_entity_notices', table => {
    table.comment(
      'Notices sent about an entity, one per topic and day whatever the number of replicas',
    );
    table.string('entity_ref', 255).notNullable();
    table.string('topic', 32).notNullable();
    table.string('day', 10).notNullable().comment('YYYY-MM-DD, UTC');
    table.primary(['entity_ref', 'topic', 'day']);
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('learning_entity_notices');
  await knex.schema.dropTable('learning_link_suggestions');
};
