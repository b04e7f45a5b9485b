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
  learningResourceReadPermission,
} from '@tech-learning/backstage-plugin-learning-common';
import { CohortRecord, CohortService } from '../cohorts';
import { ResourceAuthorizer, ResourceStore } from '../resources';
import { callerKey } from '../shared/callerKey';
import { fieldError } from '../shared/errors';
import { inOrderOf } from '../shared/inOrder';
import { RefreshingCache } from '../shared/RefreshingCache';
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
  /** Whether the caller moderates it: SMEs and owners of the material. */
  mayModerate: boolean;
  /** Whether the caller may post on the material (a cohort asks more). */
  mayPostOnMaterial: boolean;
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
 * How long a discussion's material (its resource, or path and step) is
 * reused while people read its pages: a thread is read page after page,
 * and by many. Writes always read it afresh.
 */
const READ_MATERIAL_TTL_MS = 10_000;

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
      /** How long a caller's decisions are reused (as entity pages do). */
      viewerTtlMs: number;
    },
  ) {
    this.decisions = new RefreshingCache({
      ttlMs: deps.viewerTtlMs,
      max: 10_000,
    });
  }

  /** The material of discussions being read, reused for a few seconds. */
  private readonly materials = new RefreshingCache<LearningResource[]>({
    ttlMs: READ_MATERIAL_TTL_MS,
    max: 5_000,
  });

  private readonly decisions: RefreshingCache<
    Array<(resource: LearningResource) => boolean>
  >;

  /**
   * The caller's decisions on reading, moderating and posting, asked at
   * once and reused for a short while: a thread is read page after page.
   */
  private decide(credentials: BackstageCredentials) {
    return this.decisions.get(callerKey(credentials), () =>
      this.deps.resourceAuthorizer.deciders(
        [
          learningResourceReadPermission,
          learningDiscussionModeratePermission,
          learningDiscussionPostPermission,
        ],
        credentials,
      ),
    );
  }

  /**
   * Resources the caller may read (else a NotFoundError), in the order of
   * the ids, with the caller's decisions on moderating and posting: one
   * question to the permission framework for all of it.
   */
  private async load(
    ids: string[],
    credentials: BackstageCredentials,
    reading = false,
  ) {
    const [found, [read, moderate, post]] = await Promise.all([
      inOrderOf(
        ids,
        reading
          ? this.materials.get(ids.join(','), () =>
              this.deps.resources.getResources(ids),
            )
          : this.deps.resources.getResources(ids),
      ),
      this.decide(credentials),
    ]);
    const resources = found.map((resource, i) => {
      if (!resource || !read(resource)) {
        throw new NotFoundError(`No learning resource with id ${ids[i]}`);
      }
      return resource;
    });
    return { resources, moderate, post };
  }

  /** A resource's discussion; `reading` it may use recent material. */
  async ofResource(
    id: string,
    credentials: BackstageCredentials,
    reading = false,
  ): Promise<Discussion> {
    const {
      resources: [material],
      moderate,
      post,
    } = await this.load([id], credentials, reading);
    return {
      place: { discussion: `resource:${id}`, resourceId: id },
      material,
      mayModerate: moderate(material),
      mayPostOnMaterial: post(material),
    };
  }

  /** A path step's discussion; `reading` it may use recent material. */
  async ofStep(
    pathId: string,
    stepId: string,
    credentials: BackstageCredentials,
    reading = false,
  ): Promise<Discussion> {
    const {
      resources: [path, material],
      moderate,
      post,
    } = await this.load([pathId, stepId], credentials, reading);
    if (!path.steps.includes(stepId)) {
      throw new NotFoundError(`${stepId} is not a step of ${pathId}`);
    }
    return {
      place: {
        discussion: `step:${pathId}:${stepId}`,
        resourceId: stepId,
        pathId,
      },
      material,
      path,
      // the SMEs and owners of the path moderate its steps' questions too
      mayModerate: moderate(material) || moderate(path),
      mayPostOnMaterial: post(material),
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
    const [, moderate, post] = await this.decide(credentials);
    return {
      place: {
        discussion: `cohort:${cohortId}`,
        resourceId: resource.id,
        cohortId,
      },
      material: resource,
      cohort,
      mayModerate: moderate(resource),
      mayPostOnMaterial: post(resource),
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
    if (post.hidden && !discussion.mayModerate) {
      throw new NotFoundError(`No post ${postId}`);
    }
    return { post, discussion };
  }

  /** Whether the user may post: a cohort's only for those inside it. */
  private async mayPost(d: Discussion, userRef?: string): Promise<boolean> {
    if (!userRef || !d.mayPostOnMaterial) {
      return false;
    }
    return (
      !d.cohort ||
      d.mayModerate ||
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
    userRef?: string,
  ): Promise<LearningDiscussionPage> {
    const [found, mayPost] = await Promise.all([
      this.deps.store.listPosts(d.place.discussion, {
        ...page,
        withHidden: d.mayModerate,
      }),
      this.mayPost(d, userRef),
    ]);
    return {
      items: found.items.map(toPost),
      ...(found.nextCursor ? { nextCursor: found.nextCursor } : {}),
      mayPost,
      mayModerate: d.mayModerate,
      mentionable: this.mentionable(d),
    };
  }

  async post(
    d: Discussion,
    body: unknown,
    userRef: string,
  ): Promise<LearningPost> {
    const input = parseInput(postInputSchema, body);
    if (!(await this.mayPost(d, userRef))) {
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
        (parent.hidden && !d.mayModerate)
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
    if (!found.discussion.mayModerate) {
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
    const {
      resources: [resource],
    } = await this.load([resourceId], credentials);
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
