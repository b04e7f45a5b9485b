import {
  BackstageCredentials,
  PermissionsRegistryService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  LearningResource,
  learningEntityLinkPermission,
  learningResourceCreatePermission,
  learningResourceReadPermission,
} from '@tech-learning/backstage-plugin-learning-common';
import { Scope, ScopedAuthorizer } from '../shared/ScopedAuthorizer';
import { ResourcePermissionQuery } from './ResourceStore';
import { learningResourcePermissionResourceRef } from './rules';

/** What a caller may read of learning resources. */
export type ReadScope = Scope<LearningResource, ResourcePermissionQuery>;

/** Asks the permission framework about learning resources. */
export class ResourceAuthorizer extends ScopedAuthorizer<
  'learning-resource',
  LearningResource,
  ResourcePermissionQuery
> {
  constructor(
    permissions: PermissionsService,
    permissionsRegistry: PermissionsRegistryService,
  ) {
    super(permissions, permissionsRegistry, {
      resourceRef: learningResourcePermissionResourceRef,
      readPermission: learningResourceReadPermission,
      noun: 'the learning resource',
      idOf: resource => resource.id,
    });
  }

  async assertMayCreate(credentials: BackstageCredentials): Promise<void> {
    await this.assertAllowedBasic(
      learningResourceCreatePermission,
      'You may not create learning resources',
      credentials,
    );
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
