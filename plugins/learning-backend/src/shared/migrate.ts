import {
  DatabaseService,
  resolvePackagePath,
} from '@backstage/backend-plugin-api';
import { Knex } from 'knex';

const migrationsDir = resolvePackagePath(
  '@tech-learning/backstage-plugin-learning-backend',
  'migrations',
);

/**
 * The plugin's database client, migrated to the latest schema unless the
 * installation runs migrations itself (`database.migrations.skip`).
 */
export async function getMigratedClient(
  database: DatabaseService,
): Promise<Knex> {
  const client = await database.getClient();
  if (!database.migrations?.skip) {
    await client.migrate.latest({ directory: migrationsDir });
  }
  return client;
}
