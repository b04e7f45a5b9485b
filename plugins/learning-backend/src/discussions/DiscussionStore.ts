import { LearningPostKind } from '@tech-learning/backstage-plugin-learning-common';

/** Where a discussion is, and the material it is about. */
export interface DiscussionPlace {
  /** `resource:<id>`, `step:<pathId>:<stepId>` or `cohort:<id>`. */
  discussion: string;
  /** The material: the resource, the step, or the cohort's. */
  resourceId: string;
  pathId?: string;
  cohortId?: string;
}

/** A post as stored, with where it is. */
export interface PostRecord extends DiscussionPlace {
  id: string;
  kind: LearningPostKind;
  questionId: string;
  parentId?: string;
  author: string;
  body: string;
  mentions: string[];
  accepted: boolean;
  acceptedAnswerId?: string;
  hidden?: { by: string; at: string; reason: string };
  deleted: boolean;
  createdAt: string;
  editedAt?: string;
}

/** A new post. */
export interface PostWrite extends DiscussionPlace {
  kind: LearningPostKind;
  /** The post an answer or reply answers (its thread's question follows). */
  parent?: PostRecord;
  author: string;
  body: string;
  mentions: string[];
}

/** Persistence of discussions. */
export interface DiscussionStore {
  /**
   * Stores a post unless its author posted `perMinute` times in the last
   * minute (counted in the same transaction, so that concurrent posts of
   * one author are counted one after the other): then a
   * TooManyRequestsError saying when they may post again.
   */
  createPost(write: PostWrite, perMinute: number): Promise<PostRecord>;

  getPost(id: string): Promise<PostRecord | undefined>;

  /**
   * A page of a discussion: newest question first, each followed by its
   * answers and replies, oldest first. Without `withHidden`, hidden posts
   * and the threads of hidden questions are left out.
   */
  listPosts(
    discussion: string,
    page: { limit: number; cursor?: string; withHidden: boolean },
  ): Promise<{ items: PostRecord[]; nextCursor?: string }>;

  editPost(id: string, body: string, mentions: string[]): Promise<PostRecord>;

  /** Erases the body of a post; its place in the thread stays. */
  deletePost(id: string): Promise<void>;

  setHidden(
    id: string,
    hidden: { by: string; reason: string } | undefined,
  ): Promise<PostRecord>;

  /**
   * Accepts an answer (and no other of its question), or takes the
   * acceptance back, in one transaction.
   */
  setAccepted(answer: PostRecord, accepted: boolean): Promise<PostRecord>;

  /**
   * Accepted answers that are neither hidden nor deleted, with their
   * questions, newest first: those about the resource, or asked on the
   * steps of it as a path.
   */
  listFaq(
    resourceId: string,
    limit: number,
  ): Promise<Array<{ question: PostRecord; answer: PostRecord }>>;
}
