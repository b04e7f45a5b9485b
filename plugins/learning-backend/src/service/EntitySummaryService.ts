import { BackstageCredentials } from '@backstage/backend-plugin-api';
import {
  Entity,
  parseEntityRef,
  RELATION_PART_OF,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { NotFoundError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  EntityLearningItem,
  EntityLearningSummary,
  LearningDocRef,
} from '@tech-learning/backstage-plugin-learning-common';
import { LearnerStore } from '../database/LearnerStore';
import { LearningStore } from '../database/LearningStore';
import { ResourceAuthorizer } from '../permissions/ResourceAuthorizer';

/** The system an entity is part of, if any. */
function systemOf(entity: Entity): string | undefined {
  const relation = entity.relations?.find(
    r =>
      r.type === RELATION_PART_OF &&
      parseEntityRef(r.targetRef).kind.toLocaleLowerCase('en-US') === 'system',
  );
  return relation?.targetRef.toLocaleLowerCase('en-US');
}

/**
 * Builds what an entity page shows, in one response: the material linked
 * to the entity and to its system, their SMEs and docs, learner counts,
 * ratings, freshness and the viewer's own enrolments.
 */
export class EntitySummaryService {
  constructor(
    private readonly deps: {
      store: LearningStore;
      learners: LearnerStore;
      catalog: CatalogService;
      authorizer: ResourceAuthorizer;
    },
  ) {}

  async getSummary(
    entityRef: string,
    credentials: BackstageCredentials,
    viewerRef?: string,
  ): Promise<EntityLearningSummary> {
    const [entity, scope] = await Promise.all([
      this.deps.catalog.getEntityByRef(entityRef, { credentials }),
      this.deps.authorizer.readScope(credentials),
    ]);
    if (!entity) {
      throw new NotFoundError(`No entity ${entityRef} in the catalog`);
    }
    const ref = stringifyEntityRef(entity).toLocaleLowerCase('en-US');
    const systemRef = systemOf(entity);
    const linked =
      scope.type === 'none'
        ? []
        : await this.deps.store.getResourcesLinkedTo(
            systemRef && systemRef !== ref ? [ref, systemRef] : [ref],
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
    const [counts, ratings, mine] = await Promise.all([
      this.deps.learners.countLearners(ids),
      this.deps.learners.getRatings(ids),
      viewerRef
        ? this.deps.learners.getEnrolments(ids, viewerRef)
        : Promise.resolve(undefined),
    ]);
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
