import { BackstageCredentials } from '@backstage/backend-plugin-api';
import {
  Entity,
  parseEntityRef,
  RELATION_CHILD_OF,
  RELATION_CONSUMES_API,
  RELATION_DEPENDS_ON,
  RELATION_MEMBER_OF,
  RELATION_PART_OF,
  RELATION_PROVIDES_API,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { callerKey } from '../shared/callerKey';
import { RefreshingCache } from '../shared/RefreshingCache';

/** How an entity that material teaches relates to the learner. */
export type TargetType =
  | 'owned'
  | 'dependency'
  | 'consumed-api'
  | 'provided-api'
  | 'system';

/** An entity whose material suits the learner, and why. */
export interface Target {
  entityRef: string;
  type: TargetType;
  /** The owned entity that leads to this one, when it is not owned. */
  viaEntityRef?: string;
}

/** What the catalog says about an entity a profile names. */
export interface ProfileEntity {
  ref: string;
  name: string;
  kind: string;
  type?: string;
  tags: string[];
}

/**
 * What the catalog tells of a learner, as they see it: their groups (teams,
 * and the groups those are part of), the entities those own, and what
 * those depend on, consume, provide and are part of. Everything named here
 * the learner may see.
 */
export interface LearnerProfile {
  userRef: string;
  /** Their groups; depth 0 for those they are members of. */
  groups: Array<{ ref: string; name: string; depth: number }>;
  targets: Target[];
  /** The entities of the targets, by ref. */
  entities: Map<string, ProfileEntity>;
}

const FIELDS = [
  'kind',
  'metadata.namespace',
  'metadata.name',
  'metadata.title',
  'metadata.tags',
  'spec.type',
  'spec.profile.displayName',
  'relations',
];

/** What a related entity is read with: no relations, which weigh most. */
const RELATED_FIELDS = FIELDS.filter(f => f !== 'relations');

/** At most this many owned entities are read per learner. */
const MAX_OWNED = 1000;

/** At most this many related entities are looked up per learner. */
const MAX_RELATED = 1000;

/** Levels of parent groups that count as the learner's. */
const MAX_GROUP_DEPTH = 3;

const lower = (ref: string) => ref.toLocaleLowerCase('en-US');

function toProfileEntity(entity: Entity): ProfileEntity {
  const spec = (entity.spec ?? {}) as {
    type?: unknown;
    profile?: { displayName?: unknown };
  };
  const displayName = spec.profile?.displayName;
  return {
    ref: lower(stringifyEntityRef(entity)),
    name:
      (typeof displayName === 'string' && displayName) ||
      entity.metadata.title ||
      entity.metadata.name,
    kind: entity.kind.toLocaleLowerCase('en-US'),
    type: typeof spec.type === 'string' ? spec.type : undefined,
    tags: entity.metadata.tags ?? [],
  };
}

function targetsOf(entity: Entity, type: string): string[] {
  return (entity.relations ?? [])
    .filter(r => r.type === type)
    .map(r => lower(r.targetRef));
}

/**
 * Reads learners' profiles from the catalog with their own credentials,
 * and keeps each for a short time (as entity pages keep where entities
 * sit), answering a stale one while it is read again.
 */
export class LearnerProfiles {
  private readonly cache: RefreshingCache<LearnerProfile>;

  constructor(
    private readonly catalog: CatalogService,
    options: { ttlMs: number; staleMs: number; maxEntries?: number },
  ) {
    this.cache = new RefreshingCache({
      ttlMs: options.ttlMs,
      staleMs: options.staleMs,
      max: options.maxEntries ?? 5000,
    });
  }

  get(
    userRef: string,
    credentials: BackstageCredentials,
  ): Promise<LearnerProfile> {
    return this.cache.get(callerKey(credentials), () =>
      this.read(lower(userRef), credentials),
    );
  }

  private async byRefs(
    refs: string[],
    credentials: BackstageCredentials,
    fields = FIELDS,
  ): Promise<Entity[]> {
    if (refs.length === 0) {
      return [];
    }
    const { items } = await this.catalog.getEntitiesByRefs(
      { entityRefs: refs, fields },
      { credentials },
    );
    return items.filter((e): e is Entity => e !== undefined && e !== null);
  }

  /** The learner's teams, and the groups those are part of. */
  private async groupsOf(
    teams: string[],
    credentials: BackstageCredentials,
  ): Promise<LearnerProfile['groups']> {
    const groups: LearnerProfile['groups'] = [];
    const seen = new Set<string>();
    let level = teams;
    for (let depth = 0; level.length > 0 && depth < MAX_GROUP_DEPTH; depth++) {
      const found = await this.byRefs(
        level.filter(ref => !seen.has(ref)),
        credentials,
      );
      const parents: string[] = [];
      for (const group of found) {
        const entity = toProfileEntity(group);
        seen.add(entity.ref);
        groups.push({ ref: entity.ref, name: entity.name, depth });
        parents.push(...targetsOf(group, RELATION_CHILD_OF));
      }
      level = parents;
    }
    return groups;
  }

  /** What the learner and their teams own, as the catalog shows it them. */
  private async ownedBy(
    owners: string[],
    credentials: BackstageCredentials,
  ): Promise<Entity[]> {
    const owned: Entity[] = [];
    let cursor: string | undefined;
    do {
      const page = await this.catalog.queryEntities(
        cursor
          ? { cursor, limit: 500 }
          : {
              filter: { 'relations.ownedBy': owners },
              fields: FIELDS,
              limit: 500,
            },
        { credentials },
      );
      owned.push(...page.items);
      cursor = page.pageInfo.nextCursor;
    } while (cursor && owned.length < MAX_OWNED);
    // in an order of their own: the catalog's ordering costs it a sort
    return owned.sort((a, b) => (a.metadata.name < b.metadata.name ? -1 : 1));
  }

  private async read(
    userRef: string,
    credentials: BackstageCredentials,
  ): Promise<LearnerProfile> {
    const [user] = await this.byRefs([userRef], credentials);
    const teams = user ? targetsOf(user, RELATION_MEMBER_OF) : [];
    // the learner's groups and what they own, at once
    const [groups, owned] = await Promise.all([
      this.groupsOf(teams, credentials),
      this.ownedBy([userRef, ...teams], credentials),
    ]);

    const entities = new Map<string, ProfileEntity>();
    const targets: Target[] = [];
    const related = new Map<string, Target[]>();
    for (const entity of owned.slice(0, MAX_OWNED)) {
      const own = toProfileEntity(entity);
      entities.set(own.ref, own);
      targets.push({ entityRef: own.ref, type: 'owned' });
      const add = (type: TargetType, refs: string[]) => {
        for (const ref of refs) {
          const list = related.get(ref) ?? [];
          list.push({ entityRef: ref, type, viaEntityRef: own.ref });
          related.set(ref, list);
        }
      };
      add('dependency', targetsOf(entity, RELATION_DEPENDS_ON));
      add('consumed-api', targetsOf(entity, RELATION_CONSUMES_API));
      add('provided-api', targetsOf(entity, RELATION_PROVIDES_API));
      add(
        'system',
        targetsOf(entity, RELATION_PART_OF).filter(
          ref => parseEntityRef(ref).kind === 'system',
        ),
      );
    }
    // an owned entity is reason enough; otherwise one way to it, named
    // only when the learner may see it
    const unseen = [...related.keys()]
      .filter(ref => !entities.has(ref))
      .slice(0, MAX_RELATED);
    for (const entity of await this.byRefs(
      unseen,
      credentials,
      RELATED_FIELDS,
    )) {
      const found = toProfileEntity(entity);
      entities.set(found.ref, found);
      const way = related.get(found.ref)?.[0];
      if (way) {
        targets.push(way);
      }
    }
    return { userRef, groups, targets, entities };
  }
}
