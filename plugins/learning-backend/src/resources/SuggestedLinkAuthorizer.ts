import {
  PermissionsRegistryService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { learningLinkReviewPermission } from '@tech-learning/backstage-plugin-learning-common';
import { ScopedAuthorizer } from '../shared/ScopedAuthorizer';
import { learningLinkSuggestionPermissionResourceRef } from './suggestedLinkRules';
import {
  SuggestedLinkPermissionQuery,
  SuggestedLinkRecord,
} from './SuggestedLinkStore';

/**
 * Asks the permission framework about suggested links. Anyone who may read
 * the material sees its suggestions; the permission that scopes lists of
 * suggestions is the one to review them, so its scope is what the caller
 * may accept or dismiss.
 */
export class SuggestedLinkAuthorizer extends ScopedAuthorizer<
  'learning-link-suggestion',
  SuggestedLinkRecord,
  SuggestedLinkPermissionQuery
> {
  constructor(
    permissions: PermissionsService,
    permissionsRegistry: PermissionsRegistryService,
  ) {
    super(permissions, permissionsRegistry, {
      resourceRef: learningLinkSuggestionPermissionResourceRef,
      readPermission: learningLinkReviewPermission,
      noun: 'the suggested link',
      idOf: suggestion => suggestion.id,
    });
  }
}
