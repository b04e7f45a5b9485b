import { Entity } from '@backstage/catalog-model';
import {
  LEARNING_ENTITY_ASPECTS,
  LearningEntityAspect,
} from '@tech-learning/backstage-plugin-learning-common';
import { createHash } from 'node:crypto';

/** A short hash per aspect of an entity, to tell later what changed. */
export type EntityFingerprint = Record<LearningEntityAspect, string>;

/** The relations an entity has to what it depends on (not to its users). */
const DEPENDENCY_RELATIONS = new Set([
  'dependsOn',
  'consumesApi',
  'providesApi',
]);

/** Spec fields that belong to an aspect of their own. */
const ASPECT_FIELDS = new Set([
  'lifecycle',
  'owner',
  'definition',
  'dependsOn',
  'consumesApis',
  'providesApis',
]);

/** JSON with object keys sorted, so that equal values hash equal. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) {
    return `[${value.map(stableJson).join(',')}]`;
  }
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map(
        k =>
          `${JSON.stringify(k)}:${stableJson(
            (value as Record<string, unknown>)[k],
          )}`,
      )
      .join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/** A list whose order means nothing, sorted; anything else as it is. */
const sortedList = (value: unknown) =>
  Array.isArray(value) ? [...value].map(String).sort() : value;

const hash = (value: unknown) =>
  createHash('sha256').update(stableJson(value)).digest('hex').slice(0, 16);

/**
 * Fingerprints the aspects of an entity whose change may outdate material
 * that teaches it: its lifecycle, owner, API definition (as the catalog
 * serves it, `$text` already resolved), dependencies (spec and relations)
 * and the rest of its spec. Metadata (descriptions, annotations, tags) is
 * left out: a new label does not make a course wrong.
 */
export function entityFingerprint(entity: Entity): EntityFingerprint {
  const spec = (entity.spec ?? {}) as Record<string, unknown>;
  const dependencies = [
    ...new Set(
      (entity.relations ?? [])
        .filter(r => DEPENDENCY_RELATIONS.has(r.type))
        .map(r => `${r.type} ${r.targetRef}`),
    ),
  ].sort();
  const rest = Object.fromEntries(
    Object.entries(spec).filter(([key]) => !ASPECT_FIELDS.has(key)),
  );
  return {
    lifecycle: hash(spec.lifecycle),
    owner: hash(spec.owner),
    definition: hash(spec.definition),
    dependencies: hash({
      relations: dependencies,
      dependsOn: sortedList(spec.dependsOn),
      consumesApis: sortedList(spec.consumesApis),
      providesApis: sortedList(spec.providesApis),
    }),
    spec: hash(rest),
  };
}

/** The aspects in which two fingerprints differ, in the canonical order. */
export function changedAspects(
  before: Partial<EntityFingerprint>,
  after: EntityFingerprint,
): LearningEntityAspect[] {
  return LEARNING_ENTITY_ASPECTS.filter(a => before[a] !== after[a]);
}

/** The fields the fingerprint reads, to ask the catalog for no more. */
export const FINGERPRINT_FIELDS = [
  'kind',
  'metadata.namespace',
  'metadata.name',
  'spec',
  'relations',
];
