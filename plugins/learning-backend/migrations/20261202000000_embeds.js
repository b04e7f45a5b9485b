/*
 * Embeds: short stints inside another team, hosted by a group, linked to
 * the entities they work on, with skills, seats and applications.
 */

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('learning_embeds', table => {
    table.comment('Opportunities to work inside a host team for a while');
    table.string('id', 64).primary().notNullable();
    table.string('title', 200).notNullable();
    table.string('summary', 500).notNullable();
    table.text('description');
    table.string('host_ref', 255).notNullable().comment('a group ref');
    table
      .string('starts_on', 10)
      .comment('YYYY-MM-DD, null when the start is flexible');
    table.integer('duration_weeks').notNullable();
    table.integer('seats').notNullable();
    table
      .integer('seats_taken')
      .notNullable()
      .defaultTo(0)
      .comment('accepted applications, kept in the deciding transaction');
    table.string('location', 255);
    table.boolean('remote').notNullable().defaultTo(false);
    table.string('contact', 255);
    table.string('status', 16).notNullable().comment('open, filled or closed');
    table.string('created_by', 255);
    table.timestamp('created_at', { useTz: true }).notNullable();
    table.timestamp('updated_at', { useTz: true }).notNullable();
    table.index(['host_ref'], 'learning_embeds_host_idx');
    table.index(['status', 'starts_on'], 'learning_embeds_status_idx');
    table.index(['title', 'id'], 'learning_embeds_title_idx');
  });

  await knex.schema.createTable('learning_embed_links', table => {
    table.comment('The entities an embed works on');
    table
      .string('embed_id', 64)
      .notNullable()
      .references('id')
      .inTable('learning_embeds')
      .onDelete('CASCADE');
    table.string('entity_ref', 255).notNullable();
    table.string('relation', 32).notNullable();
    table.primary(['embed_id', 'entity_ref', 'relation']);
    table.index(['entity_ref'], 'learning_embed_links_entity_idx');
  });

  await knex.schema.createTable('learning_embed_skills', table => {
    table.comment('Skills an embed wants from applicants and teaches them');
    table
      .string('embed_id', 64)
      .notNullable()
      .references('id')
      .inTable('learning_embeds')
      .onDelete('CASCADE');
    table.string('direction', 8).notNullable().comment('wanted or taught');
    table.integer('position').notNullable();
    table.string('skill', 64).notNullable();
    table.primary(['embed_id', 'direction', 'skill']);
    table.index(['skill'], 'learning_embed_skills_skill_idx');
  });

  await knex.schema.createTable('learning_embed_applications', table => {
    table.comment('Applications of users to embeds, one per user and embed');
    table.string('id', 64).primary().notNullable();
    table
      .string('embed_id', 64)
      .notNullable()
      .references('id')
      .inTable('learning_embeds')
      .onDelete('CASCADE');
    table.string('applicant_ref', 255).notNullable();
    table
      .string('state', 16)
      .notNullable()
      .comment('pending, accepted, declined or withdrawn');
    table.text('message');
    table.string('decided_by', 255);
    table.timestamp('decided_at', { useTz: true });
    table.timestamp('created_at', { useTz: true }).notNullable();
    table.timestamp('updated_at', { useTz: true }).notNullable();
    table.unique(['embed_id', 'applicant_ref'], {
      indexName: 'learning_embed_applications_once_idx',
    });
    table.index(
      ['applicant_ref', 'updated_at'],
      'learning_embed_applications_applicant_idx',
    );
    table.index(['embed_id', 'state'], 'learning_embed_applications_state_idx');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('learning_embed_applications');
  await knex.schema.dropTable('learning_embed_skills');
  await knex.schema.dropTable('learning_embed_links');
  await knex.schema.dropTable('learning_embeds');
};
