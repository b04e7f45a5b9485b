import {
  PermissionsRegistryService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { learningCohortReadPermission } from '@tech-learning/backstage-plugin-learning-common';
import { ScopedAuthorizer } from '../shared/ScopedAuthorizer';
import { CohortPermissionQuery, CohortRecord } from './CohortStore';
import { learningCohortPermissionResourceRef } from './rules';

/** Asks the permission framework about cohorts. */
export class CohortAuthorizer extends ScopedAuthorizer<
  'learning-cohort',
  CohortRecord,
  CohortPermissionQuery
> {
  constructor(
    permissions: PermissionsService,
    permissionsRegistry: PermissionsRegistryService,
  ) {
    super(permissions, permissionsRegistry, {
      resourceRef: learningCohortPermissionResourceRef,
      readPermission: learningCohortReadPermission,
      noun: 'the cohort',
      idOf: cohort => cohort.id,
    });
  }
}
