import { AuthService } from '@backstage/backend-plugin-api';
import { parseEntityRef } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';

/**
 * Entities are looked up once per collation, and no more are kept than
 * this: enough for a large catalog, and the memory of a run stays flat
 * however much material it indexes.
 */
const MAX_REMEMBERED = 20_000;

/**
 * The names people know entities by (their title, else their name), read
 * from the catalog in batches and remembered for the run.
 */
export class EntityNames {
  private readonly names = new Map<string, string>();

  constructor(
    private readonly catalog: CatalogService,
    private readonly auth: AuthService,
  ) {}

  /** The names of these refs; a ref the catalog lacks is named by itself. */
  async of(refs: string[]): Promise<Map<string, string>> {
    const missing = [...new Set(refs)].filter(ref => !this.names.has(ref));
    if (missing.length > 0) {
      if (this.names.size + missing.length > MAX_REMEMBERED) {
        this.names.clear();
      }
      const { items } = await this.catalog.getEntitiesByRefs(
        {
          entityRefs: missing,
          fields: [
            'kind',
            'metadata.name',
            'metadata.namespace',
            'metadata.title',
          ],
        },
        { credentials: await this.auth.getOwnServiceCredentials() },
      );
      missing.forEach((ref, i) => {
        const entity = items[i];
        this.names.set(
          ref,
          entity?.metadata.title ??
            entity?.metadata.name ??
            parseEntityRef(ref).name,
        );
      });
    }
    return new Map(
      refs.map(ref => [ref, this.names.get(ref) ?? parseEntityRef(ref).name]),
    );
  }
}
