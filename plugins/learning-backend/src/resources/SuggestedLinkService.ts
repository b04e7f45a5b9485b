import { BackstageCredentials } from '@backstage/backend-plugin-api';
import {
  ConflictError,
  NotAllowedError,
  NotFoundError,
} from '@backstage/errors';
import {
  LearningLink,
  LearningLinkSuggestion,
  LearningLinkSuggestionPage,
  LearningResource,
  learningLinkReviewPermission,
  learningResourceLinkPermission,
} from '@tech-learning/backstage-plugin-learning-common';
import { EntityRefChecker } from '../shared/EntityRefChecker';
import { withFields } from '../shared/errors';
import { ResourceAuthorizer } from './ResourceAuthorizer';
import { NewSuggestedLink, ResourceStore } from './ResourceStore';
import { SuggestedLinkAuthorizer } from './SuggestedLinkAuthorizer';
import { SuggestedLinkNotifier } from './SuggestedLinkNotifier';
import { SuggestedLinkRecord, SuggestedLinkStore } from './SuggestedLinkStore';
import { toSummary } from './toSummary';

const DAY_MS = 24 * 60 * 60 * 1000;

/** How links a caller makes divide: made now, or suggested to owners. */
interface LinkPlan {
  direct: LearningLink[];
  suggested: NewSuggestedLink[];
}

/**
 * The rules of suggested links: a link to an entity made by someone who is
 * not among its owners waits for one of them (when
 * `learning.links.ownerApproval` is on), who accepts or dismisses it; a
 * dismissed link may not be suggested again by the same person for
 * `resuggestAfterDays`.
 */
export class SuggestedLinkService {
  constructor(
    private readonly deps: {
      store: SuggestedLinkStore;
      authorizer: SuggestedLinkAuthorizer;
      resources: { store: ResourceStore; authorizer: ResourceAuthorizer };
      refs: EntityRefChecker;
      notifier: SuggestedLinkNotifier;
      ownerApproval: boolean;
      resuggestAfterDays: number;
    },
  ) {}

  /**
   * Which of the links the caller makes now and which wait for the
   * entities' owners; a NotAllowedError naming the fields of links the
   * caller may not make at all (neither an owner of the entity nor allowed
   * to link the material).
   */
  async plan(
    resource: LearningResource,
    links: LearningLink[],
    credentials: BackstageCredentials,
    options: { field?: string; userRef?: string },
  ): Promise<LinkPlan> {
    if (links.length === 0) {
      return { direct: [], suggested: [] };
    }
    const ownsEntity = await this.assertMayLink(
      resource,
      links.map(l => l.entityRef),
      credentials,
      options.field,
    );
    const waiting = links.filter(
      (_, i) => this.deps.ownerApproval && !ownsEntity[i],
    );
    if (waiting.length === 0) {
      return { direct: links, suggested: [] };
    }
    if (!options.userRef) {
      throw new NotAllowedError(
        'Only users may suggest links to entities they do not own',
      );
    }
    const owners = await this.deps.refs.ownersOf(
      waiting.map(l => l.entityRef),
      credentials,
    );
    const suggestedBy = options.userRef;
    return {
      direct: links.filter(l => !waiting.includes(l)),
      suggested: waiting.map(l => ({
        entityRef: l.entityRef,
        relation: l.relation,
        entityOwner: owners.get(l.entityRef),
        suggestedBy,
      })),
    };
  }

  /**
   * Whether the caller owns each entity; a NotAllowedError naming the
   * fields of the entities the caller may not link the material to at all
   * (neither an owner of the entity, nor allowed to link the material).
   */
  async assertMayLink(
    resource: LearningResource,
    entityRefs: string[],
    credentials: BackstageCredentials,
    field?: string,
  ): Promise<boolean[]> {
    const { authorizer } = this.deps.resources;
    const [ownsEntity, mayLinkMaterial] = await Promise.all([
      authorizer.mayLinkToEntities(entityRefs, credentials),
      authorizer.isAllowed(
        learningResourceLinkPermission,
        resource,
        credentials,
      ),
    ]);
    const refused = entityRefs.flatMap((ref, i) =>
      ownsEntity[i] || mayLinkMaterial
        ? []
        : [
            {
              field: field ? `${field}.${i}` : 'entityRef',
              in: 'body' as const,
              message: `You may not link material to ${ref}: only its owners, or the owners and SMEs of the material, may`,
            },
          ],
    );
    if (refused.length > 0) {
      throw withFields(m => new NotAllowedError(m), refused);
    }
    return ownsEntity;
  }

  /** Suggests one link of a resource; a 409 when it was lately dismissed. */
  async suggest(
    resource: LearningResource,
    link: NewSuggestedLink,
    credentials: BackstageCredentials,
  ): Promise<{ created: boolean; suggestion?: LearningLinkSuggestion }> {
    const since = new Date(Date.now() - this.deps.resuggestAfterDays * DAY_MS);
    const outcome = await this.deps.store.suggest(resource.id, link, since);
    if (outcome.type === 'linked') {
      return { created: false };
    }
    if (outcome.type === 'dismissed') {
      const again = new Date(
        Date.parse(outcome.suggestion.decidedAt!) +
          this.deps.resuggestAfterDays * DAY_MS,
      );
      throw new ConflictError(
        `The owners of ${
          link.entityRef
        } dismissed this suggestion; you may suggest it again from ${again
          .toISOString()
          .slice(0, 10)}`,
      );
    }
    if (outcome.type === 'suggested') {
      await this.notified([outcome.suggestion], resource);
    }
    const [suggestion] = await this.describe(
      [outcome.suggestion],
      [resource],
      credentials,
    );
    return { created: outcome.type === 'suggested', suggestion };
  }

