import { mockCredentials } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { EntityLookup } from './EntityLookup';

const component = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'payments-api', namespace: 'default' },
  spec: { type: 'service', owner: 'payments-team', system: 'payments' },
  relations: [
    { type: 'ownedBy', targetRef: 'group:default/payments-team' },
    { type: 'partOf', targetRef: 'system:default/Payments' },
  ],
};
const system = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'System',
  metadata: { name: 'payments', namespace: 'default' },
  spec: { owner: 'payments-team' },
  relations: [{ type: 'partOf', targetRef: 'domain:default/money' }],
};

function lookupWith(ttlMs?: number) {
  const catalog = catalogServiceMock({ entities: [component, system] });
  const calls = jest.spyOn(catalog, 'getEntitiesByRefs');
  return { lookup: new EntityLookup(catalog, { ttlMs }), calls };
}

describe('EntityLookup', () => {
  const alice = mockCredentials.user('user:default/alice');
  const bob = mockCredentials.user('user:default/bob');

  it('places an entity in its system, and a system in none', async () => {
    const { lookup } = lookupWith();
    await expect(
      lookup.find('component:default/payments-api', alice),
    ).resolves.toEqual({
      entityRef: 'component:default/payments-api',
      systemRef: 'system:default/payments',
    });
    await expect(
      lookup.find('system:default/payments', alice),
    ).resolves.toEqual({ entityRef: 'system:default/payments' });
  });

  it('asks the catalog once per caller and entity while the answer is fresh', async () => {
    const { lookup, calls } = lookupWith();
    await lookup.find('component:default/payments-api', alice);
    await lookup.find('component:default/payments-api', alice);
    expect(calls).toHaveBeenCalledTimes(1);
    expect(calls.mock.calls[0][1]).toEqual({ credentials: alice });

    // what another caller may see is asked with that caller's credentials
    await lookup.find('component:default/payments-api', bob);
    expect(calls).toHaveBeenCalledTimes(2);
    expect(calls.mock.calls[1][1]).toEqual({ credentials: bob });
  });

  it('asks again once the answer is older than its lifetime', async () => {
    const { lookup, calls } = lookupWith(20);
    await lookup.find('component:default/payments-api', alice);
    await new Promise(resolve => setTimeout(resolve, 40));
    await lookup.find('component:default/payments-api', alice);
    expect(calls).toHaveBeenCalledTimes(2);
  });

  it('does not remember entities that were not found', async () => {
    const { lookup, calls } = lookupWith();
    await expect(
      lookup.find('component:default/not-yet', alice),
    ).resolves.toBeUndefined();
    await expect(
      lookup.find('component:default/not-yet', alice),
    ).resolves.toBeUndefined();
    expect(calls).toHaveBeenCalledTimes(2);
  });

  it('asks for one caller’s concurrent misses in one request, and for each caller apart', async () => {
    const { lookup, calls } = lookupWith();
    const answers = await Promise.all([
      lookup.find('component:default/payments-api', alice),
      lookup.find('system:default/payments', alice),
      lookup.find('component:default/not-yet', alice),
      lookup.find('component:default/payments-api', bob),
    ]);
    expect(answers).toEqual([
      {
        entityRef: 'component:default/payments-api',
        systemRef: 'system:default/payments',
      },
      { entityRef: 'system:default/payments' },
      undefined,
      {
        entityRef: 'component:default/payments-api',
        systemRef: 'system:default/payments',
      },
    ]);
    expect(calls).toHaveBeenCalledTimes(2);
    expect(calls.mock.calls[0][0].entityRefs).toEqual([
      'component:default/payments-api',
      'system:default/payments',
      'component:default/not-yet',
    ]);
    expect(calls.mock.calls[0][1]).toEqual({ credentials: alice });
    expect(calls.mock.calls[1][0].entityRefs).toEqual([
      'component:default/payments-api',
    ]);
    expect(calls.mock.calls[1][1]).toEqual({ credentials: bob });
  });

  it('sends a batch once it is full, and fails every lookup of a batch the catalog refused', async () => {
    const { lookup, calls } = lookupWith();
    const many = Array.from(
      { length: 150 },
      (_, i) => `component:default/c${i}`,
    );
    await Promise.all(many.map(ref => lookup.find(ref, alice)));
    expect(
      calls.mock.calls.map(([request]) => request.entityRefs.length),
    ).toEqual([100, 50]);

    calls.mockRejectedValueOnce(new Error('catalog unavailable'));
    const failed = await Promise.allSettled([
      lookup.find('component:default/payments-api', alice),
      lookup.find('system:default/payments', alice),
    ]);
    expect(failed.map(f => f.status)).toEqual(['rejected', 'rejected']);
    // nothing of the failure is kept
    await expect(
      lookup.find('system:default/payments', alice),
    ).resolves.toEqual({ entityRef: 'system:default/payments' });
  });
});
