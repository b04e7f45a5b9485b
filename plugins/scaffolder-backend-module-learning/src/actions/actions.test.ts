import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import type {
  LearningResource,
  LearningResourceInput,
} from '@tech-learning/backstage-plugin-learning-common';
import { LinkOutcome } from '../LearningScaffolderApi';
import { createLearningCreateResourceAction } from './createResource';
import { createLearningLinkAction } from './link';

const entity = (kind: string, name: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind,
  metadata: { name, namespace: 'default' },
  spec: {},
});

const catalog = catalogServiceMock({
  entities: [
    entity('Group', 'payments-team'),
    entity('Group', 'identity-team'),
    entity('User', 'alice-chen'),
    entity('User', 'bob-okafor'),
    entity('Component', 'ledger-service'),
    entity('Component', 'payments-api'),
  ],
});

const alice = mockCredentials.user('user:default/alice-chen');

/**
 * An action context as the scaffolder gives it: the mock context of
 * scaffolder-node-test-utils, with the initiator and the dry-run flag
 * (which that mock does not take).
 */
function ctxOf(options: {
  input: Record<string, unknown>;
  isDryRun?: boolean;
  getInitiatorCredentials?: () => Promise<BackstageCredentials>;
}) {
  return {
    ...createMockActionContext({ input: options.input as any }),
    isDryRun: options.isDryRun,
    getInitiatorCredentials:
      options.getInitiatorCredentials ?? (async () => alice),
  };
}
const userInfo = mockServices.userInfo({
  userEntityRef: 'user:default/alice-chen',
  ownershipEntityRefs: [
    'user:default/alice-chen',
    'group:default/payments-team',
  ],
});

function fakeApi() {
  return {
    createResource: jest.fn(
      async (input: LearningResourceInput, _: BackstageCredentials) =>
        ({ id: 'r-1', ...input } as unknown as LearningResource),
    ),
    addLink: jest.fn(
      async (
        _id: string,
        link: { entityRef: string },
        _: BackstageCredentials,
      ): Promise<LinkOutcome> =>
        link.entityRef === 'component:default/payments-api'
          ? 'suggested'
          : 'linked',
    ),
  };
}

const course = {
  kind: 'course' as const,
  title: 'Ledger internals',
  summary: 'How the ledger books entries.',
  format: 'workshop' as const,
  level: 'beginner' as const,
  owner: 'group:default/payments-team',
  smes: ['alice-chen'],
};

describe('learning:create-resource', () => {
  const setup = () => {
    const api = fakeApi();
    const action = createLearningCreateResourceAction({
      api,
      catalog,
      userInfo,
      appBaseUrl: 'http://backstage.example',
    });
    return { api, action };
  };

  it('registers the material as the template user and outputs its page', async () => {
    const { api, action } = setup();
    const ctx = ctxOf({
      input: course,
      getInitiatorCredentials: async () => alice,
    });
    await action.handler(ctx as any);
    expect(api.createResource).toHaveBeenCalledWith(
      expect.objectContaining({
        owner: 'group:default/payments-team',
        smes: ['user:default/alice-chen'],
        title: 'Ledger internals',
      }),
      alice,
    );
    expect(ctx.output).toHaveBeenCalledWith('resourceId', 'r-1');
    expect(ctx.output).toHaveBeenCalledWith(
      'resourceUrl',
      'http://backstage.example/learning/resources/r-1',
    );
  });

  it('refuses an owner the user does not belong to, before it writes', async () => {
    const { api, action } = setup();
    const ctx = ctxOf({
      input: { ...course, owner: 'identity-team' },
      getInitiatorCredentials: async () => alice,
    });
    await expect(action.handler(ctx as any)).rejects.toThrow(
      'owner: group:default/identity-team is not you or one of your groups (user:default/alice-chen, group:default/payments-team)',
    );
    expect(api.createResource).not.toHaveBeenCalled();
  });

  it('refuses SMEs who are not users, unknown refs and malformed refs', async () => {
    const { api, action } = setup();
    const run = (input: object) =>
      action.handler(
        ctxOf({
          input: { ...course, ...input },
          getInitiatorCredentials: async () => alice,
        }) as any,
      );
    await expect(run({ smes: ['group:payments-team'] })).rejects.toThrow(
      'smes: not users: group:default/payments-team',
    );
    await expect(run({ smes: ['nobody'] })).rejects.toThrow(
      'Not in the catalog, or not visible to you: user:default/nobody (smes)',
    );
    await expect(run({ owner: 'group:' })).rejects.toThrow(
      'owner: "group:" is not an entity ref',
    );
    expect(api.createResource).not.toHaveBeenCalled();
  });

  it('acts only for a user: a service principal is refused', async () => {
    const { action } = setup();
    await expect(
      action.handler(
        ctxOf({
          input: course,
          getInitiatorCredentials: async () =>
            mockCredentials.service('plugin:catalog'),
        }) as any,
      ),
    ).rejects.toThrow('act as the template user');
  });

  it('writes nothing in a dry run or when asked only to check', async () => {
    const { api, action } = setup();
    const dry = ctxOf({
      input: course,
      isDryRun: true,
      getInitiatorCredentials: async () => alice,
    });
    await action.handler(dry as any);
    expect(dry.output).toHaveBeenCalledWith('resourceId', 'dry-run');
    const check = ctxOf({
      input: { ...course, checkOnly: true },
      getInitiatorCredentials: async () => alice,
    });
    await action.handler(check as any);
    expect(check.output).toHaveBeenCalledWith(
      'owner',
      'group:default/payments-team',
    );
    expect(api.createResource).not.toHaveBeenCalled();
  });
});

describe('learning:link', () => {
  it('links what the user owns and suggests the rest, each ref once', async () => {
    const api = fakeApi();
    const action = createLearningLinkAction({ api, catalog });
    const ctx = ctxOf({
      input: {
        resourceId: 'r-1',
        entityRefs: [
          'component:ledger-service',
          'component:default/ledger-service',
          'component:default/payments-api',
        ],
      },
      getInitiatorCredentials: async () => alice,
    });
    await action.handler(ctx as any);
    expect(api.addLink).toHaveBeenCalledTimes(2);
    expect(api.addLink).toHaveBeenCalledWith(
      'r-1',
      { entityRef: 'component:default/ledger-service', relation: 'teaches' },
      alice,
    );
    expect(ctx.output).toHaveBeenCalledWith('linked', [
      'component:default/ledger-service',
    ]);
    expect(ctx.output).toHaveBeenCalledWith('suggested', [
      'component:default/payments-api',
    ]);
  });

  it('checks every ref before the first link, and links nothing on a dry run', async () => {
    const api = fakeApi();
    const action = createLearningLinkAction({ api, catalog });
    await expect(
      action.handler(
        ctxOf({
          input: {
            resourceId: 'r-1',
            entityRefs: [
              'component:default/ledger-service',
              'component:default/gone',
            ],
          },
          getInitiatorCredentials: async () => alice,
        }) as any,
      ),
    ).rejects.toThrow(
      'Not in the catalog, or not visible to you: component:default/gone (entityRefs)',
    );
    await action.handler(
      ctxOf({
        input: {
          resourceId: 'dry-run',
          entityRefs: ['component:default/ledger-service'],
        },
        isDryRun: true,
        getInitiatorCredentials: async () => alice,
      }) as any,
    );
    expect(api.addLink).not.toHaveBeenCalled();
  });
});
