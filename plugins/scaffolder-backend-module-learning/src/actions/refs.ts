import {
  BackstageCredentials,
  BackstageUserPrincipal,
} from '@backstage/backend-plugin-api';
import { parseEntityRef } from '@backstage/catalog-model';
import { InputError, NotAllowedError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { normalizeFullEntityRef } from '@tech-learning/backstage-plugin-learning-common';

/**
 * A full entity ref from a template's input, or an input error that names
 * the field. `defaultKind` is the kind a short ref means (a picker of users
 * gives `user:default/x`, a person may type `x`).
 */
export function fullRef(
  field: string,
  value: string,
  defaultKind?: string,
): string {
  try {
    const ref = parseEntityRef(value, {
      defaultKind,
      defaultNamespace: 'default',
    });
    return normalizeFullEntityRef(`${ref.kind}:${ref.namespace}/${ref.name}`);
  } catch (e) {
    throw new InputError(
      `${field}: "${value}" is not an entity ref (${
        (e as Error).message
      }); give a full ref such as component:default/payments-api`,
    );
  }
}

/** The template's user, for actions that act as one. */
export function asUser(
  credentials: BackstageCredentials,
): BackstageCredentials<BackstageUserPrincipal> {
  if ((credentials.principal as { type?: string }).type !== 'user') {
    throw new NotAllowedError(
      'The learning actions act as the template user; this task has none',
    );
  }
  return credentials as BackstageCredentials<BackstageUserPrincipal>;
}

/**
 * Checks that every ref names an entity the user can see in the catalog,
 * before anything is written; the error names the ones that do not.
 */
export async function requireVisible(
  catalog: CatalogService,
  refs: { field: string; ref: string }[],
  credentials: BackstageCredentials,
): Promise<void> {
  if (refs.length === 0) return;
  const { items } = await catalog.getEntitiesByRefs(
    { entityRefs: refs.map(r => r.ref), fields: ['kind', 'metadata.name'] },
    { credentials },
  );
  const missing = refs.filter((_, i) => !items[i]);
  if (missing.length > 0) {
    throw new InputError(
      `Not in the catalog, or not visible to you: ${missing
        .map(m => `${m.ref} (${m.field})`)
        .join(', ')}`,
    );
  }
}
