import {
  BackstageCredentials,
  coreServices,
  createBackendModule,
  createBackendPlugin,
  createServiceFactory,
  SchedulerService,
} from '@backstage/backend-plugin-api';
import { schedulerServiceFactory } from '@backstage/backend-defaults/scheduler';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { httpAuthServiceFactory } from '@backstage/backend-defaults/httpAuth';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import { JsonObject } from '@backstage/types';
import { permissionRules } from '@backstage/plugin-catalog-backend/alpha';
import { catalogEntityPermissionResourceRef } from '@backstage/plugin-catalog-node/alpha';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import permissionBackend from '@backstage/plugin-permission-backend';
import {
  AuthorizeResult,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import { PermissionPolicy } from '@backstage/plugin-permission-node';
import { policyExtensionPoint } from '@backstage/plugin-permission-node/alpha';
import {
  NotificationSendOptions,
  notificationService,
} from '@backstage/plugin-notifications-node';
import {
  SignalPayload,
  signalsServiceRef,
} from '@backstage/plugin-signals-node';
import { Knex } from 'knex';
import { LearningPermissionPolicy } from '../permissions';
import { learningPlugin } from '../plugin';

/** A user, with the relations the catalog would give it. */
export const user = (name: string, memberOf: string[] = []): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'User',
  metadata: { name, namespace: 'default' },
  spec: { memberOf },
  relations: memberOf.map(g => ({
    type: 'memberOf',
    targetRef: `group:default/${g}`,
  })),
});
/** A group, with the relations the catalog would give it. */
export const group = (
  name: string,
  members: string[] = [],
  children: string[] = [],
  parent?: string,
): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name, namespace: 'default' },
  spec: { type: 'team', children },
  relations: [
    ...members.map(member => ({
      type: 'hasMember',
      targetRef: `user:default/${member}`,
    })),
    ...children.map(child => ({
      type: 'parentOf',
      targetRef: `group:default/${child}`,
    })),
    ...(parent
      ? [{ type: 'childOf', targetRef: `group:default/${parent}` }]
      : []),
  ],
});

/** Members of the platform guild, a group with enough of them to count. */
export const guildMembers = ['g1', 'g2', 'g3', 'g4', 'g5', 'g6'];
/** A component, with the relations the catalog would give it. */
export const component = (
  name: string,
  owner: string,
  system?: string,
): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name, namespace: 'default' },
  spec: { type: 'service', lifecycle: 'production', owner, system },
  relations: [
    { type: 'ownedBy', targetRef: owner },
    ...(system
      ? [{ type: 'partOf', targetRef: `system:default/${system}` }]
      : []),
  ],
});

/** Who is who in the tests, and the groups they belong to. */
export const people = {
  /** Member of payments-team, which owns the fixture material. */
  owner: { ref: 'user:default/alice', groups: ['group:default/payments-team'] },
  /** SME of the fixture material. */
  sme: { ref: 'user:default/bob', groups: [] as string[] },
  /** Nothing to do with anything. */
  unrelated: { ref: 'user:default/carol', groups: [] as string[] },
  /** Member of identity-team, which owns auth-gateway. */
  entityOwner: {
    ref: 'user:default/erin',
    groups: ['group:default/identity-team'],
  },
  /** Member of the configured admin group. */
  admin: { ref: 'user:default/root', groups: ['group:default/admins'] },
};

const entities: Entity[] = [
  user('alice', ['payments-team']),
  user('bob'),
  user('carol'),
  user('erin', ['identity-team']),
  user('root', ['admins']),
  group('payments-team', ['alice'], [], 'engineering'),
  group('platform-guild', guildMembers, [], 'engineering'),
  // no members of its own; those of its teams count as its members
  group('engineering', [], ['payments-team', 'platform-guild']),
  group('identity-team'),
  group('admins'),
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'System',
    metadata: { name: 'payments', namespace: 'default' },
    spec: { owner: 'group:default/payments-team' },
    relations: [{ type: 'ownedBy', targetRef: 'group:default/payments-team' }],
  },
  component('payments-api', 'group:default/payments-team', 'payments'),
  component('auth-gateway', 'group:default/identity-team'),
];

/** The user info service of a catalog where people belong to groups. */
const userInfoFactory = createServiceFactory({
  service: coreServices.userInfo,
  deps: {},
  factory: () => ({
    async getUserInfo(credentials: BackstageCredentials) {
      const principal = credentials.principal as { userEntityRef?: string };
      if (!principal.userEntityRef) {
        throw new InputError('not a user');
      }
      const person = Object.values(people).find(
        p => p.ref === principal.userEntityRef,
      );
      return {
        userEntityRef: principal.userEntityRef,
        ownershipEntityRefs: [
          principal.userEntityRef,
          ...(person?.groups ?? []),
        ],
      };
    },
  }),
});

/**
 * The mock auth service, except that a token a plugin got on behalf of a
 * user carries the plugin as the actor, as real tokens do: the permission
 * backend refuses conditional queries of users without one. The real
 * httpAuth service reads tokens with it.
 */
const authFactory = createServiceFactory({
  service: coreServices.auth,
  deps: { plugin: coreServices.pluginMetadata },
  factory({ plugin }) {
    const mock = mockServices.auth({ pluginId: plugin.getId() });
    const prefix = 'mock-service-token:';
    return Object.assign(Object.create(mock), {
      async authenticate(token: string, options?: object) {
        if (token.startsWith(prefix)) {
          const { obo, target } = JSON.parse(token.slice(prefix.length));
          if (obo && (!target || target === plugin.getId())) {
            return mockCredentials.user(obo, {
              actor: { subject: 'plugin:learning' },
            });
          }
        }
        return mock.authenticate(token, options);
      },
    }) as typeof mock;
  },
});

