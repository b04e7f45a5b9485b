import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { NotFoundError } from '@backstage/errors';
import {
  EntityLearningItem,
  EntityLearningSummary,
  LearningDocRef,
  LearningRating,
} from '@tech-learning/backstage-plugin-learning-common';
import { LRUCache } from 'lru-cache';
import { LearnerCounts, LearnerStore } from '../database/LearnerStore';
import { EntityLinkedResource, LearningStore } from '../database/LearningStore';
import { ResourceAuthorizer } from '../permissions/ResourceAuthorizer';
import { EntityLookup } from './EntityLookup';

/** What every viewer of an entity is shown, before permissions. */
interface EntityMaterial {
  linked: EntityLinkedResource[];
  counts: Map<string, LearnerCounts>;
  ratings: Map<string, LearningRating>;
}

/**
 * Builds what an entity page shows, in one response: the material linked
 * to the entity and to its system, their SMEs and docs, learner counts,
 * ratings, freshness and the viewer's own enrolments.
 *
 * The material of an entity is the same for every viewer, and an entity
 * page is viewed far more often than material changes, so it is kept for a
 * few seconds in a bounded cache of this process. Writes through this
 * process clear it at once (`materialChanged`); other replicas show a
 * change within `materialTtlMs`. Permissions and the viewer's enrolments
 * are applied to every request, never cached across viewers.
 */
export class EntitySummaryService {
  private readonly material: LRUCache<string, EntityMaterial>;
  private generation = 0;

  constructor(
    private readonly deps: {
      store: LearningStore;
      learners: LearnerStore;
      entities: EntityLookup;
      authorizer: ResourceAuthorizer;
      materialTtlMs?: number;
    },
  ) {
    this.material = new LRUCache({
      max: 1000,
      ttl: deps.materialTtlMs ?? 10_000,
    });
  }

  /** Forgets cached material; call after any write to learning data. */
  materialChanged(): void {
    this.generation += 1;
    this.material.clear();
  }

  private async getMaterial(entityRefs: string[]): Promise<EntityMaterial> {
    const key = entityRefs.join('|');
    const cached = this.material.get(key);
    if (cached) {
      return cached;
    }
    const generation = this.generation;
    const linked = await this.deps.store.getResourcesLinkedTo(entityRefs);
    const ids = [...new Set(linked.map(l => l.resource.id))];
    const [counts, ratings] = await Promise.all([
      this.deps.learners.countLearners(ids),
      this.deps.learners.getRatings(ids),
    ]);
    const material = { linked, counts, ratings };
    // Material read across a write must not outlive that write.
    if (generation === this.generation) {
      this.material.set(key, material);
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
    if (scope.type === 'none') {
      return {
        entityRef: ref,
        ...(systemRef ? { systemRef } : {}),
        items: [],
        smes: [],
        docs: [],
      };
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
          resource: link.resource,
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
      .sort(
        (a, b) =>
          Number(a.via === 'system') - Number(b.via === 'system') ||
          a.resource.title.localeCompare(b.resource.title),
      );

    const smes = [...new Set(items.flatMap(i => i.resource.smes))].sort();
    const docs = new Map<string, LearningDocRef>();
    for (const doc of items.flatMap(i => i.resource.docs)) {
      docs.set(`${doc.entityRef}#${doc.path ?? ''}`, doc);
    }
    return {
      entityRef: ref,
      ...(systemRef ? { systemRef } : {}),
      items,
      smes,
      docs: [...docs.values()],
    };
  }
}
