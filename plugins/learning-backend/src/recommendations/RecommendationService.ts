import {
  BackstageCredentials,
  BackstageUserPrincipal,
} from '@backstage/backend-plugin-api';
import { parseEntityRef, RELATION_OWNED_BY } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  LearningExpert,
  LearningExpertise,
  LearningExpertList,
  LearningExpertReason,
  LearningRelatedList,
  LearningSkill,
  LearningSuggestion,
  LearningSuggestionPage,
  LearningSuggestionReason,
  LearningWithYou,
  LEARNING_MINIMUM_LEARNERS,
} from '@tech-learning/backstage-plugin-learning-common';
import {
  ReadScope,
  ResourceAuthorizer,
  ResourceStore,
  toSummary,
} from '../resources';
import { rankedListPage } from '../shared/cursor';
import { fieldError } from '../shared/errors';
import { LearnerProfiles } from './LearnerProfiles';
import { EligibleCandidate, RecommendationStore } from './RecommendationStore';
import {
  alsoTakenReason,
  FRESHNESS_PENALTIES,
  ScoredCandidate,
  scoreSuggestions,
} from './scoreSuggestions';

/** The learner's most recent enrolments that suggestions start from. */
const RECENT_HISTORY = 100;

/** Links read for the material of a learner's profile. */
const MAX_PROFILE_LINKS = 5000;

/** The best candidates that are checked and ranked per request. */
const MAX_CANDIDATES = 500;

/** What an expert's reasons weigh. */
const EXPERT_WEIGHTS: Record<LearningExpertReason['type'], number> = {
  sme: 3,
  'entity-owner': 2.5,
  'material-owner': 2,
  learner: 1,
};

/** What an entity whose owners can teach it is read with. */
const OWNED_ENTITY_FIELDS = [
  'kind',
  'metadata.namespace',
  'metadata.name',
  'metadata.title',
  'relations',
];

/** The reasons an expert shows. */
const MAX_EXPERT_REASONS = 3;

/** The caller's ref, as enrolments and dismissals store it. */
function userRefOf(credentials: BackstageCredentials<BackstageUserPrincipal>) {
  return credentials.principal.userEntityRef.toLocaleLowerCase('en-US');
}

/**
 * Personalisation: suggestions with reasons, related material, who can
 * teach what, and a learner's derived skills. Reads the model the
 * scheduled task built, the learner's profile from the catalog (with their
 * credentials) and, for each list, only what the caller may read.
 */
export class RecommendationService {
  constructor(
    private readonly deps: {
      store: RecommendationStore;
      resources: ResourceStore;
      authorizer: ResourceAuthorizer;
      profiles: LearnerProfiles;
      catalog: CatalogService;
    },
  ) {}

  private permissionOf(scope: ReadScope) {
    return scope.type === 'conditional' ? scope.criteria : undefined;
  }

  /** Penalises and orders the eligible candidates. */
  private rank(
    candidates: ScoredCandidate[],
    eligible: EligibleCandidate[],
  ): Array<{
    id: string;
    score: number;
    candidate: ScoredCandidate;
    kind: string;
  }> {
    const byId = new Map(candidates.map(c => [c.resourceId, c]));
    return eligible
      .flatMap(e => {
        const candidate = byId.get(e.resourceId);
        return candidate
          ? [
              {
                id: e.resourceId,
                kind: e.kind,
                // rounded, so that the score in a cursor reads back the same
                score:
                  Math.round(
                    candidate.score * FRESHNESS_PENALTIES[e.freshness] * 1e6,
                  ) / 1e6,
                candidate,
              },
            ]
          : [];
      })
      .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
  }

  private async hydrate(
    ranked: Array<{ id: string; score: number; candidate: ScoredCandidate }>,
  ): Promise<LearningSuggestion[]> {
    const resources = new Map(
      (await this.deps.resources.getResources(ranked.map(r => r.id))).map(r => [
        r.id,
        r,
      ]),
    );
    return ranked.flatMap(r => {
      const resource = resources.get(r.id);
      return resource
        ? [
            {
              resource: toSummary(resource),
              score: r.score,
              reasons: r.candidate.reasons,
            },
          ]
        : [];
    });
  }

