import { createServiceFactory } from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { notificationService } from '@backstage/plugin-notifications-node';
import learningPlugin from '@tech-learning/backstage-plugin-learning-backend';
import request from 'supertest';
import { Lrs, LRS_KEY, LRS_SECRET, startLrs } from './__testUtils__/startLrs';
import { KAFKA, LEDGER, statement, user } from './__testUtils__/statements';
import { XAPI_PROGRESS_EXTENSION, XAPI_VERBS } from './mapStatement';
import { learningModuleXapi } from './module';

jest.setTimeout(90_000);

/*
 * End to end: a real learning record store, the real learning backend
 * (SQLite) and the module between them. Completions and progress in the
 * store become enrolments on the resources whose URLs the activities are;
 * a second read changes nothing; a voided completion is undone.
 */

describe('learningModuleXapi', () => {
  let lrs: Lrs;
  beforeAll(async () => {
    lrs = await startLrs();
  });
  afterAll(() => lrs?.stop());

  it('turns a store’s completions into enrolments, once, and undoes voided ones', async () => {
    // the tasks as scheduled: the test runs the module's when it says so
    const tasks = new Map<string, (signal: AbortSignal) => Promise<void>>();
    const scheduler = mockServices.scheduler.mock({
      async scheduleTask(task) {
        tasks.set(task.id, task.fn as any);
      },
    });
    const { server } = await startTestBackend({
      features: [
        scheduler.factory,
        learningPlugin,
        learningModuleXapi,
        catalogServiceMock.factory({
          entities: [
            user('alice-chen', 'alice.chen@northwind.example'),
            user('dev-patel', 'dev.patel@northwind.example'),
            user('erin-walsh'),
          ],
        }),
        createServiceFactory({
          service: notificationService,
          deps: {},
          factory: () => ({ send: async () => {} }),
        }),
        mockServices.rootConfig.factory({
          data: {
            learning: {
              xapi: [
                {
                  id: 'academy',
                  endpoint: lrs.endpoint,
                  credentials: { key: LRS_KEY, secret: LRS_SECRET },
                  accountHomePage: 'https://academy.northwind.example',
                  pageSize: 2,
                },
              ],
            },
          },
        }),
      ],
    });
    const as = (name: string) =>
      mockCredentials.user.header(`user:default/${name}`);
    const create = async (title: string, url: string) => {
      const res = await request(server)
        .post('/api/learning/resources')
        .set('Authorization', as('alice-chen'))
        .send({
          kind: 'course',
          title,
          summary: `${title} at the academy`,
          format: 'self-paced',
          level: 'beginner',
          owner: 'user:default/alice-chen',
          urls: [{ url }],
        });
      expect(res.status).toBe(201);
      return res.body.id as string;
    };
    const ledger = await create('Ledger internals', `${LEDGER}/`);
    const kafka = await create('Kafka for payments', KAFKA);

    const alice = { mbox: 'mailto:alice.chen@northwind.example' };
    const aliceCompleted = statement(alice, XAPI_VERBS.completed, LEDGER);
    await lrs.post([
      aliceCompleted,
      statement(
        { mbox: 'mailto:dev.patel@northwind.example' },
        XAPI_VERBS.progressed,
        KAFKA,
        { result: { extensions: { [XAPI_PROGRESS_EXTENSION]: 40 } } },
      ),
      statement(
        {
          account: {
            homePage: 'https://academy.northwind.example',
            name: 'erin-walsh',
          },
        },
        'https://w3id.org/xapi/adl/verbs/satisfied',
        KAFKA,
      ),
      // not mapped, and not fatal: an unknown learner, an unknown course
      statement(
        { mbox: 'mailto:visitor@elsewhere.example' },
        XAPI_VERBS.completed,
        LEDGER,
      ),
      statement(alice, XAPI_VERBS.completed, {
        id: 'https://academy.northwind.example/courses/retired',
      }),
    ]);

    const learningOf = async (name: string) => {
      const res = await request(server)
        .get('/api/learning/me/learning')
        .set('Authorization', as(name));
      expect(res.status).toBe(200);
      return Object.fromEntries(
        (
          res.body.items as Array<{
            resource: { id: string };
            enrolment: { state: string; progress: number };
          }>
        ).map(i => [i.resource.id, [i.enrolment.state, i.enrolment.progress]]),
      );
    };
    /** Reads the store, as the scheduled task does. */
    const read = async () => {
      const task = tasks.get('learning-xapi-academy');
      expect(task).toBeDefined();
      await task!(new AbortController().signal);
    };

    await read();
    expect(await learningOf('alice-chen')).toEqual({
      [ledger]: ['completed', 100],
    });
    expect(await learningOf('dev-patel')).toEqual({
      [kafka]: ['in-progress', 40],
    });
    expect(await learningOf('erin-walsh')).toEqual({
      [kafka]: ['completed', 100],
    });
    // read again, and nothing changes
    await read();
    expect(await learningOf('alice-chen')).toEqual({
      [ledger]: ['completed', 100],
    });
    expect(await learningOf('dev-patel')).toEqual({
      [kafka]: ['in-progress', 40],
    });

    // the store voids alice's completion: it is undone
    await lrs.post([
      statement(alice, XAPI_VERBS.voided, {
        objectType: 'StatementRef',
        id: aliceCompleted.id,
      }),
    ]);
    await read();
    expect(await learningOf('alice-chen')).toEqual({});
  });
});
