import { mockCredentials } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { component, group, user } from '../__testUtils__/testBackend';
import { LearnerProfiles } from './LearnerProfiles';
import { scoreSuggestions } from './scoreSuggestions';

const withRelations = (entity: Entity, relations: Entity['relations']) => ({
  ...entity,
  relations: [...(entity.relations ?? []), ...(relations ?? [])],
});

const entities: Entity[] = [
  user('dana', ['ledger-team']),
  group('ledger-team', ['dana'], [], 'finance'),
  group('finance', [], ['ledger-team']),
  withRelations(component('ledger', 'group:default/ledger-team', 'money'), [
    { type: 'dependsOn', targetRef: 'component:default/fx-rates' },
    { type: 'dependsOn', targetRef: 'component:default/secret-vault' },
    { type: 'consumesApi', targetRef: 'api:default/payments' },
  ]),
  component('fx-rates', 'group:default/other-team'),
  component('secret-vault', 'group:default/security'),
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'API',
    metadata: { name: 'payments', namespace: 'default', tags: ['rest'] },
    spec: { type: 'openapi' },
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'System',
    metadata: { name: 'money', namespace: 'default', title: 'Money' },
    spec: {},
  },
];

/** The catalog as dana sees it: the vault is hidden from her. */
function catalogForDana() {
  const catalog = catalogServiceMock({ entities });
  const byRefs = catalog.getEntitiesByRefs.bind(catalog);
  catalog.getEntitiesByRefs = async (request, options) => {
    const answer = await byRefs(request, options);
    return {
      items: answer.items.map(e =>
        e?.metadata.name === 'secret-vault' ? undefined : e,
      ),
    };
  };
  return catalog;
}

describe('LearnerProfiles', () => {
  const credentials = mockCredentials.user('user:default/dana');

  it('reads groups, what they own and what that depends on, as the learner sees it', async () => {
    const profiles = new LearnerProfiles(catalogForDana(), {
      ttlMs: 1000,
      staleMs: 0,
    });
    const profile = await profiles.get('user:default/dana', credentials);
    expect(profile.groups).toEqual([
      { ref: 'group:default/ledger-team', name: 'ledger-team', depth: 0 },
      { ref: 'group:default/finance', name: 'finance', depth: 1 },
    ]);
    expect(profile.targets).toEqual(
      expect.arrayContaining([
        { entityRef: 'component:default/ledger', type: 'owned' },
        {
          entityRef: 'component:default/fx-rates',
          type: 'dependency',
          viaEntityRef: 'component:default/ledger',
        },
        {
          entityRef: 'api:default/payments',
          type: 'consumed-api',
          viaEntityRef: 'component:default/ledger',
        },
        {
          entityRef: 'system:default/money',
          type: 'system',
          viaEntityRef: 'component:default/ledger',
        },
      ]),
    );
    // what the learner may not see is neither a target nor named
    expect(JSON.stringify([...profile.entities.keys()])).not.toContain(
      'secret-vault',
    );
    expect(profile.targets.map(t => t.entityRef)).not.toContain(
      'component:default/secret-vault',
    );

    // and so never a reason, even when material links to it
    const scored = scoreSuggestions({
      profile,
      links: [
        {
          resourceId: 'vault-course',
          entityRef: 'component:default/secret-vault',
          relation: 'teaches',
        },
        {
          resourceId: 'fx-course',
          entityRef: 'component:default/fx-rates',
          relation: 'teaches',
        },
        {
          resourceId: 'money-path',
          entityRef: 'system:default/money',
          relation: 'teaches',
        },
      ],
      history: [],
      neighbours: [],
      groupLearning: [],
      nextSteps: [],
    });
    expect(scored.map(s => s.resourceId)).toEqual(['fx-course', 'money-path']);
    expect(scored[0].reasons[0].message).toBe(
      'Because ledger, which your team owns, depends on fx-rates',
    );
    expect(scored[1].reasons[0].message).toBe(
      'Because ledger, which your team owns, is part of the Money system',
    );
  });
});
