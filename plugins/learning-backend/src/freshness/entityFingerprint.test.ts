import { Entity } from '@backstage/catalog-model';
import { JsonObject } from '@backstage/types';
import { changedAspects, entityFingerprint } from './entityFingerprint';

const api: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'API',
  metadata: { name: 'payments', description: 'Payments' },
  spec: {
    type: 'openapi',
    lifecycle: 'production',
    owner: 'group:default/payments-team',
    system: 'payments',
    definition: 'openapi: 3.0.0\npaths: {}',
  },
  relations: [
    { type: 'ownedBy', targetRef: 'group:default/payments-team' },
    { type: 'dependsOn', targetRef: 'resource:default/db' },
    { type: 'apiProvidedBy', targetRef: 'component:default/payments-api' },
  ],
};

const withSpec = (spec: JsonObject): Entity => ({
  ...api,
  spec: { ...api.spec, ...spec },
});

describe('entityFingerprint', () => {
  const before = entityFingerprint(api);

  it.each([
    ['lifecycle', withSpec({ lifecycle: 'deprecated' })],
    ['owner', withSpec({ owner: 'group:default/other' })],
    ['definition', withSpec({ definition: 'openapi: 3.1.0\npaths: {}' })],
    ['spec', withSpec({ system: 'billing' })],
    ['dependencies', withSpec({ dependsOn: ['resource:default/cache'] })],
    [
      'dependencies',
      {
        ...api,
        relations: [{ type: 'dependsOn', targetRef: 'resource:default/q' }],
      },
    ],
  ])('names a change of %s', (aspect, changed) => {
    expect(changedAspects(before, entityFingerprint(changed))).toEqual([
      aspect,
    ]);
  });

  it('ignores metadata, the order of keys and lists, and relations to users of the entity', () => {
    const same: Entity = {
      metadata: { name: 'payments', description: 'Other words', tags: ['x'] },
      relations: [
        { type: 'dependsOn', targetRef: 'resource:default/db' },
        { type: 'ownedBy', targetRef: 'group:default/payments-team' },
        { type: 'apiConsumedBy', targetRef: 'component:default/web' },
      ],
      kind: 'API',
      apiVersion: 'backstage.io/v1alpha1',
      spec: {
        definition: 'openapi: 3.0.0\npaths: {}',
        system: 'payments',
        owner: 'group:default/payments-team',
        lifecycle: 'production',
        type: 'openapi',
      },
    };
    expect(changedAspects(before, entityFingerprint(same))).toEqual([]);
    const a = entityFingerprint(withSpec({ dependsOn: ['b:x/y', 'a:x/y'] }));
    const b = entityFingerprint(withSpec({ dependsOn: ['a:x/y', 'b:x/y'] }));
    expect(changedAspects(a, b)).toEqual([]);
  });

  it('treats every aspect of an old fingerprint lacking it as changed', () => {
    expect(changedAspects({}, before)).toEqual([
      'lifecycle',
      'owner',
      'definition',
      'dependencies',
      'spec',
    ]);
  });
});
