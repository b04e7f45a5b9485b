import { Config } from '@backstage/config';
import {
  AuthorizeResult,
  isPermission,
  isResourcePermission,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import {
  PolicyQuery,
  PolicyQueryUser,
} from '@backstage/plugin-permission-node';
import {
  LEARNING_EMBED_TYPE,
  LEARNING_LINK_SUGGESTION_TYPE,
  LEARNING_RESOURCE_TYPE,
  learningCohortCreatePermission,
  learningCohortJoinPermission,
  learningCohortManagePermission,
  learningCohortReadPermission,
  learningDiscussionPostPermission,
  learningEmbedApplyPermission,
  learningEmbedCreatePermission,
  learningEmbedReadPermission,
  learningEntityLinkPermission,
  learningInsightsReadPermission,
  learningPermissions,
  learningResourceCreatePermission,
  learningResourceEnrolPermission,
  learningResourceRatePermission,
  learningResourceReadPermission,
  normalizeFullEntityRef,
} from '@tech-learning/backstage-plugin-learning-common';
import {
  createLearningCohortConditionalDecision,
  learningCohortConditions,
} from '../cohorts';
import {
  createLearningEmbedConditionalDecision,
  learningEmbedConditions,
} from '../embeds';
import {
  createLearningLinkSuggestionConditionalDecision,
  createLearningResourceConditionalDecision,
  learningLinkSuggestionConditions,
  learningResourceConditions,
} from '../resources';

const learningPermissionNames = new Set(learningPermissions.map(p => p.name));

const ALLOW: PolicyDecision = { result: AuthorizeResult.ALLOW };
const DENY: PolicyDecision = { result: AuthorizeResult.DENY };

/**
 * The default policy of the learning plugin, to use as a sub-policy of an
 * installation's own: everyone reads; any signed-in user creates, enrols
 * and rates; a resource's owners and SMEs update, delete and link it; an
 * entity's owners (as the catalog says) link material to that entity and
 * accept or dismiss the links others suggest for it;
 * everyone sees embeds, any signed-in user posts (for a group of theirs)
 * and applies to the embeds of other groups, and the host group's members
 * change, close and decide; any signed-in user starts and joins cohorts and
 * posts in discussions, a cohort's creator and facilitator manage it, and
 * a resource's owners and SMEs moderate its discussions; the users and
 * groups in `learning.insights.viewers` read the program's insights; the
 * users and groups in `learning.permissions.admins` may do everything.
 *
 * `handle` returns undefined for permissions that are not the learning
 * plugin's, so that the calling policy decides those.
 *
 * @public
 */
export class LearningPermissionPolicy {
  /** The policy, with the admin groups of `learning.permissions.admins`. */
  static fromConfig(config: Config): LearningPermissionPolicy {
    return new LearningPermissionPolicy(
      refsOf(config, 'learning.permissions.admins'),
      refsOf(config, 'learning.insights.viewers'),
    );
  }

  private readonly admins: Set<string>;
  private readonly insightsViewers: Set<string>;

  constructor(admins: string[], insightsViewers: string[] = []) {
    this.admins = new Set(admins);
    this.insightsViewers = new Set(insightsViewers);
  }

  /** The decision on a learning permission; undefined for any other. */
  async handle(
    request: PolicyQuery,
    user?: PolicyQueryUser,
  ): Promise<PolicyDecision | undefined> {
    const { permission } = request;
    if (!learningPermissionNames.has(permission.name)) {
      return undefined;
    }
    if (
      isPermission(permission, learningResourceReadPermission) ||
      isPermission(permission, learningEmbedReadPermission) ||
      isPermission(permission, learningCohortReadPermission)
    ) {
      return ALLOW;
    }
    if (!user) {
      return DENY;
    }
    const claims = user.info.ownershipEntityRefs;
    if (claims.some(ref => this.admins.has(ref.toLocaleLowerCase('en-US')))) {
      return ALLOW;
    }
    if (isPermission(permission, learningInsightsReadPermission)) {
      return claims.some(ref =>
        this.insightsViewers.has(ref.toLocaleLowerCase('en-US')),
      )
        ? ALLOW
        : DENY;
    }
    if (
      isPermission(permission, learningResourceCreatePermission) ||
      isPermission(permission, learningResourceEnrolPermission) ||
      isPermission(permission, learningResourceRatePermission) ||
      isPermission(permission, learningEmbedCreatePermission) ||
      isPermission(permission, learningCohortCreatePermission) ||
      isPermission(permission, learningCohortJoinPermission) ||
      isPermission(permission, learningDiscussionPostPermission)
    ) {
      return ALLOW;
    }
    if (isPermission(permission, learningCohortManagePermission)) {
      return createLearningCohortConditionalDecision(permission, {
        anyOf: [
          learningCohortConditions.isCreator({ claims }),
          learningCohortConditions.isFacilitator({ claims }),
        ],
      });
    }
    if (isPermission(permission, learningEmbedApplyPermission)) {
      // an embed is a stint in another team: its own members do not apply
      return createLearningEmbedConditionalDecision(permission, {
        not: learningEmbedConditions.isHost({ claims }),
      });
    }
    if (isPermission(permission, learningEntityLinkPermission)) {
      // Evaluated by the catalog, with its own rule: ownership is what the
      // catalog says it is.
      return {
        result: AuthorizeResult.CONDITIONAL,
        pluginId: 'catalog',
        resourceType: 'catalog-entity',
        conditions: {
          rule: 'IS_ENTITY_OWNER',
          resourceType: 'catalog-entity',
          params: { claims },
        },
      };
    }
    if (isResourcePermission(permission, LEARNING_LINK_SUGGESTION_TYPE)) {
      // a service page is its owners': they accept what others suggest
      return createLearningLinkSuggestionConditionalDecision(
        permission,
        learningLinkSuggestionConditions.isEntityOwner({ claims }),
      );
    }
    if (isResourcePermission(permission, LEARNING_EMBED_TYPE)) {
      // changing, closing and deciding: the host group's members
      return createLearningEmbedConditionalDecision(
        permission,
        learningEmbedConditions.isHost({ claims }),
      );
    }
    if (isResourcePermission(permission, LEARNING_RESOURCE_TYPE)) {
      return createLearningResourceConditionalDecision(permission, {
        anyOf: [
          learningResourceConditions.isOwner({ claims }),
          learningResourceConditions.isSme({ claims }),
        ],
      });
    }
    return DENY;
  }
}

/** Full refs of users and groups, from a config key. */
function refsOf(config: Config, key: string): string[] {
  return (config.getOptionalStringArray(key) ?? []).map((ref, i) => {
    try {
      return normalizeFullEntityRef(ref, { kinds: ['group', 'user'] });
    } catch (e) {
      throw new Error(`${key}[${i}]: ${(e as Error).message}`);
    }
  });
}
