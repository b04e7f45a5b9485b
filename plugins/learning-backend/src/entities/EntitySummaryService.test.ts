import { CacheService } from '@backstage/backend-plugin-api';
import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import {
  EntityLearningSummary,
  LearningEmbed,
  LearningEnrolment,
  LearningResource,
} from '@tech-learning/backstage-plugin-learning-common';
import { EmbedAuthorizer, EmbedReadScope, EmbedStore } from '../embeds';
import { LearnerStore } from '../learners';
import {
  EntityLinkedResource,
  ReadScope,
  ResourceAuthorizer,
  ResourceStore,
} from '../resources';
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
  stats: { learners: 0, completions: 0, rating: { count: 0 } },
  source: { type: 'api' },
  createdAt: '2026-11-01T00:00:00.000Z',
  updatedAt: '2026-11-01T00:00:00.000Z',
});

const embed = (
  id: string,
  title: string,
  entityRef: string,
): LearningEmbed => ({
  id,
  title,
  summary: 'Two weeks with the team',
  host: 'group:default/payments-team',
  links: [{ entityRef, relation: 'teaches' }],
  skillsWanted: [],
  skillsTaught: ['kotlin'],
  durationWeeks: 2,
  seats: 2,
  seatsTaken: 0,
  remote: true,
  status: 'open',
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

/** How often the material of `entityRef` was read from the store. */
const readsOf = (getResourcesLinkedTo: jest.Mock, entityRef: string) =>
  getResourcesLinkedTo.mock.calls.filter(([refs]) => refs.includes(entityRef))
    .length;

const allowAll: ReadScope = { type: 'all', allows: () => true };

function setup(
  cache: CacheService = sharedCache(),
  options: {
    scopeOf?: (userRef: string) => ReadScope;
    embedScopeOf?: (userRef: string) => EmbedReadScope;
    viewerTtlMs?: number;
  } = {},
) {
  let linked: EntityLinkedResource[] = [
    {
      entityRef: 'component:default/payments-api',
      relation: 'teaches',
      resource: resource('r1', 'Payments 101'),
    },
  ];
  const gates: Array<() => void> = [];
  let gated = false;
  const getResourcesLinkedTo = jest.fn(async (entityRefs: string[]) => {
    const answer = linked.filter(l => entityRefs.includes(l.entityRef));
    if (gated) {
      await new Promise<void>(resolve => gates.push(resolve));
    }
    return answer;
  });
  const store = { getResourcesLinkedTo } as unknown as ResourceStore;
  let enrolments: LearningEnrolment[] = [];
  const getUserEnrolments = jest.fn(
    async (userRef: string) =>
      new Map(
        enrolments
          .filter(e => e.userRef === userRef)
          .map(e => [e.resourceId, e]),
      ),
  );
  const learners = {
    countLearners: async () =>
      new Map([['r1', { learners: 3, completions: 1 }]]),
    getRatings: async () => new Map([['r1', { count: 2, average: 4.5 }]]),
    getUserEnrolments,
  } as unknown as LearnerStore;
  const entities = {
    find: async (entityRef: string) =>
      ['component:default/payments-api', 'component:default/ledger'].includes(
        entityRef,
      )
        ? { entityRef, systemRef: 'system:default/payments' }
        : undefined,
  } as unknown as EntityLookup;
  const readScope = jest.fn(
    async (credentials: { principal: { userEntityRef: string } }) =>
      options.scopeOf?.(credentials.principal.userEntityRef) ?? allowAll,
  );
  const authorizer = { readScope } as unknown as ResourceAuthorizer;
  let openEmbeds: LearningEmbed[] = [];
  const getOpenEmbedsLinkedTo = jest.fn(async (entityRef: string) =>
    openEmbeds.filter(e => e.links.some(l => l.entityRef === entityRef)),
  );
  const embeds = { getOpenEmbedsLinkedTo } as unknown as EmbedStore;
  const embedAuthorizer = {
    readScope: async (credentials: { principal: { userEntityRef: string } }) =>
      options.embedScopeOf?.(credentials.principal.userEntityRef) ?? allowAll,
  } as unknown as EmbedAuthorizer;
  const service = new EntitySummaryService({
    store,
    learners,
    embeds,
    entities,
    authorizer,
    embedAuthorizer,
    cache,
    logger: mockServices.logger.mock(),
    viewerTtlMs: options.viewerTtlMs,
  });
  return {
    service,
    getResourcesLinkedTo,
    getOpenEmbedsLinkedTo,
    getUserEnrolments,
    readScope,
    setLinked: (next: EntityLinkedResource[]) => {
      linked = next;
    },
    setEmbeds: (next: LearningEmbed[]) => {
      openEmbeds = next;
    },
    setEnrolments: (next: LearningEnrolment[]) => {
      enrolments = next;
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
  const summaryOf = async (
    service: EntitySummaryService,
    viewer = 'user:default/carol',
  ): Promise<EntityLearningSummary> =>
    JSON.parse(
      await service.renderSummary(ref, mockCredentials.user(viewer), viewer),
    );
  const titles = async (service: EntitySummaryService) =>
    (await summaryOf(service)).items.map(i => i.resource.title);

  it('renders the summary as JSON of the API’s shape', async () => {
    const s = setup();
    const r1 = resource('r1', 'Payments 101');
    const r2 = {
      ...resource('r2', 'Ledger basics'),
      smes: ['user:default/dan', 'user:default/bob'],
      docs: [{ entityRef: 'component:default/ledger', path: 'intro/' }],
      description: 'Long **markdown**',
    };
    s.setLinked([
      { entityRef: ref, relation: 'teaches', resource: r1 },
      // linked to the system as well: shows once, as linked to the entity
      { entityRef: 'system:default/payments', relation: 'uses', resource: r1 },
      { entityRef: 'system:default/payments', relation: 'uses', resource: r2 },
    ]);
    const mine: LearningEnrolment = {
      resourceId: 'r1',
      userRef: 'user:default/carol',
      state: 'in-progress',
      progress: 40,
      enrolledAt: '2026-11-02T00:00:00.000Z',
      startedAt: '2026-11-03T00:00:00.000Z',
      updatedAt: '2026-11-03T00:00:00.000Z',
    };
    s.setEnrolments([mine]);

    const { description: _d, links: _l, ...summary1 } = r1;
    const { description: _d2, links: _l2, ...summary2 } = r2;
    expect(await summaryOf(s.service)).toEqual({
      entityRef: ref,
      systemRef: 'system:default/payments',
      items: [
        {
          resource: summary1,
          relation: 'teaches',
          via: 'entity',
          learners: 3,
          completions: 1,
          rating: { count: 2, average: 4.5 },
          myEnrolment: mine,
        },
        {
          resource: summary2,
          relation: 'uses',
          via: 'system',
          learners: 0,
          completions: 0,
          rating: { count: 0 },
        },
      ],
      smes: ['user:default/bob', 'user:default/dan'],
      docs: [{ entityRef: 'component:default/ledger', path: 'intro/' }],
      embeds: [],
    });
    // another viewer shares the material, not the enrolment
    const dan = await summaryOf(s.service, 'user:default/dan');
    expect(dan.items.map(i => i.myEnrolment)).toEqual([undefined, undefined]);
    expect(readsOf(s.getResourcesLinkedTo, ref)).toBe(1);
    expect(readsOf(s.getResourcesLinkedTo, 'system:default/payments')).toBe(1);
  });

  it('reads a system’s material once for all its entities, and keeps no empty material', async () => {
    const s = setup();
    const system = 'system:default/payments';
    s.setLinked([
      {
        entityRef: system,
        relation: 'uses',
        resource: resource('r2', 'Ledger basics'),
      },
    ]);
    const ledger = 'component:default/ledger';
    for (let i = 0; i < 2; i++) {
      for (const entityRef of [ref, ledger]) {
        const summary = JSON.parse(
          await s.service.renderSummary(entityRef, credentials),
        );
        expect(summary.items.map((item: any) => item.via)).toEqual(['system']);
      }
    }
    expect(readsOf(s.getResourcesLinkedTo, system)).toBe(1);
    // neither component has material of its own: asked at every view
    expect(readsOf(s.getResourcesLinkedTo, ref)).toBe(2);
    expect(readsOf(s.getResourcesLinkedTo, ledger)).toBe(2);
  });

  it('answers NotFoundError for an entity the catalog does not show', async () => {
    const s = setup();
    await expect(
      s.service.renderSummary('component:default/ghost', credentials),
    ).rejects.toThrow('No entity component:default/ghost in the catalog');
  });

  it('applies each caller’s read decision, asked once while it is fresh', async () => {
    const ownedByPayments: ReadScope = {
      type: 'conditional',
      criteria: { rule: 'HAS_OWNER', params: {} } as any,
      allows: r => r.owner === 'group:default/payments-team',
    };
    const none: ReadScope = { type: 'none', allows: () => false };
    const s = setup(undefined, {
      scopeOf: user =>
        ({
          'user:default/carol': ownedByPayments,
          'user:default/eve': none,
        }[user] ?? allowAll),
    });
    s.setLinked([
      { entityRef: ref, relation: 'teaches', resource: resource('r1', 'A') },
      {
        entityRef: ref,
        relation: 'teaches',
        resource: {
          ...resource('r2', 'B'),
          owner: 'group:default/other',
          smes: ['user:default/zed'],
        },
      },
    ]);
    const carol = await summaryOf(s.service, 'user:default/carol');
    expect(carol.items.map(i => i.resource.id)).toEqual(['r1']);
    expect(carol.smes).toEqual(['user:default/bob']);
    const dan = await summaryOf(s.service, 'user:default/dan');
    expect(dan.items.map(i => i.resource.id)).toEqual(['r1', 'r2']);
    expect(dan.smes).toEqual(['user:default/bob', 'user:default/zed']);
    const eve = await summaryOf(s.service, 'user:default/eve');
    expect(eve).toEqual({
      entityRef: ref,
      systemRef: 'system:default/payments',
      items: [],
      smes: [],
      docs: [],
      embeds: [],
    });

    await summaryOf(s.service, 'user:default/carol');
    await s.service.materialChanged();
    await summaryOf(s.service, 'user:default/carol');
    // once per caller: a write changes material, not decisions
    expect(s.readScope).toHaveBeenCalledTimes(3);
  });

  it('lists the open embeds of the entity, then its system’s, each once, as the caller may read them', async () => {
    const onlyHosted: EmbedReadScope = {
      type: 'conditional',
      criteria: { rule: 'IS_HOST', params: {} } as any,
      allows: e => e.host === 'group:default/payments-team',
    };
    const s = setup(undefined, {
      embedScopeOf: user =>
        user === 'user:default/carol'
          ? onlyHosted
          : { type: 'all', allows: () => true },
    });
    s.setLinked([]);
    const system = 'system:default/payments';
    const both = embed('e3', 'Both', ref);
    both.links.push({ entityRef: system, relation: 'uses' });
    s.setEmbeds([
      { ...embed('e1', 'Zebra team', ref), host: 'group:default/other' },
      embed('e2', 'Alpha stint', system),
      both,
    ]);
    // no resources, yet an entity with embeds has something to show
    const dan = await summaryOf(s.service, 'user:default/dan');
    expect(dan.items).toEqual([]);
    expect(dan.embeds.map(e => [e.embed.id, e.via])).toEqual([
      ['e3', 'entity'],
      ['e1', 'entity'],
      ['e2', 'system'],
    ]);
    const carol = await summaryOf(s.service, 'user:default/carol');
    expect(carol.embeds.map(e => e.embed.id)).toEqual(['e3', 'e2']);
    // the embeds were kept with the material: read once per entity
    expect(s.getOpenEmbedsLinkedTo).toHaveBeenCalledTimes(2);
  });

  it('asks for the read decision at every view when the viewer cache is off', async () => {
    const s = setup(undefined, { viewerTtlMs: 0 });
    await summaryOf(s.service);
    await summaryOf(s.service);
    expect(s.readScope).toHaveBeenCalledTimes(2);
  });

  it('keeps a viewer’s enrolments until a write', async () => {
    const s = setup();
    expect((await summaryOf(s.service)).items[0].myEnrolment).toBeUndefined();
    const enrolment: LearningEnrolment = {
      resourceId: 'r1',
      userRef: 'user:default/carol',
      state: 'enrolled',
      progress: 0,
      enrolledAt: '2026-11-02T00:00:00.000Z',
      updatedAt: '2026-11-02T00:00:00.000Z',
    };
    s.setEnrolments([enrolment]);
    expect((await summaryOf(s.service)).items[0].myEnrolment).toBeUndefined();
    expect(s.getUserEnrolments).toHaveBeenCalledTimes(1);

    await s.service.materialChanged();
    expect((await summaryOf(s.service)).items[0].myEnrolment).toEqual(
      enrolment,
    );
    expect(s.getUserEnrolments).toHaveBeenCalledTimes(2);
  });

  it('reads the material once for concurrent views of a cold entity', async () => {
    const s = setup();
    s.gate();
    const views = [titles(s.service), titles(s.service), titles(s.service)];
    await new Promise(resolve => setImmediate(resolve));
    s.open();
    expect(await Promise.all(views)).toEqual([
      ['Payments 101'],
      ['Payments 101'],
      ['Payments 101'],
    ]);
    expect(readsOf(s.getResourcesLinkedTo, ref)).toBe(1);
  });

  it('reads an entity’s material once while it is fresh, and again after a write', async () => {
    const s = setup();
    expect(await titles(s.service)).toEqual(['Payments 101']);
    expect(await titles(s.service)).toEqual(['Payments 101']);
    expect(readsOf(s.getResourcesLinkedTo, ref)).toBe(1);

    s.setLinked([]);
    await s.service.materialChanged();
    expect(await titles(s.service)).toEqual([]);
    expect(readsOf(s.getResourcesLinkedTo, ref)).toBe(2);
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
    expect(readsOf(replicaB.getResourcesLinkedTo, ref)).toBe(2);
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
    expect(readsOf(s.getResourcesLinkedTo, ref)).toBe(2);
  });
});
