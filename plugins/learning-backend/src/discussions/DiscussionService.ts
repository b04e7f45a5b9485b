import { BackstageCredentials } from '@backstage/backend-plugin-api';
import {
  ConflictError,
  NotAllowedError,
  NotFoundError,
} from '@backstage/errors';
import {
  LearningDiscussionPage,
  LearningFaqEntry,
  LearningPost,
  LearningResource,
  learningDiscussionModeratePermission,
  learningDiscussionPostPermission,
} from '@tech-learning/backstage-plugin-learning-common';
import { CohortRecord, CohortService } from '../cohorts';
import { ResourceAuthorizer, ResourceStore } from '../resources';
import { fieldError } from '../shared/errors';
import { parseInput } from '../shared/validation';
import { DiscussionNotifier } from './DiscussionNotifier';
import {
  DiscussionPlace,
  DiscussionStore,
  PostRecord,
} from './DiscussionStore';
import { mentionsIn } from './postBody';
import { hideInputSchema, postEditSchema, postInputSchema } from './validation';

/** A discussion the caller may read, and the material it is about. */
interface Discussion {
  place: DiscussionPlace;
  material: LearningResource;
  /** The path, for a discussion of one of its steps. */
  path?: LearningResource;
  cohort?: CohortRecord;
}

/** Where a discussion is shown in the app. */
function linkOf(d: Discussion, post?: PostRecord): string {
  const anchor = post ? `#post-${post.questionId}` : '';
  if (d.cohort) {
    return `/learning/cohorts/${encodeURIComponent(d.cohort.id)}${anchor}`;
  }
  if (d.path) {
    return `/learning/resources/${encodeURIComponent(
      d.path.id,
    )}?step=${encodeURIComponent(d.material.id)}${anchor}`;
  }
  return `/learning/resources/${encodeURIComponent(d.material.id)}${anchor}`;
}

/**
 * The rules of discussions: who reads, posts and moderates them, what a
 * thread may hold, and the FAQ that accepted answers make.
 */
export class DiscussionService {
  constructor(
    private readonly deps: {
      store: DiscussionStore;
      resources: ResourceStore;
      resourceAuthorizer: ResourceAuthorizer;
      cohorts: CohortService;
      notifier: DiscussionNotifier;
      postsPerMinute: number;
    },
  ) {}

  private readable(id: string, credentials: BackstageCredentials) {
    return this.deps.resourceAuthorizer.getReadable(
      this.deps.resources.getResource(id),
      credentials,
      `No learning resource with id ${id}`,
    );
  }

  async ofResource(
    id: string,
    credentials: BackstageCredentials,
  ): Promise<Discussion> {
    const material = await this.readable(id, credentials);
    return {
      place: { discussion: `resource:${id}`, resourceId: id },
      material,
    };
  }

  async ofStep(
    pathId: string,
    stepId: string,
    credentials: BackstageCredentials,
  ): Promise<Discussion> {
    const path = await this.readable(pathId, credentials);
    if (!path.steps.includes(stepId)) {
      throw new NotFoundError(`${stepId} is not a step of ${pathId}`);
    }
    const material = await this.readable(stepId, credentials);
    return {
      place: {
        discussion: `step:${pathId}:${stepId}`,
        resourceId: stepId,
        pathId,
      },
      material,
      path,
    };
  }

  async ofCohort(
    cohortId: string,
    credentials: BackstageCredentials,
  ): Promise<Discussion> {
    const { cohort, resource } = await this.deps.cohorts.readable(
      cohortId,
      credentials,
    );
    return {
      place: {
        discussion: `cohort:${cohortId}`,
        resourceId: resource.id,
        cohortId,
      },
      material: resource,
      cohort,
    };
  }

  /** The discussion at a place, if the caller may read it. */
  private ofPlace(
    place: DiscussionPlace,
    credentials: BackstageCredentials,
  ): Promise<Discussion> {
    if (place.cohortId) {
      return this.ofCohort(place.cohortId, credentials);
    }
    if (place.pathId) {
      return this.ofStep(place.pathId, place.resourceId, credentials);
    }
    return this.ofResource(place.resourceId, credentials);
  }

  /** The discussion a post is in, if the caller may read it, and the post. */
  private async ofPost(
    postId: string,
    credentials: BackstageCredentials,
  ): Promise<{ post: PostRecord; discussion: Discussion }> {
    const post = await this.deps.store.getPost(postId);
    if (!post) {
      throw new NotFoundError(`No post ${postId}`);
    }
    let discussion: Discussion;
    try {
      discussion = await this.ofPlace(post, credentials);
    } catch (error) {
      if ((error as Error).name === 'NotFoundError') {
        throw new NotFoundError(`No post ${postId}`);
      }
      throw error;
    }
    const mayModerate = await this.mayModerate(discussion, credentials);
    if (post.hidden && !mayModerate) {
      throw new NotFoundError(`No post ${postId}`);
    }
    return { post, discussion };
  }

