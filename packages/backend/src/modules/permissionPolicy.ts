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
import {
  createLearningEmbedConditionalDecision,
  createLearningResourceConditionalDecision,
  learningEmbedConditions,
  LearningPermissionPolicy,
  learningResourceConditions,
} from '@tech-learning/backstage-plugin-learning-backend';
import {
  learningEmbedReadPermission,
  learningResourceReadPermission,
} from '@tech-learning/backstage-plugin-learning-common';

const ADMIN_GROUP = 'group:default/platform-team';
const CONTRACTORS = 'group:default/contractors';

/**
 * The demo's policy: the learning plugin's default policy for learning
 * permissions, except that contractors read only the platform team's
 * material and embeds (a condition, so lists, pages and search all leave
 * the rest out); everyone may read and use the rest of the portal; only
 * the platform team may remove entities from the catalog.
 */
export class DemoPermissionPolicy implements PermissionPolicy {
  constructor(private readonly learning: LearningPermissionPolicy) {}

  async handle(
    request: PolicyQuery,
    user?: PolicyQueryUser,
  ): Promise<PolicyDecision> {
    if (user?.info.ownershipEntityRefs.includes(CONTRACTORS)) {
      if (isPermission(request.permission, learningResourceReadPermission)) {
        return createLearningResourceConditionalDecision(
          request.permission,
          learningResourceConditions.isOwner({ claims: [ADMIN_GROUP] }),
        );
      }
      if (isPermission(request.permission, learningEmbedReadPermission)) {
        return createLearningEmbedConditionalDecision(
          request.permission,
          learningEmbedConditions.isHost({ claims: [ADMIN_GROUP] }),
        );
      }
    }
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
