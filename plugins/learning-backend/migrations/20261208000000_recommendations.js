/*
 * Personalisation: the co-occurrence model that the scheduled task builds
 * ("learners who took X also took Y", and what each group learns), the
 * suggestions each user dismissed, and each user's settings.
 *
 * The model's rows carry the generation of the build that wrote them: a
 * build writes a new generation beside the one requests read, then makes
 * it current in one small transaction and deletes the old one, so that a
 * request never reads a half-written model.
 */

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('learning_model_state', table => {
    table.comment('One row: the current generation of the model');
    table.string('id', 16).primary().notNullable();
    table.integer('generation').notNullable();
    table
      .string('signature', 128)
      .notNullable()
      .comment('what the build read; an equal one means nothing changed');
    table.timestamp('built_at', { useTz: true }).notNullable();
  });

  await knex.schema.createTable('learning_cooccurrence', table => {
    table.comment(
      'Per resource, the resources most often taken by the same learners (5 or more of them)',
    );
    table.integer('generation').notNullable();
    table.string('resource_id', 64).notNullable();
    table.string('other_id', 64).notNullable();
    table
      .float('score')
      .notNullable()
      .comment('cosine of the two resources over weighted learners');
    table
      .integer('learners')
      .notNullable()
      .comment('distinct learners who took both');
    table
      .integer('completers')
      .notNullable()
      .comment('distinct learners who completed both');
    table.primary(['generation', 'resource_id', 'other_id']);
  });

  await knex.schema.createTable('learning_group_learning', table => {
    table.comment(
      'Per group (with its child groups), the resources 5 or more of its members took lately',
    );
    table.integer('generation').notNullable();
    table.string('group_ref', 255).notNullable();
    table.string('resource_id', 64).notNullable();
    table.integer('learners').notNullable();
    table
      .integer('members')
      .notNullable()
      .comment('members of the group, for the share of them');
    table.primary(['generation', 'group_ref', 'resource_id']);
  });

  await knex.schema.createTable('learning_dismissals', table => {
    table.comment('Suggestions a user said they are not interested in');
    table.string('user_ref', 255).notNullable();
    table
      .string('resource_id', 64)
      .notNullable()
      .references('id')
      .inTable('learning_resources')
      .onDelete('CASCADE');
    table.timestamp('dismissed_at', { useTz: true }).notNullable();
    table.primary(['user_ref', 'resource_id']);
  });

  await knex.schema.createTable('learning_user_settings', table => {
    table.comment('Per-user choices, off by default');
    table.string('user_ref', 255).primary().notNullable();
    table
      .boolean('share_expertise')
      .notNullable()
      .defaultTo(false)
      .comment('may be named as someone who can teach what they learned');
    table.timestamp('updated_at', { useTz: true }).notNullable();
  });

  await knex.schema.alterTable('learning_enrolments', table => {
    table.index(['updated_at'], 'learning_enrolments_updated_idx');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.alterTable('learning_enrolments', table => {
    table.dropIndex([], 'learning_enrolments_updated_idx');
  });
  await knex.schema.dropTable('learning_user_settings');
  await knex.schema.dropTable('learning_dismissals');
  await knex.schema.dropTable('learning_group_learning');
  await knex.schema.dropTable('learning_cooccurrence');
  await knex.schema.dropTable('learning_model_state');
};
