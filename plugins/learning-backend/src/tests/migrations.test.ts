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
});
