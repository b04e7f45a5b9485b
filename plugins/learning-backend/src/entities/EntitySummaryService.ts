import { randomUUID } from 'node:crypto';
import {
  BackstageCredentials,
  CacheService,
  LoggerService,
} from '@backstage/backend-plugin-api';
import { NotFoundError } from '@backstage/errors';
import {
  EntityLearningItem,
  LearningDocRef,
  LearningEmbed,
  LearningEnrolment,
  LearningRating,
} from '@tech-learning/backstage-plugin-learning-common';
import { EmbedAuthorizer, EmbedReadScope, EmbedStore } from '../embeds';
import { LearnerCounts, LearnerStore } from '../learners';
import {
  EntityLinkedResource,
  ReadScope,
  ResourceAuthorizer,
  ResourceStore,
  toSummary,
} from '../resources';
import { callerKey } from '../shared/callerKey';
import { EntityLookup } from './EntityLookup';
import { RefreshingCache } from '../shared/RefreshingCache';

/**
 * A link with its resource, and the part of its summary item that is the
 * same for every viewer (resource, relation, counts, rating), serialised
 * once when the material is read.
 */
interface MaterialLink extends EntityLinkedResource {
  /** The item's members without braces: `"resource":{…},…,"rating":{…}` */
  json: string;
}

/** What every viewer of an entity is shown, before permissions. */
interface EntityMaterial {
  /** Sorted by title. */
  linked: MaterialLink[];
  /** Open embeds that work on the entity, sorted by title. */
  embeds: LearningEmbed[];
}

/** What one caller may read of resources and of embeds. */
interface ViewerScopes {
  resources: ReadScope;
  embeds: EmbedReadScope;
}

/** Open embeds an entity page lists, of the entity and of its system each. */
const EMBEDS_PER_ENTITY = 20;

/** Key, in the cache service, of the token that changes with every write. */
const GENERATION_KEY = 'entity-material-generation';

type ItemVia = EntityLearningItem['via'];

const titleOrder = new Intl.Collator('en', { sensitivity: 'base' });

function itemJson(
  link: EntityLinkedResource,
  counts: LearnerCounts | undefined,
  rating: LearningRating | undefined,
): string {
  const shared: Omit<EntityLearningItem, 'via' | 'myEnrolment'> = {
    resource: toSummary(link.resource),
    relation: link.relation,
    learners: counts?.learners ?? 0,
    completions: counts?.completions ?? 0,
    rating: rating ?? { count: 0 },
  };
  return JSON.stringify(shared).slice(1, -1);
}

/**
 * Builds what an entity page shows, in one response: the material linked
 * to the entity and to its system, their SMEs and docs, learner counts,
 * ratings, freshness and the viewer's own enrolments.
 *
 * An entity page is viewed far more often than material changes, so what
 * it needs is kept in bounded caches of this process:
 * - the material of an entity, the same for every viewer, serialised once;
 * - each viewer's enrolments;
 * - for each caller, where the entity sits in the catalog (`EntityLookup`)
 *   and the permission framework's read decision, for `viewerTtlMs` (the
 *   decision is still applied to each resource at every request).
 *
 * Values read near the end of their lifetime are reloaded in the
 * background (`RefreshingCache`).
 *
 * Every write replaces a token in the cache service; a process that sees a
 * new token forgets material and enrolments. With a shared cache store
 * (`backend.cache`), replicas thus see each other's writes at once;
 * without one, within `materialTtlMs`. Reads that overlapped a write are
 * not kept. A lifetime of 0 turns a cache off.
 */
export class EntitySummaryService {
  private readonly material: RefreshingCache<EntityMaterial>;
  private readonly enrolments: RefreshingCache<Map<string, LearningEnrolment>>;
  private readonly scopes: RefreshingCache<ViewerScopes>;
  private seenToken: string | undefined;

