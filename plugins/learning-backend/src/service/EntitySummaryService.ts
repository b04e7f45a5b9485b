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
import { LearningStore } from '../database/LearningStore';

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
 * Builds what an entity page shows: the material linked to the entity and
 * to its system, their SMEs and docs.
 */
export class EntitySummaryService {
  constructor(
    private readonly deps: { store: LearningStore; catalog: CatalogService },
  ) {}

  async getSummary(
    entityRef: string,
    credentials: BackstageCredentials,
  ): Promise<EntityLearningSummary> {
    const entity = await this.deps.catalog.getEntityByRef(entityRef, {
      credentials,
    });
    if (!entity) {
      throw new NotFoundError(`No entity ${entityRef} in the catalog`);
    }
    const ref = stringifyEntityRef(entity).toLocaleLowerCase('en-US');
    const systemRef = systemOf(entity);
    const linked = await this.deps.store.getResourcesLinkedTo(
      systemRef && systemRef !== ref ? [ref, systemRef] : [ref],
    );

    // A resource linked to both the entity and its system shows once, as
    // linked to the entity.
    const items = new Map<string, EntityLearningItem>();
    for (const link of linked) {
      const via = link.entityRef === ref ? 'entity' : 'system';
      const current = items.get(link.resource.id);
      if (!current || (current.via === 'system' && via === 'entity')) {
        items.set(link.resource.id, {
          resource: link.resource,
          relation: link.relation,
          via,
        });
      }
    }
    const sorted = [...items.values()].sort(
      (a, b) =>
        Number(a.via === 'system') - Number(b.via === 'system') ||
        a.resource.title.localeCompare(b.resource.title),
    );

    const smes = [...new Set(sorted.flatMap(i => i.resource.smes))].sort();
    const docs = new Map<string, LearningDocRef>();
    for (const doc of sorted.flatMap(i => i.resource.docs)) {
      docs.set(`${doc.entityRef}#${doc.path ?? ''}`, doc);
    }
    return {
      entityRef: ref,
      ...(systemRef ? { systemRef } : {}),
      items: sorted,
      smes,
      docs: [...docs.values()],
    };
  }
}
