import {
  BackstageCredentials,
  BackstageUserPrincipal,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { NotAllowedError } from '@backstage/errors';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  LearningErasedRecords,
  LearningPersonRecords,
  learningRecordsManagePermission,
} from '@tech-learning/backstage-plugin-learning-common';
import { RecordStore } from './RecordStore';

/**
 * A person's learning records are theirs: they (and those with
 * `learning.records.manage`) export and erase them.
 */
export class RecordService {
  constructor(
    private readonly deps: {
      store: RecordStore;
      permissions: PermissionsService;
    },
  ) {}

  async export(
    userRef: string,
    credentials: BackstageCredentials<BackstageUserPrincipal>,
  ): Promise<LearningPersonRecords> {
    await this.assertMay(userRef, credentials, 'export');
    return {
      ...(await this.deps.store.exportRecords(userRef)),
      exportedAt: new Date().toISOString(),
    };
  }

  async erase(
    userRef: string,
    credentials: BackstageCredentials<BackstageUserPrincipal>,
  ): Promise<LearningErasedRecords> {
    await this.assertMay(userRef, credentials, 'erase');
    return { userRef, ...(await this.deps.store.eraseRecords(userRef)) };
  }

  private async assertMay(
    userRef: string,
    credentials: BackstageCredentials<BackstageUserPrincipal>,
    what: string,
  ): Promise<void> {
    if (
      credentials.principal.userEntityRef.toLocaleLowerCase('en-US') === userRef
    ) {
      return;
    }
    const [decision] = await this.deps.permissions.authorize(
      [{ permission: learningRecordsManagePermission }],
      { credentials },
    );
    if (decision.result !== AuthorizeResult.ALLOW) {
      throw new NotAllowedError(
        `Only ${userRef} and the learning program's admins may ${what} their learning records`,
      );
    }
  }
}