  private async mayModerate(
    d: Discussion,
    credentials: BackstageCredentials,
  ): Promise<boolean> {
    const [material, path] = await Promise.all([
      this.deps.resourceAuthorizer.isAllowed(
        learningDiscussionModeratePermission,
        d.material,
        credentials,
      ),
      d.path
        ? this.deps.resourceAuthorizer.isAllowed(
            learningDiscussionModeratePermission,
            d.path,
            credentials,
          )
        : false,
    ]);
    return material || path;
  }

  private async mayPost(
    d: Discussion,
    credentials: BackstageCredentials,
    userRef: string | undefined,
    mayModerate: boolean,
  ): Promise<boolean> {
    if (!userRef) {
      return false;
    }
    if (
      !(await this.deps.resourceAuthorizer.isAllowed(
        learningDiscussionPostPermission,
        d.material,
        credentials,
      ))
    ) {
      return false;
    }
    return (
      !d.cohort ||
      mayModerate ||
      (await this.deps.cohorts.isInside(d.cohort, userRef))
    );
  }

  /** The SMEs of the material (and path), and the cohort's facilitator. */
  private mentionable(d: Discussion): string[] {
    return [
      ...new Set([
        ...d.material.smes,
        ...(d.path?.smes ?? []),
        ...(d.cohort?.facilitator ? [d.cohort.facilitator] : []),
      ]),
    ];
  }

  /** Who hears of new questions: the moderators' refs, owners included. */
  private moderatorRefs(d: Discussion): string[] {
    return [
      ...new Set([
        ...this.mentionable(d),
        d.material.owner,
        ...(d.path ? [d.path.owner] : []),
      ]),
    ];
  }

  async list(
    d: Discussion,
    page: { limit: number; cursor?: string },
    credentials: BackstageCredentials,
    userRef?: string,
  ): Promise<LearningDiscussionPage> {
    const mayModerate = await this.mayModerate(d, credentials);
    const [found, mayPost] = await Promise.all([
      this.deps.store.listPosts(d.place.discussion, {
        ...page,
        withHidden: mayModerate,
      }),
      this.mayPost(d, credentials, userRef, mayModerate),
    ]);
    return {
      items: found.items.map(toPost),
      ...(found.nextCursor ? { nextCursor: found.nextCursor } : {}),
      mayPost,
      mayModerate,
      mentionable: this.mentionable(d),
    };
  }

  async post(
    d: Discussion,
    body: unknown,
    credentials: BackstageCredentials,
    userRef: string,
  ): Promise<LearningPost> {
    const input = parseInput(postInputSchema, body);
    const mayModerate = await this.mayModerate(d, credentials);
    if (!(await this.mayPost(d, credentials, userRef, mayModerate))) {
      throw new NotAllowedError(
        d.cohort
          ? `Only the members of cohort ${d.cohort.id} post in its discussion`
          : `You may not post in the discussion of ${d.material.title}`,
      );
    }
    let parent: PostRecord | undefined;
    if (input.kind === 'question') {
      if (input.parentId !== undefined) {
        throw fieldError(
          'parentId',
          'a question starts a thread: it has no parent',
        );
      }
    } else {
      if (input.parentId === undefined) {
        throw fieldError('parentId', `say which post the ${input.kind} is to`);
      }
      parent = await this.deps.store.getPost(input.parentId);
      if (
        !parent ||
        parent.discussion !== d.place.discussion ||
        (parent.hidden && !mayModerate)
      ) {
        throw fieldError(
          'parentId',
          `no post ${input.parentId} in this discussion`,
        );
      }
      if (input.kind === 'answer' && parent.kind !== 'question') {
        throw fieldError(
          'parentId',
          'an answer answers a question; reply to answers',
        );
      }
      if (parent.deleted) {
        throw new ConflictError(`Post ${parent.id} was deleted`);
      }
    }
    const post = await this.deps.store.createPost(
      {
        ...d.place,
        kind: input.kind,
        parent,
        author: userRef,
        body: input.body,
        mentions: mentionsIn(input.body, this.mentionable(d)),
      },
      this.deps.postsPerMinute,
    );
    const question =
      parent &&
      (parent.kind === 'question'
        ? parent
        : await this.deps.store.getPost(parent.questionId));
    await this.deps.notifier.posted(post, {
      link: linkOf(d, post),
      material: d.material,
      moderators: this.moderatorRefs(d),
      question,
    });
    return toPost(post);
  }

