import { BackstageCredentials } from '@backstage/backend-plugin-api';
import {
  Entity,
  parseEntityRef,
  RELATION_PART_OF,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { callerKey } from '../shared/callerKey';
import { RefreshingCache } from '../shared/RefreshingCache';

/** Where an entity sits: its own ref and the system it is part of. */
interface EntityPlacement {
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

/** The fields of an entity that its placement needs. */
const FIELDS = ['kind', 'metadata.namespace', 'metadata.name', 'relations'];

/** At most this many refs go to the catalog in one request. */
const MAX_BATCH = 100;

/** Lookups of one caller that go to the catalog together. */
interface Batch {
  credentials: BackstageCredentials;
  waiting: Map<
    string,
    Array<{
      resolve: (entity: Entity | undefined) => void;
      reject: (error: unknown) => void;
    }>
  >;
}

/**
 * Finds entities in the catalog as the caller sees them. An entity page
 * asks for its summary at every view, and asking the catalog each time
 * would cost more than the summary itself, so what the catalog answered is
 * kept per caller for a short time (see `RefreshingCache`), and used for
 * `staleMs` longer while it is asked again in the background. The cache is
 * per process and bounded: replicas need not agree, since an entry is at
 * most `ttlMs + staleMs` old and a view past `ttlMs` asks again, and
 * entities that were not found are not kept (a new entity shows at once).
 * Lookups of one caller that miss the cache in the same turn of the event
 * loop (several pages opened at once, or a burst of views under load) go
 * to the catalog in one request.
 */
export class EntityLookup {
  private readonly cache: RefreshingCache<{ found?: EntityPlacement }>;
  private readonly batches = new Map<string, Batch>();

  constructor(
    private readonly catalog: CatalogService,
    options: { ttlMs?: number; staleMs?: number; maxEntries?: number } = {},
  ) {
    this.cache = new RefreshingCache({
      ttlMs: options.ttlMs ?? 30_000,
      staleMs: options.staleMs,
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
      const entity = await this.fetch(entityRef, credentials);
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

  /** The entity, from the catalog, in a batch with the caller's others. */
  private fetch(
    entityRef: string,
    credentials: BackstageCredentials,
  ): Promise<Entity | undefined> {
    const key = callerKey(credentials);
    let batch = this.batches.get(key);
    if (!batch) {
      const created: Batch = { credentials, waiting: new Map() };
      this.batches.set(key, created);
      setImmediate(() => this.flush(key, created));
      batch = created;
    }
    const answer = new Promise<Entity | undefined>((resolve, reject) => {
      const waiters = batch.waiting.get(entityRef) ?? [];
      waiters.push({ resolve, reject });
      batch.waiting.set(entityRef, waiters);
    });
    if (batch.waiting.size >= MAX_BATCH) {
      this.flush(key, batch);
    }
    return answer;
  }

  private async flush(key: string, batch: Batch): Promise<void> {
    if (this.batches.get(key) !== batch) {
      return; // already sent, when it filled up
    }
    this.batches.delete(key);
    const refs = [...batch.waiting.keys()];
    try {
      const { items } = await this.catalog.getEntitiesByRefs(
        { entityRefs: refs, fields: FIELDS },
        { credentials: batch.credentials },
      );
      refs.forEach((ref, i) =>
        batch.waiting.get(ref)!.forEach(w => w.resolve(items[i] ?? undefined)),
      );
    } catch (error) {
      batch.waiting.forEach(waiters => waiters.forEach(w => w.reject(error)));
    }
  }
}
