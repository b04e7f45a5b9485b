import { AuthService } from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { RefreshingCache } from '../shared/RefreshingCache';
import { CoverageEntity, toCoverageEntity } from './coverage';

/** The components and APIs of the catalog, and when they were read. */
interface CatalogSnapshot {
  entities: CoverageEntity[];
  readAt: string;
}

/**
 * The catalog's components and APIs with their owners, systems, lifecycles
 * and dependents, read with the plugin's own credentials (insights are
 * aggregates for the program, whose viewers see the whole catalog's
 * figures) and kept for `ttlMs`. A value past that is still answered,
 * for up to an hour, while it is read again in the background: reading
 * tens of thousands of entities must not make a chart wait.
 */
export class CoverageCatalog {
  private readonly cache: RefreshingCache<CatalogSnapshot>;

  constructor(
    private readonly deps: {
      catalog: CatalogService;
      auth: AuthService;
      ttlMs: number;
    },
  ) {
    this.cache = new RefreshingCache({
      ttlMs: deps.ttlMs,
      staleMs: 60 * 60 * 1000,
      max: 1,
    });
  }

  read(): Promise<CatalogSnapshot> {
    return this.cache.get('catalog', () => this.load());
  }

  private async load(): Promise<CatalogSnapshot> {
    const credentials = await this.deps.auth.getOwnServiceCredentials();
    const entities: CoverageEntity[] = [];
    let cursor: string | undefined;
    do {
      const page = await this.deps.catalog.queryEntities(
        cursor
          ? { cursor, limit: 1000 }
          : {
              filter: [{ kind: 'component' }, { kind: 'api' }],
              fields: [
                'kind',
                'metadata.namespace',
                'metadata.name',
                'metadata.title',
                'spec.type',
                'spec.lifecycle',
                'relations',
              ],
              limit: 1000,
            },
        { credentials },
      );
      entities.push(...page.items.map(toCoverageEntity));
      cursor = page.pageInfo.nextCursor;
    } while (cursor);
    return { entities, readAt: new Date().toISOString() };
  }
}