  /**
   * Every suggestion the caller may have, best first: the signals read
   * by index, scored, then only what they may read and have not taken or
   * dismissed, penalised by freshness. `suggest` pages through it; the
   * benchmark's offline evaluation ranks with it over its own data.
   */
  async rankFor(credentials: BackstageCredentials<BackstageUserPrincipal>) {
    const userRef = userRefOf(credentials);
    const { store } = this.deps;
    const [scope, profile, history, nextSteps] = await Promise.all([
      this.deps.authorizer.readScope(credentials),
      this.deps.profiles.get(userRef, credentials),
      store.recentHistory(userRef, RECENT_HISTORY),
      store.getNextSteps(userRef),
    ]);
    const teams = profile.groups.filter(g => g.depth === 0).map(g => g.ref);
    const newcomer = history.length === 0;
    if (scope.type === 'none') {
      return { ranked: [], newcomer, teams };
    }
    const [links, neighbours, groupLearning] = await Promise.all([
      store.getLinks(
        [...new Set(profile.targets.map(t => t.entityRef))],
        MAX_PROFILE_LINKS,
      ),
      store.getNeighbours(history.map(h => h.resourceId)),
      store.getGroupLearning(profile.groups.map(g => g.ref)),
    ]);
    const candidates = scoreSuggestions(
      {
        profile,
        links,
        history,
        neighbours,
        groupLearning,
        nextSteps,
      },
      MAX_CANDIDATES,
    );
    const eligible = await store.eligible(
      candidates.map(c => c.resourceId),
      { userRef, permission: this.permissionOf(scope) },
    );
    return { ranked: this.rank(candidates, eligible), newcomer, teams };
  }

  async suggest(
    credentials: BackstageCredentials<BackstageUserPrincipal>,
    page: { limit: number; cursor?: string },
  ): Promise<LearningSuggestionPage> {
    const { ranked, newcomer, teams } = await this.rankFor(credentials);
    const paged = rankedListPage(ranked, page);
    // a newcomer's first step: the path of their team's system
    const onboardingPath = newcomer
      ? ranked.find(
          r =>
            r.kind === 'path' &&
            r.candidate.reasons.some(reason => reason.type === 'system'),
        )
      : undefined;
    const [items, onboarding] = await Promise.all([
      this.hydrate(paged.items),
      onboardingPath ? this.hydrate([onboardingPath]) : Promise.resolve([]),
    ]);
    return {
      items,
      totalCount: paged.totalCount,
      ...(paged.nextCursor ? { nextCursor: paged.nextCursor } : {}),
      newcomer,
      teams,
      ...(onboarding[0] ? { onboarding: onboarding[0] } : {}),
    };
  }

  async related(
    resourceId: string,
    credentials: BackstageCredentials,
    limit: number,
  ): Promise<LearningRelatedList> {
    const { store, resources, authorizer } = this.deps;
    const { resource, scope } = await authorizer.getReadableWithScope(
      resources.getResource(resourceId),
      credentials,
      `No learning resource with id ${resourceId}`,
    );
    const [neighbours, steps, same] = await Promise.all([
      store.getNeighbours([resourceId]),
      store.getPathNextSteps(resourceId),
      store.getSameEntityMaterial(resourceId, limit),
    ]);
    const scored = new Map<string, ScoredCandidate>();
    const add = (
      id: string,
      score: number,
      reason: LearningSuggestionReason,
    ) => {
      const known = scored.get(id) ?? { resourceId: id, score: 0, reasons: [] };
      known.score += score;
      known.reasons.push(reason);
      scored.set(id, known);
    };
    for (const n of neighbours) {
      add(
        n.otherId,
        1 + n.score,
        alsoTakenReason({ resourceId, title: resource.title }, n, true),
      );
    }
    for (const step of steps) {
      add(step.resourceId, 1, {
        type: 'next-step',
        resourceId: step.pathId,
        resourceTitle: step.pathTitle,
        message: `The next step of ${step.pathTitle}`,
      });
    }
    for (const s of same) {
      add(s.resourceId, 0.5 * Math.min(1, s.shared / 3), {
        type: 'same-entity',
        entityRef: s.entityRef,
        message: `Also about ${parseEntityRef(s.entityRef).name}`,
      });
    }
    scored.delete(resourceId);
    const candidates = [...scored.values()];
    const eligible = await store.eligible(
      candidates.map(c => c.resourceId),
      { permission: this.permissionOf(scope) },
    );
    const ranked = this.rank(candidates, eligible);
    return { items: await this.hydrate(ranked.slice(0, limit)) };
  }

