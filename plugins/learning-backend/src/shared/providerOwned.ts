import { ConflictError } from '@backstage/errors';
import { LearningSource } from '@tech-learning/backstage-plugin-learning-common';

/**
 * What a provider delivers changes at its source only: a ConflictError
 * that says where, for a resource or an embed (`what`: `Learning resource
 * 42`).
 */
export function assertNotProviderOwned(
  what: string,
  item: { source: LearningSource },
): void {
  if (item.source.type === 'provider') {
    throw new ConflictError(
      `${what} is owned by the provider ${
        item.source.provider
      }; change it at its source${
        item.source.location ? ` (${item.source.location})` : ''
      }`,
    );
  }
}
