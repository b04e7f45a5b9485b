/*
 * Learning together: cohorts that take self-paced material on a shared
 * schedule, and discussions (questions, answers, replies) on resources,
 * path steps and cohorts.
 */

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('learning_cohorts', table => {
    table.comment(
      'Learners taking a resource or a path together, a week at a time',
    );
    table.string('id', 64).primary().notNullable();
    table
      .string('resource_id', 64)
      .notNullable()
      .references('id')
      .inTable('learning_resources')
      .onDelete('CASCADE');
    table.string('title', 120);
    table.string('starts_on', 10).notNullable().comment('YYYY-MM-DD');
    table.integer('weeks').notNullable();
    table
      .string('ends_on', 10)
      .notNullable()
      .comment('the last day of the last week, YYYY-MM-DD');
    table
      .integer('parts')
      .comment('parts of a self-paced resource; null for a path (its steps)');
    table.integer('capacity').notNullable();
    table
      .integer('member_count')
      .notNullable()
      .defaultTo(0)
      .comment(
        'kept with the members in one transaction, never above capacity',
      );
    table.string('facilitator_ref', 255);
    table.string('created_by', 255).notNullable();
    table
      .integer('digest_week')
      .comment('the last week whose digest went to the members');
    table.timestamp('digest_at', { useTz: true });
    table.timestamp('created_at', { useTz: true }).notNullable();
    table.timestamp('updated_at', { useTz: true }).notNullable();
    table.index(['resource_id', 'starts_on'], 'learning_cohorts_resource_idx');
    table.index(['ends_on'], 'learning_cohorts_ends_idx');
  });

  await knex.schema.createTable('learning_cohort_members', table => {
    table.comment('Who is in a cohort');
    table
      .string('cohort_id', 64)
      .notNullable()
      .references('id')
      .inTable('learning_cohorts')
      .onDelete('CASCADE');
    table.string('user_ref', 255).notNullable();
    table.timestamp('joined_at', { useTz: true }).notNullable();
    table.primary(['cohort_id', 'user_ref']);
    table.index(['user_ref'], 'learning_cohort_members_user_idx');
  });

  await knex.schema.createTable('learning_posts', table => {
    table.comment('Questions, answers and replies in discussions');
    table.increments('id');
    table
      .string('discussion', 160)
      .notNullable()
      .comment('resource:<id>, step:<pathId>:<stepId> or cohort:<id>');
    table
      .string('resource_id', 64)
      .notNullable()
      .references('id')
      .inTable('learning_resources')
      .onDelete('CASCADE')
      .comment('the material: the resource, the step, or the cohort’s');
    table
      .string('path_id', 64)
      .references('id')
      .inTable('learning_resources')
      .onDelete('CASCADE');
    table
      .string('cohort_id', 64)
      .references('id')
      .inTable('learning_cohorts')
      .onDelete('CASCADE');
    table.string('kind', 16).notNullable();
    table
      .integer('question_id')
      .comment('the question of the thread; its own id for a question');
    table.integer('parent_id');
    table.string('author_ref', 255).notNullable();
    table.text('body').notNullable();
    table.text('mentions').comment('JSON array of the refs mentioned');
    table.boolean('accepted').notNullable().defaultTo(false);
    table.integer('accepted_answer_id');
    table.timestamp('hidden_at', { useTz: true });
    table.string('hidden_by', 255);
    table.string('hidden_reason', 500);
    table.timestamp('deleted_at', { useTz: true });
    table.timestamp('edited_at', { useTz: true });
    table.timestamp('created_at', { useTz: true }).notNullable();
    table.index(
      ['discussion', 'question_id', 'id'],
      'learning_posts_discussion_idx',
    );
    table.index(['author_ref', 'created_at'], 'learning_posts_author_idx');
    table.index(['resource_id', 'accepted'], 'learning_posts_resource_idx');
    table.index(['path_id', 'accepted'], 'learning_posts_path_idx');
    table.index(['cohort_id', 'created_at'], 'learning_posts_cohort_idx');
  });

  await knex.schema.alterTable('learning_group_learning', table => {
    table
      .integer('taking')
      .notNullable()
      .defaultTo(0)
      .comment('members who took it and have not completed it yet');
  });

  await knex.schema.createTable('learning_posters', table => {
    table.comment(
      'One row per user who posted: locked while a post is counted against the rate limit',
    );
    table.string('user_ref', 255).primary().notNullable();
    table.timestamp('last_post_at', { useTz: true }).notNullable();
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.alterTable('learning_group_learning', table => {
    table.dropColumn('taking');
  });
  await knex.schema.dropTable('learning_posters');
  await knex.schema.dropTable('learning_posts');
  await knex.schema.dropTable('learning_cohort_members');
  await knex.schema.dropTable('learning_cohorts');
};
