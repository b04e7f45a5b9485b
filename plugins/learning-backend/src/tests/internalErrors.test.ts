import { TestDatabases } from '@backstage/backend-test-utils';
import { Knex } from 'knex';
import request from 'supertest';
import {
  as,
  courseBody,
  people,
  startLearningBackend,
} from '../__testUtils__/testBackend';

jest.setTimeout(120_000);

/*
 * In production no answer tells what is inside: neither a stack trace nor
 * the SQL of a failed query, on either engine, while errors meant for
 * users keep their message and fields.
 */
describe.each(TestDatabases.create().eachSupportedId())(
  'errors in production on %p',
  databaseId => {
    const databases = TestDatabases.create();
    const env = process.env.NODE_ENV;
    let knex: Knex;
    let server: Awaited<ReturnType<typeof startLearningBackend>>['server'];
    let stop: () => Promise<void>;

    beforeAll(async () => {
      process.env.NODE_ENV = 'production';
      knex = await databases.init(databaseId);
      const backend = await startLearningBackend({ knex });
      server = backend.server;
      stop = () => backend.stop();
    });

    afterAll(async () => {
      await stop();
      process.env.NODE_ENV = env;
    });

    it('answers a failed query as a bare 500, and refusals as they were', async () => {
      const alice = as.user(people.owner.ref);
      const created = await request(server)
        .post('/api/learning/resources')
        .set(alice)
        .send({ ...courseBody, format: 'video' });
      expect(created.status).toBe(201);
      const id = created.body.id;

      // a refusal meant for the user keeps its words and fields
      const refused = await request(server)
        .post('/api/learning/resources')
        .set(alice)
        .send({ ...courseBody, title: '' });
      expect(refused.status).toBe(400);
      expect(refused.body.error.fields[0].field).toBe('title');
      expect(refused.body.error.stack).toBeUndefined();

      // the database fails under the plugin: its table is gone
      await knex.schema.dropTable('learning_posters');
      const failed = await request(server)
        .post(`/api/learning/resources/${id}/discussion`)
        .set(alice)
        .send({ kind: 'question', body: 'Why?' });
      expect(failed.status).toBe(500);
      expect(failed.body.error.message).toMatch(
        /^An internal error occurred; the server's log has it as logId=[0-9a-f]{20}$/,
      );
      const text = JSON.stringify(failed.body);
      expect(text).not.toMatch(
        /learning_posters|insert into|select |sqlite|relation/i,
      );
      expect(failed.body.error.stack).toBeUndefined();
      // and nothing half-written: the post did not go in
      expect(await knex('learning_posts').where({ resource_id: id })).toEqual(
        [],
      );
    });
  },
);
