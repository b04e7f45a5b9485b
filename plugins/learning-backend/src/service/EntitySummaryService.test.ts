import { CacheService } from '@backstage/backend-plugin-api';
import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { LearningResource } from '@tech-learning/backstage-plugin-learning-common';
import { LearnerStore } from '../database/LearnerStore';
import { EntityLinkedResource, LearningStore } from '../database/LearningStore';
import { ResourceAuthorizer } from '../permissions/ResourceAuthorizer';
import { EntityLookup } from './EntityLookup';
import { EntitySummaryService } from './EntitySummaryService';

const resource = (id: string, title: string): LearningResource => ({
  id,
  kind: 'course',
  title,
  summary: 'A course',
  format: 'video',
  level: 'beginner',
  language: 'en',
  tags: [],
  urls: [],
  owner: 'group:default/payments-team',
  smes: ['user:default/bob'],
  docs: [],
  links: [{ entityRef: 'component:default/payments-api', relation: 'teaches' }],
  steps: [],
  freshness: { state: 'fresh' },
  source: { type: 'api' },
  createdAt: '2026-11-01T00:00:00.000Z',
  updatedAt: '2026-11-01T00:00:00.000Z',
});

/** A cache store shared by the "replicas" of a test, as Redis would be. */
function sharedCache(): CacheService {
  const values = new Map<string, unknown>();
  const cache: CacheService = {
    get: async <T>(key: string) => values.get(key) as T | undefined,
    set: async (key: string, value: unknown) => {
      values.set(key, value);
    },
    delete: async (key: string) => {
      values.delete(key);
    },
    withOptions: () => cache,
  } as CacheService;
  return cache;
}

function setup(cache: CacheService = sharedCache()) {
  let linked: EntityLinkedResource[] = [
    {
      entityRef: 'component:default/payments-api',
      relation: 'teaches',
      resource: resource('r1', 'Payments 101'),
    },
  ];
  const gates: Array<() => void> = [];
  let gated = false;
  const getResourcesLinkedTo = jest.fn(async () => {
    const answer = linked;
    if (gated) {
      await new Promise<void>(resolve => gates.push(resolve));
    }
    return answer;
  });
  const store = { getResourcesLinkedTo } as unknown as LearningStore;
  const learners = {
    countLearners: async () => new Map(),
    getRatings: async () => new Map(),
    getEnrolments: async () => new Map(),
  } as unknown as LearnerStore;
  const entities = {
    find: async (entityRef: string) => ({ entityRef }),
  } as unknown as EntityLookup;
  const authorizer = {
    readScope: async () => ({ type: 'all', allows: () => true }),
  } as unknown as ResourceAuthorizer;
  const service = new EntitySummaryService({
    store,
    learners,
    entities,
    authorizer,
    cache,
    logger: mockServices.logger.mock(),
  });
  return {
    service,
    getResourcesLinkedTo,
    setLinked: (next: EntityLinkedResource[]) => {
      linked = next;
    },
    gate: () => {
      gated = true;
    },
    open: () => {
      gated = false;
      gates.splice(0).forEach(resolve => resolve());
    },
  };
}

describe('EntitySummaryService', () => {
  const credentials = mockCredentials.user('user:default/carol');
  const ref = 'component:default/payments-api';
  const titles = async (service: EntitySummaryService) =>
    (await service.getSummary(ref, credentials)).items.map(
      i => i.resource.title,
    );

  it('reads an entity’s material once while it is fresh, and again after a write', async () => {
    const s = setup();
    expect(await titles(s.service)).toEqual(['Payments 101']);
    expect(await titles(s.service)).toEqual(['Payments 101']);
    expect(s.getResourcesLinkedTo).toHaveBeenCalledTimes(1);

    s.setLinked([]);
    await s.service.materialChanged();
    expect(await titles(s.service)).toEqual([]);
    expect(s.getResourcesLinkedTo).toHaveBeenCalledTimes(2);
  });

  it('forgets material when another replica wrote, through the shared cache', async () => {
    const cache = sharedCache();
    const replicaA = setup(cache);
    const replicaB = setup(cache);
    expect(await titles(replicaB.service)).toEqual(['Payments 101']);

    // the same database: both replicas now read the new state
    replicaA.setLinked([]);
    replicaB.setLinked([]);
    await replicaA.service.materialChanged();

    expect(await titles(replicaB.service)).toEqual([]);
    expect(replicaB.getResourcesLinkedTo).toHaveBeenCalledTimes(2);
  });

  it('does not keep material that was read while a write happened', async () => {
    const s = setup();
    s.gate();
    const during = titles(s.service);
    await new Promise(resolve => setImmediate(resolve));
    // the write lands while the read is under way
    s.setLinked([]);
    await s.service.materialChanged();
    s.open();
    expect(await during).toEqual(['Payments 101']);

    expect(await titles(s.service)).toEqual([]);
    expect(s.getResourcesLinkedTo).toHaveBeenCalledTimes(2);
  });
});
