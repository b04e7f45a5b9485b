import { TestDatabases } from '@backstage/backend-test-utils';
import fs from 'node:fs';
import path from 'node:path';

const migrationsDir = path.resolve(__dirname, '../../migrations');
const migrationFiles = fs
  .readdirSync(migrationsDir)
  .filter(f => f.endsWith('.js'))
  .sort();

jest.setTimeout(60_000);

describe('migrations', () => {
  const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

  it.each(databases.eachSupportedId())(
    'runs every migration up and down on %p',
    async databaseId => {
      const knex = await databases.init(databaseId);

      for (let i = 0; i < migrationFiles.length; i++) {
        await knex.migrate.up({ directory: migrationsDir });
      }
      expect(await knex.schema.hasTable('learning_resources')).toBe(true);
      expect(await knex.schema.hasTable('learning_resource_links')).toBe(true);

      for (let i = 0; i < migrationFiles.length; i++) {
        await knex.migrate.down({ directory: migrationsDir });
      }
      expect(await knex.schema.hasTable('learning_resources')).toBe(false);
      expect(await knex.schema.hasTable('learning_resource_links')).toBe(false);

      await knex.migrate.latest({ directory: migrationsDir });
      expect(await knex.schema.hasTable('learning_path_steps')).toBe(true);
      await knex.destroy();
    },
  );

  it.each(databases.eachSupportedId())(
    'indexes the resources that exist when full-text search arrives, on %p',
    async databaseId => {
      const knex = await databases.init(databaseId);
      const searchMigration = migrationFiles.indexOf(
        '20261207000000_resource_search.js',
      );
      expect(searchMigration).toBeGreaterThan(0);
      for (let i = 0; i < searchMigration; i++) {
        await knex.migrate.up({ directory: migrationsDir });
      }
      const now = new Date().toISOString();
      await knex('learning_resources').insert({
        id: 'r1',
        kind: 'course',
        title: 'Kafka bootcamp',
        summary: 'Topics and partitions',
        format: 'bootcamp',
        level: 'beginner',
        language: 'en',
        urls: '[]',
        owner_ref: 'group:default/data-team',
        source_type: 'api',
        created_at: now,
        updated_at: now,
      });
      await knex('learning_resource_tags').insert({
        resource_id: 'r1',
        tag: 'streaming',
      });
      await knex.migrate.latest({ directory: migrationsDir });

      const found = async (word: string) =>
        knex.client.config.client === 'pg'
          ? (
              await knex('learning_resource_search')
                .whereRaw(`document @@ to_tsquery('english', ?)`, [word])
                .select('resource_id')
            ).map(r => r.resource_id)
          : (
              await knex('learning_resource_search')
                .whereRaw('learning_resource_search MATCH ?', [word])
                .select('resource_id')
            ).map(r => r.resource_id);
      expect(await found('partition')).toEqual(['r1']);
      expect(await found('streaming')).toEqual(['r1']);
      expect(await found('ledger')).toEqual([]);
      await knex.destroy();
    },
  );
});
