import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import {
  LearningCoverage,
  LearningCoverageGroup,
  LearningDebtItem,
} from '@tech-learning/backstage-plugin-learning-common';
import { decodeKeyset, encodeKeyset } from '../shared/cursor';

/** A component or API as coverage sees it. */
export interface CoverageEntity {
  entityRef: string;
  kind: string;
  title?: string;
  type?: string;
  ownerRef?: string;
  systemRef?: string;
  lifecycle?: string;
  /** Entities that depend on it or consume it. */
  dependents: number;
}

/** The filters of coverage. */
export interface CoverageFilter {
  owner?: string;
  system?: string;
  kind?: 'component' | 'api';
  lifecycle?: string;
}

/** How much a lifecycle weighs in weighted coverage. */
export function lifecycleWeight(lifecycle?: string): number {
  switch (lifecycle?.toLocaleLowerCase('en-US')) {
    case 'production':
      return 3;
    case 'deprecated':
      return 0;
    default:
      return 1;
  }
}

const DEPENDENT_RELATIONS = new Set(['dependencyOf', 'apiConsumedBy']);

/** A catalog entity (kind component or api) as coverage sees it. */
export function toCoverageEntity(entity: Entity): CoverageEntity {
  const target = (type: string, kind?: string) =>
    entity.relations?.find(
      r => r.type === type && (!kind || r.targetRef.startsWith(`${kind}:`)),
    )?.targetRef;
  const spec = (entity.spec ?? {}) as Record<string, unknown>;
  const text = (value: unknown) =>
    typeof value === 'string' && value ? value : undefined;
  return {
    entityRef: stringifyEntityRef(entity).toLocaleLowerCase('en-US'),
    kind: entity.kind.toLocaleLowerCase('en-US'),
    title: text(entity.metadata.title),
    type: text(spec.type),
    ownerRef: target('ownedBy'),
    systemRef: target('partOf', 'system'),
    lifecycle: text(spec.lifecycle)?.toLocaleLowerCase('en-US'),
    dependents: new Set(
      (entity.relations ?? [])
        .filter(r => DEPENDENT_RELATIONS.has(r.type))
        .map(r => r.targetRef),
    ).size,
  };
}

function emptyGroup(key: string): LearningCoverageGroup {
  return { key, entities: 0, covered: 0, production: 0, productionCovered: 0 };
}

/** A position in the learning debt list: where the next page starts. */
const isDebtPosition = (value: any): value is { o: number } =>
  Number.isInteger(value?.o) && value.o >= 0;

/**
 * Coverage of components and APIs by material: per system, owner and
 * lifecycle, and the learning debt (those nothing teaches), ranked by how
 * many depend on them, then by their page views, then by ref.
 */
export function computeCoverage(options: {
  entities: CoverageEntity[];
  taught: Set<string>;
  views: Map<string, number>;
  filter: CoverageFilter;
  page: { limit: number; cursor?: string };
  catalogReadAt: string;
}): LearningCoverage {
  const { filter } = options;
  const matching = options.entities.filter(
    e =>
      (!filter.kind || e.kind === filter.kind) &&
      (!filter.owner || e.ownerRef === filter.owner) &&
      (!filter.system || e.systemRef === filter.system) &&
      (!filter.lifecycle || e.lifecycle === filter.lifecycle),
  );
  const total = emptyGroup('');
  const bySystem = new Map<string, LearningCoverageGroup>();
  const byOwner = new Map<string, LearningCoverageGroup>();
  const byLifecycle = new Map<string, LearningCoverageGroup>();
  const weights = new Map<
    LearningCoverageGroup,
    { all: number; covered: number }
  >();
  const add = (
    groups: Map<string, LearningCoverageGroup> | undefined,
    key: string,
    entity: CoverageEntity,
    covered: boolean,
  ) => {
    let group = groups ? groups.get(key) : total;
    if (!group) {
      group = emptyGroup(key);
      groups!.set(key, group);
    }
    const production = entity.lifecycle === 'production';
    group.entities += 1;
    group.covered += covered ? 1 : 0;
    group.production += production ? 1 : 0;
    group.productionCovered += production && covered ? 1 : 0;
    const weight = lifecycleWeight(entity.lifecycle);
    const w = weights.get(group) ?? { all: 0, covered: 0 };
    w.all += weight;
    w.covered += covered ? weight : 0;
    weights.set(group, w);
  };
  const debt: Array<LearningDebtItem> = [];
  for (const entity of matching) {
    const covered = options.taught.has(entity.entityRef);
    add(undefined, '', entity, covered);
    add(bySystem, entity.systemRef ?? '', entity, covered);
    add(byOwner, entity.ownerRef ?? '', entity, covered);
    add(byLifecycle, entity.lifecycle ?? '', entity, covered);
    if (!covered) {
      debt.push({
        entityRef: entity.entityRef,
        kind: entity.kind,
        ...(entity.title ? { title: entity.title } : {}),
        ...(entity.type ? { type: entity.type } : {}),
        ...(entity.ownerRef ? { ownerRef: entity.ownerRef } : {}),
        ...(entity.systemRef ? { systemRef: entity.systemRef } : {}),
        ...(entity.lifecycle ? { lifecycle: entity.lifecycle } : {}),
        dependents: entity.dependents,
        views: options.views.get(entity.entityRef) ?? 0,
      });
    }
  }
  const finish = (group: LearningCoverageGroup) => {
    const w = weights.get(group);
    return w && w.all > 0
      ? {
          ...group,
          weightedCoverage: Math.round((w.covered / w.all) * 1000) / 1000,
        }
      : group;
  };
  // the most entities first; the lifecycles production first
  const sorted = (groups: Map<string, LearningCoverageGroup>) =>
    [...groups.values()]
      .sort((a, b) => b.entities - a.entities || (a.key < b.key ? -1 : 1))
      .map(finish);
  const lifecycles = [...byLifecycle.values()]
    .sort(
      (a, b) =>
        lifecycleWeight(b.key) - lifecycleWeight(a.key) ||
        b.entities - a.entities ||
        (a.key < b.key ? -1 : 1),
    )
    .map(finish);

  debt.sort(
    (a, b) =>
      b.dependents - a.dependents ||
      b.views - a.views ||
      (a.entityRef < b.entityRef ? -1 : 1),
  );
  const offset = options.page.cursor
    ? decodeKeyset(options.page.cursor, isDebtPosition).o
    : 0;
  const end = offset + options.page.limit;
  return {
    total: finish(total),
    bySystem: sorted(bySystem),
    byOwner: sorted(byOwner),
    byLifecycle: lifecycles,
    debt: {
      items: debt.slice(offset, end),
      totalItems: debt.length,
      ...(end < debt.length ? { nextCursor: encodeKeyset({ o: end }) } : {}),
    },
    catalogReadAt: options.catalogReadAt,
  };
}
