import {
  BackstageCredentials,
  BackstageServicePrincipal,
  BackstageUserPrincipal,
} from '@backstage/backend-plugin-api';
import {
  Entity,
  parseEntityRef,
  RELATION_PART_OF,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { RefreshingCache } from './RefreshingCache';

/** Where an entity sits: its own ref and the system it is part of. */
export interface EntityPlacement {
  entityRef: string;
  systemRef?: string;
}

/** The system an entity is part of, if any. */
function systemOf(entity: Entity): string | undefined {
  const relation = entity.relations?.find(
    r =>
      r.type === RELATION_PART_OF &&
      parseEntityRef(r.targetRef).kind.toLocaleLowerCase('en-US') === 'system',
  );
  return relation?.targetRef.toLocaleLowerCase('en-US');
}

/** Who is asking, as a cache key: what the catalog shows depends on it. */
export function callerKey(credentials: BackstageCredentials): string {
  const principal = credentials.principal as
    | BackstageUserPrincipal
    | BackstageServicePrincipal
    | { type: string };
  if ('userEntityRef' in principal) {
    return `user:${principal.userEntityRef}`;
  }
  if ('subject' in principal) {
    return `service:${principal.subject}`;
  }
  return principal.type;
}

/**
 * Finds entities in the catalog as the caller sees them. An entity page
 * asks for its summary at every view, and asking the catalog each time
 * would cost more than the summary itself, so what the catalog answered is
 * kept per caller for a short time (see `RefreshingCache`). The cache is
 * per process and bounded:
 * replicas need not agree, since an entry is at most `ttlMs` old, and
 * entities that were not found are not kept (a new entity shows at once).
 */
export class EntityLookup {
  private readonly cache: RefreshingCache<{ found?: EntityPlacement }>;

  constructor(
    private readonly catalog: CatalogService,
    options: { ttlMs?: number; maxEntries?: number } = {},
  ) {
    this.cache = new RefreshingCache({
      ttlMs: options.ttlMs ?? 30_000,
      max: options.maxEntries ?? 20_000,
      keep: ({ found }) => found !== undefined,
    });
  }

  async find(
    entityRef: string,
    credentials: BackstageCredentials,
  ): Promise<EntityPlacement | undefined> {
    const key = `${callerKey(credentials)}|${entityRef}`;
    const { found } = await this.cache.get(key, async () => {
      const {
        items: [entity],
      } = await this.catalog.getEntitiesByRefs(
        {
          entityRefs: [entityRef],
          fields: ['kind', 'metadata.namespace', 'metadata.name', 'relations'],
        },
        { credentials },
      );
      if (!entity) {
        return {};
      }
      const ref = stringifyEntityRef(entity).toLocaleLowerCase('en-US');
      const systemRef = systemOf(entity);
      return {
        found:
          systemRef && systemRef !== ref
            ? { entityRef: ref, systemRef }
            : { entityRef: ref },
      };
    });
    return found;
  }
}