  /** Tells the owners of the entities of new suggestions. */
  async notified(
    suggestions: Array<{ entityRef: string; entityOwner?: string }>,
    material: { title: string },
  ): Promise<void> {
    await this.deps.notifier.suggested(suggestions, material);
  }

  async list(
    filter: { entityRef?: string; resourceId?: string; reviewable?: boolean },
    page: { limit: number; cursor?: string },
    credentials: BackstageCredentials,
  ): Promise<LearningLinkSuggestionPage> {
    const [readable, reviewable] = await Promise.all([
      this.deps.resources.authorizer.readScope(credentials),
      this.deps.authorizer.readScope(credentials),
    ]);
    if (
      readable.type === 'none' ||
      (filter.reviewable && reviewable.type === 'none')
    ) {
      return { items: [] };
    }
    if (filter.entityRef) {
      // an owner who changed since the suggestion is the one who decides
      const owners = await this.deps.refs.ownersOf(
        [filter.entityRef],
        credentials,
      );
      if (owners.has(filter.entityRef)) {
        await this.deps.store.setEntityOwner(
          filter.entityRef,
          owners.get(filter.entityRef),
        );
      }
    }
    const found = await this.deps.store.listPending(
      {
        entityRef: filter.entityRef,
        resourceId: filter.resourceId,
        ...(readable.type === 'conditional'
          ? { readable: readable.criteria }
          : {}),
        ...(filter.reviewable && reviewable.type === 'conditional'
          ? { reviewable: reviewable.criteria }
          : {}),
      },
      page,
    );
    const resources = await this.deps.resources.store.getResources([
      ...new Set(found.items.map(s => s.resourceId)),
    ]);
    return {
      items: await this.describe(found.items, resources, credentials, {
        allows: reviewable.allows,
      }),
      ...(found.nextCursor ? { nextCursor: found.nextCursor } : {}),
    };
  }

  async accept(
    id: string,
    credentials: BackstageCredentials,
  ): Promise<LearningResource> {
    const suggestion = await this.reviewable(id, credentials);
    if (!(await this.deps.store.accept(id))) {
      throw new ConflictError(
        `The suggested link ${id} was accepted or dismissed meanwhile`,
      );
    }
    return (await this.deps.resources.store.getResource(
      suggestion.resourceId,
    ))!;
  }

  async dismiss(
    id: string,
    credentials: BackstageCredentials,
    userRef: string,
  ): Promise<void> {
    await this.reviewable(id, credentials);
    if (!(await this.deps.store.dismiss(id, userRef))) {
      throw new ConflictError(
        `The suggested link ${id} was accepted or dismissed meanwhile`,
      );
    }
  }

  /**
   * A pending suggestion of material the caller may read, which the
   * caller may review as the entity is owned now; else a 404 or 403.
   */
  private async reviewable(
    id: string,
    credentials: BackstageCredentials,
  ): Promise<SuggestedLinkRecord> {
    const [stored] = await this.deps.store.getSuggestions([id]);
    const notFound = `No pending suggested link with id ${id}`;
    if (!stored || stored.status !== 'pending') {
      throw new NotFoundError(notFound);
    }
    await this.deps.resources.authorizer.getReadable(
      this.deps.resources.store.getResource(stored.resourceId),
      credentials,
      notFound,
    );
    const owners = await this.deps.refs.ownersOf(
      [stored.entityRef],
      credentials,
    );
    const suggestion = { ...stored, entityOwner: owners.get(stored.entityRef) };
    if (suggestion.entityOwner !== stored.entityOwner) {
      await this.deps.store.setEntityOwner(
        stored.entityRef,
        suggestion.entityOwner,
      );
    }
    await this.deps.authorizer.assertAllowed(
      learningLinkReviewPermission,
      suggestion,
      credentials,
    );
    return suggestion;
  }

  private async describe(
    suggestions: SuggestedLinkRecord[],
    resources: LearningResource[],
    credentials: BackstageCredentials,
    scope?: { allows(suggestion: SuggestedLinkRecord): boolean },
  ): Promise<LearningLinkSuggestion[]> {
    const mayReview =
      scope?.allows ??
      (
        await this.deps.authorizer.deciders(
          [learningLinkReviewPermission],
          credentials,
        )
      )[0];
    const byId = new Map(resources.map(r => [r.id, r]));
    return suggestions.flatMap(s => {
      const resource = byId.get(s.resourceId);
      return resource
        ? [
            {
              id: s.id,
              resource: toSummary(resource),
              entityRef: s.entityRef,
              relation: s.relation,
              suggestedBy: s.suggestedBy,
              suggestedAt: s.suggestedAt,
              mayReview: mayReview(s),
            },
          ]
        : [];
    });
  }
}