/**
 * The catalog's side of the permission framework for the test entities:
 * the catalog's own IS_ENTITY_OWNER rule, evaluated on them.
 */
function catalogPermissionIntegration(catalog: Entity[]) {
  return createBackendPlugin({
    pluginId: 'catalog',
    register(env) {
      env.registerInit({
        deps: { registry: coreServices.permissionsRegistry },
        async init({ registry }) {
          registry.addResourceType({
            resourceRef: catalogEntityPermissionResourceRef,
            rules: [permissionRules.isEntityOwner],
            getResources: async refs =>
              refs.map(ref =>
                catalog.find(
                  e => stringifyEntityRef(e) === ref.toLocaleLowerCase('en-US'),
                ),
              ),
          });
        },
      });
    },
  });
}

/**
 * The learning policy, with ALLOW for whatever is not the plugin's; a test
 * may put its own policy first (`undefined` from it leaves the decision to
 * the learning policy).
 */
type FirstPolicy = (
  ...args: Parameters<PermissionPolicy['handle']>
) => Promise<PolicyDecision | undefined>;

const policyModule = (first?: FirstPolicy) =>
  createBackendModule({
    pluginId: 'permission',
    moduleId: 'learning-test-policy',
    register(reg) {
      reg.registerInit({
        deps: { policy: policyExtensionPoint, config: coreServices.rootConfig },
        async init({ policy, config }) {
          const learning = LearningPermissionPolicy.fromConfig(config);
          policy.setPolicy({
            async handle(request, policyUser) {
              return (
                (await first?.(request, policyUser)) ??
                (await learning.handle(request, policyUser)) ?? {
                  result: AuthorizeResult.ALLOW,
                }
              );
            },
          });
        },
      });
    },
  });

/**
 * A backend with the learning plugin, the real permission backend with
 * the plugin's default policy, and a catalog of the test entities.
 */
/** What the learning plugin sent through the notifications service. */
export const sentNotifications: NotificationSendOptions[] = [];

const notificationsFactory = createServiceFactory({
  service: notificationService,
  deps: {},
  factory: () => ({
    async send(options: NotificationSendOptions) {
      sentNotifications.push(options);
    },
  }),
});

/** What the learning plugin published through the signals service. */
export const sentSignals: SignalPayload[] = [];

const signalsFactory = createServiceFactory({
  service: signalsServiceRef,
  deps: {},
  factory: () => ({
    async publish(signal: SignalPayload) {
      sentSignals.push(signal);
    },
  }),
});

export async function startLearningBackend(options: {
  knex: Knex;
  extraFeatures?: Parameters<typeof startTestBackend>[0]['features'];
  /** Entities of the catalog beside the test entities. */
  extraEntities?: Entity[];
  /** Config beside the test config (top-level keys replace its own). */
  config?: JsonObject;
  /** Decides before the learning policy, where it answers. */
  policy?: FirstPolicy;
}) {
  const catalog = [...entities, ...(options.extraEntities ?? [])];
  const backend = await startTestBackend({
    features: [
      learningPlugin,
      permissionBackend,
      policyModule(options.policy),
      catalogPermissionIntegration(catalog),
      catalogServiceMock.factory({ entities: catalog }),
      userInfoFactory,
      notificationsFactory,
      signalsFactory,
      authFactory,
      httpAuthServiceFactory,
      mockServices.database.factory({ knex: options.knex }),
      mockServices.rootConfig.factory({
        data: {
          permission: { enabled: true },
          learning: { permissions: { admins: ['group:default/admins'] } },
          ...options.config,
        },
      }),
      ...(options.extraFeatures ?? []),
    ],
  });
  return backend;
}

/** Authorization headers of the test principals. */
export const as = {
  none: () => ({}),
  user: (ref: string) => ({
    Authorization: mockCredentials.user.header(ref),
  }),
  service: () => ({ Authorization: mockCredentials.service.header() }),
};

/**
 * A live course owned by payments-team, with bob as SME, linked to
 * payments-api: the material most router tests start from.
 */
export const courseBody = {
  kind: 'course',
  title: 'Payments 101',
  summary: 'From checkout to ledger',
  format: 'live',
  level: 'beginner',
  owner: 'group:default/payments-team',
  smes: ['user:default/bob'],
  links: [{ entityRef: 'component:default/payments-api', relation: 'teaches' }],
};

let learningScheduler: SchedulerService | undefined;

/**
 * The real scheduler, with a module that hands over the learning plugin's
 * own: add `withRealScheduler` to `extraFeatures`, then run a task now
 * with `schedulerOfLearning().triggerTask(id)`.
 */
export const withRealScheduler = [
  schedulerServiceFactory,
  createBackendModule({
    pluginId: 'learning',
    moduleId: 'test-scheduler',
    register(reg) {
      reg.registerInit({
        deps: { scheduler: coreServices.scheduler },
        async init(deps) {
          learningScheduler = deps.scheduler;
        },
      });
    },
  }),
];

/** The learning plugin's scheduler, once a backend `withRealScheduler` started. */
export function schedulerOfLearning(): SchedulerService {
  if (!learningScheduler) {
    throw new Error('start the backend withRealScheduler first');
  }
  return learningScheduler;
}
