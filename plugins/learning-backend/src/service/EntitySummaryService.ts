import { randomUUID } from 'node:crypto';
import {
  BackstageCredentials,
  CacheService,
  LoggerService,
} from '@backstage/backend-plugin-api';
import { NotFoundError } from '@backstage/errors';
import {
  EntityLearningItem,
  EntityLearningSummary,
  LearningDocRef,
  LearningRating,
  LearningResource,
  LearningResourceSummary,
} from '@tech-learning/backstage-plugin-learning-common';
import { LRUCache } from 'lru-cache';
import { LearnerCounts, LearnerStore } from '../database/LearnerStore';
import { EntityLinkedResource, LearningStore } from '../database/LearningStore';
import { ResourceAuthorizer } from '../permissions/ResourceAuthorizer';
import { EntityLookup } from './EntityLookup';
import { spreadTtl } from './spreadTtl';

/** A link with the resource as the entity page shows it. */
type MaterialLink = EntityLinkedResource & { summary: LearningResourceSummary };

/** What every viewer of an entity is shown, before permissions. */
interface EntityMaterial {
  /** Sorted by title. */
  linked: MaterialLink[];
  counts: Map<string, LearnerCounts>;
  ratings: Map<string, LearningRating>;
}

/** Key, in the cache service, of the token that changes with every write. */
const GENERATION_KEY = 'entity-material-generation';

const titleOrder = new Intl.Collator('en', { sensitivity: 'base' });

function toSummary(resource: LearningResource): LearningResourceSummary {
  const { description: _description, links: _links, ...summary } = resource;
  return summary;
}

/**
 * Builds what an entity page shows, in one response: the material linked
 * to the entity and to its system, their SMEs and docs, learner counts,
 * ratings, freshness and the viewer's own enrolments.
 *
 * The material of an entity is the same for every viewer, and an entity
 * page is viewed far more often than material changes, so it is kept in a
 * bounded cache of this process. Every write replaces a token in the
 * cache service; a process that sees a new token forgets its material.
 * With a shared cache store (`backend.cache`), replicas thus see each
 * other's writes at once; without one, within `materialTtlMs`.
 * Permissions and the viewer's own enrolments are applied per request and
 * never cached across viewers.
 */
export class EntitySummaryService {
  private readonly material: LRUCache<string, EntityMaterial>;
  /** Bumped whenever the cache is cleared, to drop reads that overlapped. */
  private generation = 0;
  private seenToken: string | undefined;
  private readonly materialTtlMs: number;

  constructor(
    private readonly deps: {
      store: LearningStore;
      learners: LearnerStore;
      entities: EntityLookup;
      authorizer: ResourceAuthorizer;
      cache: CacheService;
      logger: LoggerService;
      materialTtlMs?: number;
    },
  ) {
    this.materialTtlMs = deps.materialTtlMs ?? 60_000;
    // Bounded by the resources it holds (a few KB each), not by entities:
    // an entity with a hundred resources weighs a hundred.
    this.material = new LRUCache({
      maxSize: 20_000,
      sizeCalculation: material => Math.max(1, material.linked.length),
      ttl: this.materialTtlMs,
    });
  }

  /** Call after any write to learning data, in any process. */
  async materialChanged(): Promise<void> {
    this.forget();
    const token = randomUUID();
    this.seenToken = token;
    try {
      await this.deps.cache.set(GENERATION_KEY, token);
    } catch (error) {
      // The write itself succeeded; other replicas catch up within the TTL.
      this.deps.logger.warn(
        `Could not tell other replicas about a learning write: ${error}`,
      );
    }
  }

  private forget() {
    this.generation += 1;
    this.material.clear();
  }

  private async getMaterial(entityRefs: string[]): Promise<EntityMaterial> {
    const token = await this.deps.cache
      .get<string>(GENERATION_KEY)
      .catch(() => this.seenToken);
    if (token !== this.seenToken) {
      this.seenToken = token;
      this.forget();
    }
    const key = entityRefs.join('|');
    const cached = this.material.get(key);
    if (cached) {
      return cached;
    }
    const generation = this.generation;
    const linked = (await this.deps.store.getResourcesLinkedTo(entityRefs))
      .sort((a, b) => titleOrder.compare(a.resource.title, b.resource.title))
      .map(link => ({ ...link, summary: toSummary(link.resource) }));
    const ids = [...new Set(linked.map(l => l.resource.id))];
    const [counts, ratings] = await Promise.all([
      this.deps.learners.countLearners(ids),
      this.deps.learners.getRatings(ids),
    ]);
    const material = { linked, counts, ratings };
    // Material read across a write must not outlive that write.
    if (generation === this.generation) {
      this.material.set(key, material, { ttl: spreadTtl(this.materialTtlMs) });
    }
    return material;
  }

  async getSummary(
    entityRef: string,
    credentials: BackstageCredentials,
    viewerRef?: string,
  ): Promise<EntityLearningSummary> {
    const [placement, scope] = await Promise.all([
      this.deps.entities.find(entityRef, credentials),
      this.deps.authorizer.readScope(credentials),
    ]);
    if (!placement) {
      throw new NotFoundError(`No entity ${entityRef} in the catalog`);
    }
    const { entityRef: ref, systemRef } = placement;
    const summary = { entityRef: ref, ...(systemRef ? { systemRef } : {}) };
    if (scope.type === 'none') {
      return { ...summary, items: [], smes: [], docs: [] };
    }
    const { linked, counts, ratings } = await this.getMaterial(
      systemRef ? [ref, systemRef] : [ref],
    );

    // A resource linked to both the entity and its system shows once, as
    // linked to the entity.
    const picked = new Map<
      string,
      Pick<EntityLearningItem, 'resource' | 'relation' | 'via'>
    >();
    for (const link of linked) {
      if (!scope.allows(link.resource)) {
        continue;
      }
      const via = link.entityRef === ref ? 'entity' : 'system';
      const current = picked.get(link.resource.id);
      if (!current || (current.via === 'system' && via === 'entity')) {
        picked.set(link.resource.id, {
          resource: link.summary,
          relation: link.relation,
          via,
        });
      }
    }
    const ids = [...picked.keys()];
    const mine = viewerRef
      ? await this.deps.learners.getEnrolments(ids, viewerRef)
      : undefined;
    const items: EntityLearningItem[] = [...picked.values()]
      .map(item => {
        const id = item.resource.id;
        const enrolment = mine?.get(id);
        return {
          ...item,
          learners: counts.get(id)?.learners ?? 0,
          completions: counts.get(id)?.completions ?? 0,
          rating: ratings.get(id) ?? { count: 0 },
          ...(enrolment ? { myEnrolment: enrolment } : {}),
        };
      })
      // stable: by title within each group, as the material is sorted
      .sort((a, b) => Number(a.via === 'system') - Number(b.via === 'system'));

    const smes = [...new Set(items.flatMap(i => i.resource.smes))].sort();
    const docs = new Map<string, LearningDocRef>();
    for (const doc of items.flatMap(i => i.resource.docs)) {
      docs.set(`${doc.entityRef}#${doc.path ?? ''}`, doc);
    }
    return { ...summary, items, smes, docs: [...docs.values()] };
  }
}