  /** 404 unless the resource exists and the caller may read it. */
  private async assertReadable(
    resourceId: string,
    credentials: BackstageCredentials,
  ): Promise<void> {
    await this.deps.authorizer.getReadable(
      this.deps.resources.getResource(resourceId),
      credentials,
      `No learning resource with id ${resourceId}`,
    );
  }

  async dismiss(
    resourceId: string,
    credentials: BackstageCredentials<BackstageUserPrincipal>,
  ): Promise<void> {
    await this.assertReadable(resourceId, credentials);
    await this.deps.store.dismiss(userRefOf(credentials), resourceId);
  }

  async undoDismissal(
    resourceId: string,
    credentials: BackstageCredentials<BackstageUserPrincipal>,
  ): Promise<void> {
    await this.deps.store.undoDismissal(userRefOf(credentials), resourceId);
  }

  async experts(
    about: { entityRef: string } | { tag: string },
    credentials: BackstageCredentials,
    limit: number,
  ): Promise<LearningExpertList> {
    const { store, authorizer, catalog } = this.deps;
    const scope = await authorizer.readScope(credentials);
    const material =
      scope.type === 'none'
        ? []
        : await store.teachingMaterial(about, {
            limit: 100,
            permission: this.permissionOf(scope),
          });
    const experts = new Map<string, LearningExpert>();
    const add = (ref: string, reason: LearningExpertReason) => {
      const key = ref.toLocaleLowerCase('en-US');
      const expert = experts.get(key) ?? { ref: key, score: 0, reasons: [] };
      expert.score += EXPERT_WEIGHTS[reason.type];
      expert.reasons.push(reason);
      experts.set(key, expert);
    };
    for (const m of material) {
      for (const sme of m.smes) {
        add(sme, {
          type: 'sme',
          resourceId: m.resourceId,
          resourceTitle: m.title,
          message: `SME of ${m.title}`,
        });
      }
      add(m.ownerRef, {
        type: 'material-owner',
        resourceId: m.resourceId,
        resourceTitle: m.title,
        message: `Owns ${m.title}`,
      });
    }
    // the owners of the entity, or of entities with the tag, as the
    // caller sees them
    const entities =
      'entityRef' in about
        ? (
            await catalog.getEntitiesByRefs(
              {
                entityRefs: [about.entityRef],
                fields: OWNED_ENTITY_FIELDS,
              },
              { credentials },
            )
          ).items.filter(e => !!e)
        : (
            await catalog.queryEntities(
              {
                filter: { 'metadata.tags': about.tag },
                fields: OWNED_ENTITY_FIELDS,
                limit: 50,
              },
              { credentials },
            )
          ).items;
    for (const entity of entities) {
      if (!entity) {
        continue;
      }
      const name = entity.metadata.title ?? entity.metadata.name;
      for (const r of entity.relations ?? []) {
        if (r.type === RELATION_OWNED_BY) {
          add(r.targetRef, {
            type: 'entity-owner',
            entityRef: `${entity.kind}:${
              entity.metadata.namespace ?? 'default'
            }/${entity.metadata.name}`.toLocaleLowerCase('en-US'),
            message: `Owns ${name}`,
          });
        }
      }
    }
    const titles = new Map(material.map(m => [m.resourceId, m.title]));
    for (const learner of await store.sharingCompleters(
      material.map(m => m.resourceId),
      limit,
    )) {
      for (const id of learner.resourceIds) {
        add(learner.userRef, {
          type: 'learner',
          resourceId: id,
          resourceTitle: titles.get(id),
          message: `Completed ${titles.get(id)}`,
        });
      }
    }
    return {
      items: [...experts.values()]
        .map(e => ({
          ...e,
          reasons: e.reasons
            .sort((a, b) => EXPERT_WEIGHTS[b.type] - EXPERT_WEIGHTS[a.type])
            .slice(0, MAX_EXPERT_REASONS),
        }))
        .sort((a, b) => b.score - a.score || (a.ref < b.ref ? -1 : 1))
        .slice(0, limit),
    };
  }

