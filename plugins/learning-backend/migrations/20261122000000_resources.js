/*
 * Learning resources (courses, toolkits, paths) and what they attach to:
 * catalog entities, SMEs, docs, tags and path steps.
 */

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('learning_resources', table => {
    table.comment('Courses, toolkits and learning paths');
    table.string('id', 64).primary().notNullable();
    table.string('kind', 16).notNullable();
    table.string('title', 200).notNullable();
    table.string('summary', 500).notNullable();
    table.text('description');
    table.string('format', 32).notNullable();
    table.string('level', 32).notNullable();
    table.integer('duration_minutes');
    table.string('language', 16).notNullable();
    table.text('urls').notNullable().comment('JSON array of {title, url}');
    table.string('owner_ref', 255).notNullable();
    table.timestamp('reviewed_at', { useTz: true });
    table.integer('review_interval_days');
    table.string('source_type', 16).notNullable();
    table.string('source_provider', 100);
    table
      .string('source_key', 255)
      .comment('Id of the resource at its provider');
    table.string('source_location', 2048);
    table
      .string('source_hash', 64)
      .comment('Hash of what the provider last delivered, to skip unchanged');
    table.string('created_by', 255);
    table.timestamp('created_at', { useTz: true }).notNullable();
    table.timestamp('updated_at', { useTz: true }).notNullable();
    table.unique(['source_provider', 'source_key'], {
      indexName: 'learning_resources_source_idx',
    });
    table.index(['owner_ref'], 'learning_resources_owner_idx');
    table.index(['kind', 'title'], 'learning_resources_kind_title_idx');
    table.index(['title'], 'learning_resources_title_idx');
    table.index(['updated_at'], 'learning_resources_updated_idx');
  });

  await knex.schema.createTable('learning_resource_links', table => {
    table.comment('Links from resources to the catalog entities they teach');
    table
      .string('resource_id', 64)
      .notNullable()
      .references('id')
      .inTable('learning_resources')
      .onDelete('CASCADE');
    table.string('entity_ref', 255).notNullable();
    table.string('relation', 32).notNullable();
    table.primary(['resource_id', 'entity_ref', 'relation']);
    table.index(['entity_ref', 'resource_id'], 'learning_links_entity_idx');
  });

  await knex.schema.createTable('learning_resource_smes', table => {
    table.comment('Subject-matter experts (catalog users) per resource');
    table
      .string('resource_id', 64)
      .notNullable()
      .references('id')
      .inTable('learning_resources')
      .onDelete('CASCADE');
    table.string('user_ref', 255).notNullable();
    table.primary(['resource_id', 'user_ref']);
    table.index(['user_ref', 'resource_id'], 'learning_smes_user_idx');
  });

  await knex.schema.createTable('learning_resource_tags', table => {
    table
      .string('resource_id', 64)
      .notNullable()
      .references('id')
      .inTable('learning_resources')
      .onDelete('CASCADE');
    table.string('tag', 64).notNullable();
    table.primary(['resource_id', 'tag']);
    table.index(['tag', 'resource_id'], 'learning_tags_tag_idx');
  });

  await knex.schema.createTable('learning_resource_docs', table => {
    table.comment('TechDocs pages a resource points to');
    table
      .string('resource_id', 64)
      .notNullable()
      .references('id')
      .inTable('learning_resources')
      .onDelete('CASCADE');
    table.integer('position').notNullable();
    table.string('entity_ref', 255).notNullable();
    table.string('path', 1024);
    table.string('title', 200);
    table.primary(['resource_id', 'position']);
  });

  await knex.schema.createTable('learning_path_steps', table => {
    table.comment('Ordered steps of learning paths');
    table
      .string('path_id', 64)
      .notNullable()
      .references('id')
      .inTable('learning_resources')
      .onDelete('CASCADE');
    table.integer('position').notNullable();
    table
      .string('resource_id', 64)
      .notNullable()
      .references('id')
      .inTable('learning_resources')
      .onDelete('CASCADE');
    table.primary(['path_id', 'position']);
    table.index(['resource_id'], 'learning_path_steps_resource_idx');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('learning_path_steps');
  await knex.schema.dropTable('learning_resource_docs');
  await knex.schema.dropTable('learning_resource_tags');
  await knex.schema.dropTable('learning_resource_smes');
  await knex.schema.dropTable('learning_resource_links');
  await knex.schema.dropTable('learning_resources');
};
