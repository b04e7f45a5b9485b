import {
  BackstageCredentials,
  PermissionsRegistryService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { NotAllowedError } from '@backstage/errors';
import {
  AuthorizeResult,
  PermissionCriteria,
  ResourcePermission,
} from '@backstage/plugin-permission-common';
import {
  createConditionAuthorizer,
  createConditionTransformer,
} from '@backstage/plugin-permission-node';
import {
  LearningResource,
  learningEntityLinkPermission,
  learningResourceCreatePermission,
  learningResourceReadPermission,
} from '@tech-learning/backstage-plugin-learning-common';
import { ResourcePermissionQuery } from '../database/LearningStore';
import { learningResourcePermissionResourceRef } from './rules';

/**
 * What a caller may read: everything, nothing, or what matches; `allows`
 * answers for one loaded resource in every case.
 */
export type ReadScope = {
  allows(resource: LearningResource): boolean;
} & (
  | { type: 'all' }
  | { type: 'none' }
  | {
      type: 'conditional';
      criteria: PermissionCriteria<ResourcePermissionQuery>;
    }
);

/**
 * Asks the permission framework about learning resources. Conditional
 * decisions are evaluated here with the plugin's own rules: in SQL for
 * lists, on the loaded resource for single ones.
 */
export class ResourceAuthorizer {
  private readonly transform;
  private readonly authorizeLoaded;

  constructor(
    private readonly permissions: PermissionsService,
    permissionsRegistry: PermissionsRegistryService,
  ) {
    const ruleset = permissionsRegistry.getPermissionRuleset(
      learningResourcePermissionResourceRef,
    );
    this.transform = createConditionTransformer(ruleset);
    this.authorizeLoaded = createConditionAuthorizer(ruleset);
  }

  async readScope(credentials: BackstageCredentials): Promise<ReadScope> {
    const [decision] = await this.permissions.authorizeConditional(
      [{ permission: learningResourceReadPermission }],
      { credentials },
    );
    if (decision.result === AuthorizeResult.ALLOW) {
      return { type: 'all', allows: () => true };
    }
    if (decision.result !== AuthorizeResult.CONDITIONAL) {
      return { type: 'none', allows: () => false };
    }
    return {
      type: 'conditional',
      criteria: this.transform(decision.conditions),
      allows: resource => this.authorizeLoaded(decision, resource),
    };
  }

  /** Whether the caller may do `permission` to the loaded resource. */
  async isAllowed(
    permission: ResourcePermission<'learning-resource'>,
    resource: LearningResource,
    credentials: BackstageCredentials,
  ): Promise<boolean> {
    const [decision] = await this.permissions.authorizeConditional(
      [{ permission }],
      { credentials },
    );
    return this.authorizeLoaded(decision, resource);
  }

  /** Throws a NotAllowedError unless the caller may. */
  async assertAllowed(
    permission: ResourcePermission<'learning-resource'>,
    resource: LearningResource,
    credentials: BackstageCredentials,
  ): Promise<void> {
    if (!(await this.isAllowed(permission, resource, credentials))) {
      throw new NotAllowedError(
        `You may not ${permission.name.replace(
          /^learning\.resource\./,
          '',
        )} the learning resource ${resource.id}`,
      );
    }
  }

  async assertMayCreate(credentials: BackstageCredentials): Promise<void> {
    const [decision] = await this.permissions.authorize(
      [{ permission: learningResourceCreatePermission }],
      { credentials },
    );
    if (decision.result !== AuthorizeResult.ALLOW) {
      throw new NotAllowedError('You may not create learning resources');
    }
  }

  /**
   * Whether the caller may link material to each of the entities, in one
   * request; the catalog evaluates conditions about the entities.
   */
  async mayLinkToEntities(
    entityRefs: string[],
    credentials: BackstageCredentials,
  ): Promise<boolean[]> {
    if (entityRefs.length === 0) {
      return [];
    }
    const decisions = await this.permissions.authorize(
      entityRefs.map(resourceRef => ({
        permission: learningEntityLinkPermission,
        resourceRef,
      })),
      { credentials },
    );
    return decisions.map(d => d.result === AuthorizeResult.ALLOW);
  }
}
