import { schedulerServiceFactory } from '@backstage/backend-defaults/scheduler';
import { createBackendModule } from '@backstage/backend-plugin-api';
import { TestDatabases } from '@backstage/backend-test-utils';
import searchBackend from '@backstage/plugin-search-backend';
import {
  AuthorizeResult,
  isPermission,
} from '@backstage/plugin-permission-common';
import {
  LEARNING_EMBED_SEARCH_TYPE,
  LEARNING_RESOURCE_SEARCH_TYPE,
  learningEmbedReadPermission,
  learningResourceReadPermission,
} from '@tech-learning/backstage-plugin-learning-common';
import { learningProvidersExtensionPoint } from '@tech-learning/backstage-plugin-learning-node';
import searchModuleLearning from '@tech-learning/backstage-plugin-search-backend-module-learning';
import request from 'supertest';
import {
  createLearningEmbedConditionalDecision,
  learningEmbedConditions,
} from '../embeds';
import {
  createLearningResourceConditionalDecision,
  learningResourceConditions,
} from '../resources';
import { providedCourse } from '../__testUtils__/providedCourse';
import { as, people, startLearningBackend } from '../__testUtils__/testBackend';

jest.setTimeout(120_000);

/** Material of two teams: payments-team's and identity-team's. */
const material = createBackendModule({
  pluginId: 'learning',
  moduleId: 'search-test-material',
  register(reg) {
    reg.registerInit({
      deps: { providers: learningProvidersExtensionPoint },
      async init({ providers }) {
        providers.addProvider({
          getProviderName: () => 'search-test',
          async connect(connection) {
            await connection.applyMutation({
              type: 'full',
              resources: [
                providedCourse('ledger', {
                  title: 'Double-entry bookkeeping for engineers',
                  summary: 'How the ledger keeps its entries balanced.',
                  tags: ['ledger'],
                }),
                providedCourse('tokens', {
                  title: 'Ledger tokens at the auth gateway',
                  summary: 'Signing the ledger service tokens.',
                  owner: 'group:default/identity-team',
                  links: [
                    {
                      entityRef: 'component:default/auth-gateway',
                      relation: 'teaches',
                    },
                  ],
                }),
              ],
              embeds: [
                {
                  key: 'payments-embed',
                  title: 'Two weeks on the ledger',
                  summary: 'Work beside the payments team on the ledger',
                  host: 'group:default/payments-team',
                  durationWeeks: 2,
                  seats: 1,
                },
                {
                  key: 'identity-embed',
                  title: 'A ledger of sessions',
                  summary: 'Work beside the identity team on the ledger',
                  host: 'group:default/identity-team',
                  durationWeeks: 2,
                  seats: 1,
                },
              ],
            });
          },
        });
      },
    });
  },
});

describe('learning material in Backstage search', () => {
  const databases = TestDatabases.create({ ids: ['SQLITE_3'] });

  it('finds what a user may read, and nothing the policy denies them', async () => {
    const knex = await databases.init('SQLITE_3');
    const { server } = await startLearningBackend({
      knex,
      // the real scheduler, so that the collators run on their schedule
      extraFeatures: [
        schedulerServiceFactory,
        searchBackend,
        searchModuleLearning,
        material,
      ],
      config: {
        search: {
          collators: {
            learning: {
              schedule: {
                frequency: { seconds: 2 },
                timeout: { minutes: 1 },
                initialDelay: { seconds: 1 },
              },
            },
          },
        },
      },
      // the unrelated user reads only payments-team's material, by a
      // condition that search can only check per document
      async policy(req, user) {
        if (user?.info.userEntityRef !== people.unrelated.ref) {
          return undefined;
        }
        if (isPermission(req.permission, learningResourceReadPermission)) {
          return createLearningResourceConditionalDecision(
            req.permission,
            learningResourceConditions.isOwner({
              claims: ['group:default/payments-team'],
            }),
          );
        }
        if (isPermission(req.permission, learningEmbedReadPermission)) {
          return createLearningEmbedConditionalDecision(
            req.permission,
            learningEmbedConditions.isHost({
              claims: ['group:default/payments-team'],
            }),
          );
        }
        return { result: AuthorizeResult.ALLOW };
      },
    });

    const search = async (userRef: string) => {
      const response = await request(server)
        .get('/api/search/query')
        .query({
          term: 'ledger',
          types: [LEARNING_RESOURCE_SEARCH_TYPE, LEARNING_EMBED_SEARCH_TYPE],
        })
        .set(as.user(userRef));
      if (response.status !== 200) {
        throw new Error(
          `search answered ${response.status}: ${JSON.stringify(
            response.body,
          )}`,
        );
      }
      return (response.body.results as Array<{ type: string; document: any }>)
        .map(r => `${r.type}: ${r.document.title}`)
        .sort();
    };

    // the collators run on their schedule; wait until both indexed
    const everything = [
      'learning-embed: A ledger of sessions',
      'learning-embed: Two weeks on the ledger',
      'learning-resource: Double-entry bookkeeping for engineers',
      'learning-resource: Ledger tokens at the auth gateway',
    ];
    // (until a type's first run, the engine answers that its index is missing)
    const deadline = Date.now() + 60_000;
    let found: string[] | Error = [];
    do {
      await new Promise(resolve => setTimeout(resolve, 500));
      found = await search(people.owner.ref).catch(e => e);
    } while (
      (found instanceof Error || found.length < everything.length) &&
      Date.now() < deadline
    );
    expect(found).toEqual(everything);

    // the same search, by a user the policy denies identity-team's material
    expect(await search(people.unrelated.ref)).toEqual([
      'learning-embed: Two weeks on the ledger',
      'learning-resource: Double-entry bookkeeping for engineers',
    ]);

    // documents carry what a result shows
    const response = await request(server)
      .get('/api/search/query')
      .query({ term: 'bookkeeping', types: [LEARNING_RESOURCE_SEARCH_TYPE] })
      .set(as.user(people.owner.ref));
    expect(response.body.results[0].document).toMatchObject({
      title: 'Double-entry bookkeeping for engineers',
      location: expect.stringMatching(/^\/learning\/resources\/[\w-]+$/),
      kind: 'course',
      format: 'video',
      level: 'beginner',
      owner: 'group:default/payments-team',
      teaches: ['component:default/payments-api'],
      teachesTitles: ['payments-api'],
      freshness: expect.any(String),
      learnerCount: 0,
    });
  });
});