  async edit(
    postId: string,
    body: unknown,
    credentials: BackstageCredentials,
    userRef: string,
  ): Promise<LearningPost> {
    const input = parseInput(postEditSchema, body);
    const { post, discussion } = await this.ofPost(postId, credentials);
    this.assertAuthor(post, userRef, 'edit');
    const edited = await this.deps.store.editPost(
      postId,
      input.body,
      mentionsIn(input.body, this.mentionable(discussion)),
    );
    await this.deps.notifier.changed(edited);
    return toPost(edited);
  }

  async delete(
    postId: string,
    credentials: BackstageCredentials,
    userRef: string,
  ): Promise<void> {
    const { post } = await this.ofPost(postId, credentials);
    this.assertAuthor(post, userRef, 'delete');
    await this.deps.store.deletePost(postId);
    await this.deps.notifier.changed(post);
  }

  private assertAuthor(post: PostRecord, userRef: string, what: string) {
    if (post.author !== userRef) {
      throw new NotAllowedError(`Only its author may ${what} post ${post.id}`);
    }
    if (post.deleted) {
      throw new ConflictError(`Post ${post.id} was deleted`);
    }
  }

  async hide(
    postId: string,
    body: unknown,
    credentials: BackstageCredentials,
    userRef: string,
  ): Promise<LearningPost> {
    const { reason } = parseInput(hideInputSchema, body);
    const { post } = await this.moderated(postId, credentials);
    const hidden = await this.deps.store.setHidden(post.id, {
      by: userRef,
      reason,
    });
    await this.deps.notifier.changed(hidden);
    return toPost(hidden);
  }

  async unhide(
    postId: string,
    credentials: BackstageCredentials,
  ): Promise<LearningPost> {
    const { post } = await this.moderated(postId, credentials);
    const shown = await this.deps.store.setHidden(post.id, undefined);
    await this.deps.notifier.changed(shown);
    return toPost(shown);
  }

  async accept(
    postId: string,
    accepted: boolean,
    credentials: BackstageCredentials,
    userRef: string,
  ): Promise<LearningPost> {
    const { post, discussion } = await this.moderated(postId, credentials);
    if (post.kind !== 'answer') {
      throw new ConflictError(
        `Post ${postId} is a ${post.kind}; only answers are accepted`,
      );
    }
    if (accepted && (post.deleted || post.hidden)) {
      throw new ConflictError(
        `Post ${postId} is ${post.deleted ? 'deleted' : 'hidden'}`,
      );
    }
    const changed = await this.deps.store.setAccepted(post, accepted);
    if (accepted && !post.accepted) {
      await this.deps.notifier.accepted(changed, {
        link: linkOf(discussion, changed),
        material: discussion.material,
        by: userRef,
      });
    } else {
      await this.deps.notifier.changed(changed);
    }
    return toPost(changed);
  }

  private async moderated(postId: string, credentials: BackstageCredentials) {
    const found = await this.ofPost(postId, credentials);
    if (!(await this.mayModerate(found.discussion, credentials))) {
      throw new NotAllowedError(
        `Only the SMEs and owners of ${found.discussion.material.title} moderate its discussion`,
      );
    }
    return found;
  }

  /**
   * The FAQ of a resource: accepted answers of the questions asked on it,
   * on it as a step, and in its cohorts (for a path, also on its steps),
   * where the caller may read the discussion they were asked in.
   */
  async faq(
    resourceId: string,
    credentials: BackstageCredentials,
  ): Promise<LearningFaqEntry[]> {
    const resource = await this.readable(resourceId, credentials);
    const entries = await this.deps.store.listFaq(resource.id, 100);
    const places = new Map<string, Promise<boolean>>();
    const mayRead = (post: PostRecord) => {
      const key = post.discussion;
      if (!places.has(key)) {
        places.set(
          key,
          this.ofPlace(post, credentials).then(
            () => true,
            () => false,
          ),
        );
      }
      return places.get(key)!;
    };
    const readable = await Promise.all(entries.map(e => mayRead(e.answer)));
    return entries
      .filter((_, i) => readable[i])
      .map(({ question, answer }) => ({
        question: toPost(question),
        answer: toPost(answer),
        ...(answer.pathId ? { pathId: answer.pathId } : {}),
        ...(answer.cohortId ? { cohortId: answer.cohortId } : {}),
      }));
  }
}

/** A stored post as the API shows it. */
function toPost(post: PostRecord): LearningPost {
  return {
    id: post.id,
    kind: post.kind,
    questionId: post.questionId,
    ...(post.parentId ? { parentId: post.parentId } : {}),
    author: post.author,
    body: post.body,
    mentions: post.mentions,
    accepted: post.accepted,
    ...(post.acceptedAnswerId
      ? { acceptedAnswerId: post.acceptedAnswerId }
      : {}),
    deleted: post.deleted,
    ...(post.hidden ? { hidden: post.hidden } : {}),
    createdAt: post.createdAt,
    ...(post.editedAt ? { editedAt: post.editedAt } : {}),
  };
}