  /**
   * For each readable resource given, the caller's nearest group of which
   * enough members are taking it now (the model's counts; withheld below
   * the minimum, so that nobody is singled out).
   */
  async learningWithYou(
    resourceIds: string[],
    credentials: BackstageCredentials<BackstageUserPrincipal>,
  ): Promise<LearningWithYou> {
    const ids = [...new Set(resourceIds)];
    const [profile, resources, scope] = await Promise.all([
      this.deps.profiles.get(userRefOf(credentials), credentials),
      this.deps.resources.getResources(ids),
      this.deps.authorizer.readScope(credentials),
    ]);
    const readable = new Set(
      resources.filter(r => scope.allows(r)).map(r => r.id),
    );
    const groups = [...profile.groups].sort((a, b) => a.depth - b.depth);
    const rows = await this.deps.store.getGroupLearning(groups.map(g => g.ref));
    const items: LearningWithYou['items'] = [];
    for (const resourceId of ids.filter(id => readable.has(id))) {
      for (const group of groups) {
        const row = rows.find(
          r =>
            r.resourceId === resourceId &&
            r.groupRef === group.ref &&
            r.taking >= LEARNING_MINIMUM_LEARNERS,
        );
        if (row) {
          items.push({
            resourceId,
            groupRef: group.ref,
            groupName: group.name,
            taking: row.taking,
          });
          break;
        }
      }
    }
    return { minimumLearners: LEARNING_MINIMUM_LEARNERS, items };
  }

  async expertise(
    credentials: BackstageCredentials<BackstageUserPrincipal>,
  ): Promise<LearningExpertise> {
    const userRef = userRefOf(credentials);
    const [profile, learned, shareExpertise] = await Promise.all([
      this.deps.profiles.get(userRef, credentials),
      this.deps.store.learnedMaterial(userRef),
      this.deps.store.getShareExpertise(userRef),
    ]);
    const skills = new Map<string, LearningSkill>();
    const add = (
      name: string,
      weight: number,
      source: LearningSkill['sources'][number],
    ) => {
      const key = name.toLocaleLowerCase('en-US');
      const skill = skills.get(key) ?? { name, weight: 0, sources: [] };
      skill.weight += weight;
      // a component and its API of one name read as one source
      if (
        skill.sources.length < 3 &&
        !skill.sources.some(s => s.message === source.message)
      ) {
        skill.sources.push(source);
      }
      skills.set(key, skill);
    };
    for (const target of profile.targets) {
      const entity = profile.entities.get(target.entityRef);
      if (
        !entity ||
        (target.type !== 'owned' && target.type !== 'consumed-api')
      ) {
        continue;
      }
      const source = {
        type:
          target.type === 'owned'
            ? ('owned-entity' as const)
            : ('consumed-api' as const),
        entityRef: entity.ref,
        message:
          target.type === 'owned'
            ? `Your team owns ${entity.name}`
            : `Your team's software consumes the ${entity.name} API`,
      };
      const weight = target.type === 'owned' ? 1 : 0.5;
      add(entity.name, weight, source);
      entity.tags.forEach(tag => add(tag, weight, source));
      if (entity.type) {
        add(
          entity.kind === 'api' ? `${entity.type} APIs` : entity.type,
          weight / 2,
          source,
        );
      }
    }
    for (const m of learned) {
      const source = {
        type: m.as,
        resourceId: m.resourceId,
        message: m.as === 'sme' ? `SME of ${m.title}` : `Completed ${m.title}`,
      };
      const weight = m.as === 'sme' ? 1.5 : 1;
      m.tags.forEach(tag => add(tag, weight, source));
      for (const ref of m.entityRefs) {
        add(
          profile.entities.get(ref)?.name ?? parseEntityRef(ref).name,
          weight,
          source,
        );
      }
    }
    return {
      userRef,
      shareExpertise,
      skills: [...skills.values()]
        .map(s => ({ ...s, weight: Math.round(s.weight * 100) / 100 }))
        .sort((a, b) => b.weight - a.weight || (a.name < b.name ? -1 : 1))
        .slice(0, 30),
    };
  }

  async getSettings(userRef: string) {
    return {
      shareExpertise: await this.deps.store.getShareExpertise(
        userRef.toLocaleLowerCase('en-US'),
      ),
    };
  }

  async putSettings(userRef: string, settings: { shareExpertise: boolean }) {
    await this.deps.store.setShareExpertise(
      userRef.toLocaleLowerCase('en-US'),
      settings.shareExpertise,
    );
    return this.getSettings(userRef);
  }

  /** The `about` of an experts query, from its parameters. */
  static aboutOf(query: { entityRef?: string; tag?: string }) {
    if (query.entityRef && query.tag) {
      throw fieldError('tag', 'give entityRef or tag, not both', 'query');
    }
    if (!query.entityRef && !query.tag) {
      throw fieldError('entityRef', 'give entityRef or tag', 'query');
    }
    return query.entityRef
      ? { entityRef: query.entityRef }
      : { tag: query.tag! };
  }
}
