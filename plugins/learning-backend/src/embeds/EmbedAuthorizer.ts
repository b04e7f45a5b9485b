import {
  BackstageCredentials,
  PermissionsRegistryService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import {
  LearningEmbed,
  learningEmbedCreatePermission,
  learningEmbedReadPermission,
} from '@tech-learning/backstage-plugin-learning-common';
import { Scope, ScopedAuthorizer } from '../shared/ScopedAuthorizer';
import { EmbedPermissionQuery } from './EmbedStore';
import { learningEmbedPermissionResourceRef } from './rules';

/** What a caller may read of embeds. */
export type EmbedReadScope = Scope<LearningEmbed, EmbedPermissionQuery>;

/** Asks the permission framework about embeds. */
export class EmbedAuthorizer extends ScopedAuthorizer<
  'learning-embed',
  LearningEmbed,
  EmbedPermissionQuery
> {
  constructor(
    permissions: PermissionsService,
    permissionsRegistry: PermissionsRegistryService,
  ) {
    super(permissions, permissionsRegistry, {
      resourceRef: learningEmbedPermissionResourceRef,
      readPermission: learningEmbedReadPermission,
      noun: 'the embed',
      idOf: embed => embed.id,
    });
  }

  async assertMayCreate(credentials: BackstageCredentials): Promise<void> {
    await this.assertAllowedBasic(
      learningEmbedCreatePermission,
      'You may not post embeds',
      credentials,
    );
  }
}
