import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { RELATION_OWNED_BY } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { FieldInputError } from './errors';

/** A ref given in a request, with the field it was given in. */
export interface FieldRef {
  field: string;
  ref: string;
}

/**
 * Checks that entity refs name entities that exist and that the caller can
 * see, asking the catalog with the caller's credentials.
 */
export class EntityRefChecker {
  constructor(private readonly catalog: CatalogService) {}

  async assertVisible(
    refs: FieldRef[],
    credentials: BackstageCredentials,
  ): Promise<void> {
    const unique = [...new Set(refs.map(r => r.ref))];
    if (unique.length === 0) {
      return;
    }
    const { items } = await this.catalog.getEntitiesByRefs(
      {
        entityRefs: unique,
        fields: ['kind', 'metadata.namespace', 'metadata.name'],
      },
      { credentials },
    );
    const missing = new Set(unique.filter((_, i) => !items[i]));
    const problems = refs
      .filter(r => missing.has(r.ref))
      .map(r => ({
        field: r.field,
        in: 'body' as const,
        message: `${r.ref} is not in the catalog, or you may not see it`,
      }));
    if (problems.length > 0) {
      throw new FieldInputError(problems);
    }
  }

  /**
   * The owner of each entity the caller can see (lower case), by ref;
   * entities without an owner map to undefined, unseen ones are absent.
   */
  async ownersOf(
    refs: string[],
    credentials: BackstageCredentials,
  ): Promise<Map<string, string | undefined>> {
    const unique = [...new Set(refs)];
    if (unique.length === 0) {
      return new Map();
    }
    const { items } = await this.catalog.getEntitiesByRefs(
      { entityRefs: unique, fields: ['relations'] },
      { credentials },
    );
    const owners = new Map<string, string | undefined>();
    unique.forEach((ref, i) => {
      const entity = items[i];
      if (entity) {
        const owner = entity.relations?.find(r => r.type === RELATION_OWNED_BY);
        owners.set(ref, owner?.targetRef.toLocaleLowerCase('en-US'));
      }
    });
    return owners;
  }
}
