/*
 * Full-text search over learning resources: per resource a document of its
 * title, tags, summary and description, kept in step with them by triggers,
 * in the same transaction as any write to a resource or its tags (through
 * the API, a provider sync or plain SQL).
 *
 * PostgreSQL: `learning_resource_search` holds a weighted `tsvector`
 * (title A, tags B, summary C, description D) with a GIN index.
 * SQLite: `learning_resource_search` is an FTS5 table (porter stemming) with
 * a column per part, and `learning_resource_search_ids` gives each resource
 * the FTS5 row it owns.
 */

const isPostgres = knex => knex.client.config.client === 'pg';

/** @param {import('knex').Knex} knex */
async function upPostgres(knex) {
  await knex.schema.createTable('learning_resource_search', table => {
    table.comment(
      'The full-text document of each learning resource, kept by triggers',
    );
    table
      .string('resource_id', 64)
      .primary()
      .notNullable()
      .references('id')
      .inTable('learning_resources')
      .onDelete('CASCADE');
    table.specificType('document', 'tsvector').notNullable();
  });
  await knex.raw(`
    CREATE FUNCTION learning_resource_search_document(p_id varchar)
    RETURNS tsvector LANGUAGE sql AS $$
      SELECT setweight(to_tsvector('english', r.title), 'A')
          || setweight(to_tsvector('english', coalesce(
               (SELECT string_agg(t.tag, ' ') FROM learning_resource_tags t
                 WHERE t.resource_id = r.id), '')), 'B')
          || setweight(to_tsvector('english', r.summary), 'C')
          || setweight(to_tsvector('english', coalesce(r.description, '')), 'D')
        FROM learning_resources r WHERE r.id = p_id
    $$`);
  await knex.raw(`
    CREATE FUNCTION learning_resources_search_row() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
      INSERT INTO learning_resource_search (resource_id, document)
        VALUES (NEW.id, learning_resource_search_document(NEW.id))
        ON CONFLICT (resource_id) DO UPDATE SET document = excluded.document;
      RETURN NULL;
    END $$`);
  await knex.raw(`
    CREATE TRIGGER learning_resources_search_insert
    AFTER INSERT ON learning_resources
    FOR EACH ROW EXECUTE FUNCTION learning_resources_search_row()`);
  await knex.raw(`
    CREATE TRIGGER learning_resources_search_update
    AFTER UPDATE OF title, summary, description ON learning_resources
    FOR EACH ROW WHEN (
      OLD.title IS DISTINCT FROM NEW.title
      OR OLD.summary IS DISTINCT FROM NEW.summary
      OR OLD.description IS DISTINCT FROM NEW.description)
    EXECUTE FUNCTION learning_resources_search_row()`);
  // Tags change a statement at a time (all of a resource's are replaced):
  // one update per statement, not one per tag.
  await knex.raw(`
    CREATE FUNCTION learning_resource_tags_search() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
      UPDATE learning_resource_search s
         SET document = learning_resource_search_document(s.resource_id)
       WHERE s.resource_id IN (SELECT DISTINCT resource_id FROM changed_tags);
      RETURN NULL;
    END $$`);
  await knex.raw(`
    CREATE TRIGGER learning_resource_tags_search_insert
    AFTER INSERT ON learning_resource_tags
    REFERENCING NEW TABLE AS changed_tags
    FOR EACH STATEMENT EXECUTE FUNCTION learning_resource_tags_search()`);
  await knex.raw(`
    CREATE TRIGGER learning_resource_tags_search_delete
    AFTER DELETE ON learning_resource_tags
    REFERENCING OLD TABLE AS changed_tags
    FOR EACH STATEMENT EXECUTE FUNCTION learning_resource_tags_search()`);
  await knex.raw(`
    INSERT INTO learning_resource_search (resource_id, document)
    SELECT id, learning_resource_search_document(id) FROM learning_resources`);
  await knex.raw(`
    CREATE INDEX learning_resource_search_idx
    ON learning_resource_search USING GIN (document)`);
}

