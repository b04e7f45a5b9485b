import { computeCoverage, lifecycleWeight, toCoverageEntity } from './coverage';

describe('coverage', () => {
  it('weighs production three times and deprecated not at all', () => {
    expect(lifecycleWeight('Production')).toBe(3);
    expect(lifecycleWeight('experimental')).toBe(1);
    expect(lifecycleWeight(undefined)).toBe(1);
    expect(lifecycleWeight('deprecated')).toBe(0);
  });

  it('counts each dependent once, from the catalog’s relations', () => {
    expect(
      toCoverageEntity({
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'API',
        metadata: { name: 'Ledger', namespace: 'default' },
        spec: { lifecycle: 'Production', type: 'openapi' },
        relations: [
          { type: 'ownedBy', targetRef: 'group:default/payments' },
          { type: 'partOf', targetRef: 'domain:default/money' },
          { type: 'partOf', targetRef: 'system:default/payments' },
          { type: 'apiConsumedBy', targetRef: 'component:default/a' },
          { type: 'dependencyOf', targetRef: 'component:default/a' },
          { type: 'apiConsumedBy', targetRef: 'component:default/b' },
          { type: 'apiProvidedBy', targetRef: 'component:default/c' },
        ],
      }),
    ).toEqual({
      entityRef: 'api:default/ledger',
      kind: 'api',
      type: 'openapi',
      ownerRef: 'group:default/payments',
      systemRef: 'system:default/payments',
      lifecycle: 'production',
      dependents: 2,
    });
  });

  it('leaves weighted coverage out where every weight is 0', () => {
    const coverage = computeCoverage({
      entities: [
        {
          entityRef: 'component:default/old',
          kind: 'component',
          lifecycle: 'deprecated',
          dependents: 0,
        },
      ],
      taught: new Set(),
      views: new Map(),
      filter: {},
      page: { limit: 10 },
      catalogReadAt: '2026-12-07T00:00:00.000Z',
    });
    expect(coverage.total).toEqual({
      key: '',
      entities: 1,
      covered: 0,
      production: 0,
      productionCovered: 0,
    });
    expect(coverage.debt.items).toHaveLength(1);
  });
});
