import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { catalogEntityDeletePermission } from '@backstage/plugin-catalog-common/alpha';
import {
  AuthorizeResult,
  isPermission,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import {
  PermissionPolicy,
  PolicyQuery,
  PolicyQueryUser,
} from '@backstage/plugin-permission-node';
import { policyExtensionPoint } from '@backstage/plugin-permission-node/alpha';
import { LearningPermissionPolicy } from '@tech-learning/backstage-plugin-learning-backend';

const ADMIN_GROUP = 'group:default/platform-team';

/**
 * The demo's policy: the learning plugin's default policy for learning
 * permissions; everyone may read and use the rest of the portal; only the
 * platform team may remove entities from the catalog.
 */
export class DemoPermissionPolicy implements PermissionPolicy {
  constructor(private readonly learning: LearningPermissionPolicy) {}

  async handle(
    request: PolicyQuery,
    user?: PolicyQueryUser,
  ): Promise<PolicyDecision> {
    const learningDecision = await this.learning.handle(request, user);
    if (learningDecision) {
      return learningDecision;
    }
    if (isPermission(request.permission, catalogEntityDeletePermission)) {
      const refs = user?.info.ownershipEntityRefs ?? [];
      return {
        result: refs.includes(ADMIN_GROUP)
          ? AuthorizeResult.ALLOW
          : AuthorizeResult.DENY,
      };
    }
    return { result: AuthorizeResult.ALLOW };
  }
}

export default createBackendModule({
  pluginId: 'permission',
  moduleId: 'demo-policy',
  register(reg) {
    reg.registerInit({
      deps: { policy: policyExtensionPoint, config: coreServices.rootConfig },
      async init({ policy, config }) {
        policy.setPolicy(
          new DemoPermissionPolicy(LearningPermissionPolicy.fromConfig(config)),
        );
      },
    });
  },
});