  constructor(
    private readonly deps: {
      store: ResourceStore;
      learners: LearnerStore;
      embeds: EmbedStore;
      entities: EntityLookup;
      authorizer: ResourceAuthorizer;
      embedAuthorizer: EmbedAuthorizer;
      cache: CacheService;
      logger: LoggerService;
      materialTtlMs?: number;
      viewerTtlMs?: number;
    },
  ) {
    const materialTtlMs = deps.materialTtlMs ?? 60_000;
    // Bounded by what they hold: the resources of an entity (a few KB
    // each), the enrolments of a viewer (a few hundred bytes each).
    this.material = new RefreshingCache({
      ttlMs: materialTtlMs,
      maxSize: 20_000,
      sizeOf: material => material.linked.length + material.embeds.length,
      keep: material =>
        material.linked.length > 0 || material.embeds.length > 0,
    });
    this.enrolments = new RefreshingCache({
      ttlMs: materialTtlMs,
      maxSize: 100_000,
      sizeOf: enrolments => enrolments.size,
    });
    this.scopes = new RefreshingCache({
      ttlMs: deps.viewerTtlMs ?? 30_000,
      max: 10_000,
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

  /** Writes change material and enrolments, not permission decisions. */
  private forget() {
    this.material.clear();
    this.enrolments.clear();
  }

  /** Forgets what this process holds if another one wrote since. */
  private async catchUp() {
    const token = await this.deps.cache
      .get<string>(GENERATION_KEY)
      .catch(() => this.seenToken);
    if (token !== this.seenToken) {
      this.seenToken = token;
      this.forget();
    }
  }

  /**
   * The material linked to one entity. An entity's and its system's are
   * kept apart: every component of a system shares the system's. Entities
   * without material are not kept (a flood of unknown refs cannot push out
   * what pages need, and asking again costs one indexed query).
   */
  private getMaterial(entityRef: string): Promise<EntityMaterial> {
    return this.material.get(entityRef, async () => {
      const [linked, embeds] = await Promise.all([
        this.deps.store.getResourcesLinkedTo([entityRef]),
        this.deps.embeds.getOpenEmbedsLinkedTo(entityRef, EMBEDS_PER_ENTITY),
      ]);
      const links = linked.sort((a, b) =>
        titleOrder.compare(a.resource.title, b.resource.title),
      );
      const ids = [...new Set(links.map(l => l.resource.id))];
      const [counts, ratings] = await Promise.all([
        this.deps.learners.countLearners(ids),
        this.deps.learners.getRatings(ids),
      ]);
      return {
        embeds: embeds.sort((a, b) => titleOrder.compare(a.title, b.title)),
        linked: links.map(link => ({
          ...link,
          json: itemJson(
            link,
            counts.get(link.resource.id),
            ratings.get(link.resource.id),
          ),
        })),
      };
    });
  }

  private getEnrolments(
    viewerRef: string,
  ): Promise<Map<string, LearningEnrolment>> {
    return this.enrolments.get(viewerRef, () =>
      this.deps.learners.getUserEnrolments(viewerRef),
    );
  }

  private readScopes(credentials: BackstageCredentials): Promise<ViewerScopes> {
    return this.scopes.get(callerKey(credentials), async () => {
      const [resources, embeds] = await Promise.all([
        this.deps.authorizer.readScope(credentials),
        this.deps.embedAuthorizer.readScope(credentials),
      ]);
      return { resources, embeds };
    });
  }

  /**
   * The JSON of the `EntityLearningSummary` of an entity as the caller sees
   * it, with `viewerRef`'s own enrolments. Assembled from parts serialised
   * when the material was read: an entity page is the hottest read there
   * is, and serialising the same resources at every view would dominate it.
   */
  async renderSummary(
    entityRef: string,
    credentials: BackstageCredentials,
    viewerRef?: string,
    /** Told which entity was shown, and whether it had nothing to show. */
    onShown?: (entityRef: string, empty: boolean) => void,
  ): Promise<string> {
    // The entity's own material is read while the catalog is asked where
    // the entity sits (after the check for other replicas' writes).
    const asked = entityRef.toLocaleLowerCase('en-US');
    const caughtUp = this.catchUp();
    const askedMaterial = caughtUp.then(() => this.getMaterial(asked));
    askedMaterial.catch(() => undefined); // awaited below, or not needed
    const [placement, scopes] = await Promise.all([
      this.deps.entities.find(entityRef, credentials),
      this.readScopes(credentials),
      caughtUp,
    ]);
    if (!placement) {
      throw new NotFoundError(`No entity ${entityRef} in the catalog`);
    }
    const { entityRef: ref, systemRef } = placement;
    // `{"entityRef":…,"systemRef":…` without its closing brace
    const head = JSON.stringify({
      entityRef: ref,
      ...(systemRef ? { systemRef } : {}),
    }).slice(0, -1);
    if (scopes.resources.type === 'none' && scopes.embeds.type === 'none') {
      onShown?.(ref, true);
      return `${head},"items":[],"smes":[],"docs":[],"embeds":[]}`;
    }
    const [entityMaterial, system, mine] = await Promise.all([
      ref === asked ? askedMaterial : this.getMaterial(ref),
      systemRef ? this.getMaterial(systemRef) : undefined,
      viewerRef ? this.getEnrolments(viewerRef) : undefined,
    ]);
    // The entity's material first, then its system's, each by title; a
    // resource linked to both shows once, as linked to the entity.
    const picked = new Map<string, { link: MaterialLink; via: ItemVia }>();
    const pick = (links: MaterialLink[], via: ItemVia) => {
      for (const link of links) {
        if (
          !picked.has(link.resource.id) &&
          scopes.resources.allows(link.resource)
        ) {
          picked.set(link.resource.id, { link, via });
        }
      }
    };
    pick(entityMaterial.linked, 'entity');
    pick(system?.linked ?? [], 'system');
    const items = [...picked.values()];

    const smes = new Set<string>();
    const docs = new Map<string, LearningDocRef>();
    for (const { link } of items) {
      link.resource.smes.forEach(sme => smes.add(sme));
      for (const doc of link.resource.docs) {
        docs.set(`${doc.entityRef}#${doc.path ?? ''}`, doc);
      }
    }
    const itemsJson = items.map(({ link, via }) => {
      const enrolment = mine?.get(link.resource.id);
      const own = enrolment
        ? `,"myEnrolment":${JSON.stringify(enrolment)}`
        : '';
      return `{${link.json},"via":"${via}"${own}}`;
    });
    // Embeds the same way: the entity's, then its system's, each once.
    const embeds = new Map<string, { embed: LearningEmbed; via: ItemVia }>();
    const pickEmbeds = (found: LearningEmbed[], via: ItemVia) => {
      for (const embed of found) {
        if (!embeds.has(embed.id) && scopes.embeds.allows(embed)) {
          embeds.set(embed.id, { embed, via });
        }
      }
    };
    pickEmbeds(entityMaterial.embeds, 'entity');
    pickEmbeds(system?.embeds ?? [], 'system');
    onShown?.(ref, items.length === 0 && embeds.size === 0);
    return `${head},"items":[${itemsJson.join(',')}],"smes":${JSON.stringify(
      [...smes].sort(),
    )},"docs":${JSON.stringify([...docs.values()])},"embeds":${JSON.stringify([
      ...embeds.values(),
    ])}}`;
  }
}