/** @param {import('knex').Knex} knex */
async function upSqlite(knex) {
  await knex.raw(`
    CREATE VIRTUAL TABLE learning_resource_search USING fts5(
      resource_id UNINDEXED, title, tags, summary, description,
      tokenize = 'porter unicode61 remove_diacritics 2')`);
  await knex.schema.createTable('learning_resource_search_ids', table => {
    table.increments('search_id');
    table.string('resource_id', 64).notNullable().unique();
  });
  const rowOf = ref => `(SELECT search_id FROM learning_resource_search_ids
      WHERE resource_id = ${ref})`;
  const tagsOf = ref => `coalesce((SELECT group_concat(tag, ' ')
      FROM learning_resource_tags WHERE resource_id = ${ref}), '')`;
  await knex.raw(`
    CREATE TRIGGER learning_resources_search_insert
    AFTER INSERT ON learning_resources BEGIN
      INSERT INTO learning_resource_search_ids (resource_id) VALUES (NEW.id);
      INSERT INTO learning_resource_search
        (rowid, resource_id, title, tags, summary, description)
      VALUES (${rowOf('NEW.id')}, NEW.id, NEW.title, ${tagsOf('NEW.id')},
        NEW.summary, coalesce(NEW.description, ''));
    END`);
  await knex.raw(`
    CREATE TRIGGER learning_resources_search_update
    AFTER UPDATE OF title, summary, description ON learning_resources
    WHEN OLD.title IS NOT NEW.title
      OR OLD.summary IS NOT NEW.summary
      OR OLD.description IS NOT NEW.description
    BEGIN
      UPDATE learning_resource_search
         SET title = NEW.title, summary = NEW.summary,
             description = coalesce(NEW.description, '')
       WHERE rowid = ${rowOf('NEW.id')};
    END`);
  await knex.raw(`
    CREATE TRIGGER learning_resources_search_delete
    AFTER DELETE ON learning_resources BEGIN
      DELETE FROM learning_resource_search WHERE rowid = ${rowOf('OLD.id')};
      DELETE FROM learning_resource_search_ids WHERE resource_id = OLD.id;
    END`);
  for (const [event, ref] of [
    ['INSERT', 'NEW.resource_id'],
    ['DELETE', 'OLD.resource_id'],
  ]) {
    await knex.raw(`
      CREATE TRIGGER learning_resource_tags_search_${event.toLowerCase()}
      AFTER ${event} ON learning_resource_tags BEGIN
        UPDATE learning_resource_search SET tags = ${tagsOf(ref)}
         WHERE rowid = ${rowOf(ref)};
      END`);
  }
  await knex.raw(`
    INSERT INTO learning_resource_search_ids (resource_id)
    SELECT id FROM learning_resources`);
  await knex.raw(`
    INSERT INTO learning_resource_search
      (rowid, resource_id, title, tags, summary, description)
    SELECT i.search_id, r.id, r.title, ${tagsOf('r.id')}, r.summary,
           coalesce(r.description, '')
      FROM learning_resources r
      JOIN learning_resource_search_ids i ON i.resource_id = r.id`);
}

/** @param {import('knex').Knex} knex */
exports.up = async function up(knex) {
  if (isPostgres(knex)) {
    await upPostgres(knex);
  } else {
    await upSqlite(knex);
  }
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  if (isPostgres(knex)) {
    await knex.schema.dropTable('learning_resource_search');
    await knex.raw(
      'DROP TRIGGER learning_resource_tags_search_insert ON learning_resource_tags',
    );
    await knex.raw(
      'DROP TRIGGER learning_resource_tags_search_delete ON learning_resource_tags',
    );
    await knex.raw(
      'DROP TRIGGER learning_resources_search_insert ON learning_resources',
    );
    await knex.raw(
      'DROP TRIGGER learning_resources_search_update ON learning_resources',
    );
    await knex.raw('DROP FUNCTION learning_resource_tags_search()');
    await knex.raw('DROP FUNCTION learning_resources_search_row()');
    await knex.raw('DROP FUNCTION learning_resource_search_document(varchar)');
    return;
  }
  for (const trigger of [
    'learning_resources_search_insert',
    'learning_resources_search_update',
    'learning_resources_search_delete',
    'learning_resource_tags_search_insert',
    'learning_resource_tags_search_delete',
  ]) {
    await knex.raw(`DROP TRIGGER ${trigger}`);
  }
  await knex.schema.dropTable('learning_resource_search_ids');
  await knex.raw('DROP TABLE learning_resource_search');
};
