import { createApiRef } from '@backstage/core-plugin-api';
import {
  LearningWithYou,
  LearningCohort,
  LearningCohortInput,
  LearningCohortMember,
  LearningCohortPage,
  LearningCohortPatch,
  LearningCohortStatus,
  LearningDiscussionPage,
  LearningFaqEntry,
  LearningPost,
  LearningPostInput,
  EntityLearningSummary,
  GroupLearners,
  LearningDecision,
  LearningEmbed,
  LearningEmbedApplication,
  LearningEmbedInput,
  LearningEmbedPage,
  LearningEmbedPatch,
  LearningYamlSource,
  LearningEnrolment,
  LearningEnrolmentInput,
  LearningFeedback,
  LearningFeedbackInput,
  LearningFeedbackPage,
  LearningLink,
  LearningLinkRelation,
  LearningLinkSuggestion,
  LearningLinkSuggestionPage,
  LearningPersonRecords,
  LearningCoverage,
  LearningHealth,
  LearningDemand,
  LearningErasedRecords,
  LearningResource,
  LearningResourceInput,
  LearningResourcePage,
  LearningResourcePatch,
  LearningSession,
  LearningSessionInput,
  MyApplication,
  MyLearningPage,
  LearningApiOperations,
  LearningExpertise,
  LearningExpertList,
  LearningRelatedList,
  LearningSuggestionPage,
  LearningUserSettings,
} from '@tech-learning/backstage-plugin-learning-common';

/**
 * The filters, order and page of the resource list (`GET /resources`).
 *
 * @public
 */
export type ListLearningResourcesRequest = NonNullable<
  LearningApiOperations['ListResources']['parameters']['query']
>;

/**
 * How a request is made: `signal` cancels it (the promise then rejects
 * with an `AbortError`), as when a newer search replaces it.
 *
 * @public
 */
export interface LearningRequestOptions {
  signal?: AbortSignal;
}

/**
 * The filters, order and page of the embed list (`GET /embeds`).
 *
 * @public
 */
export type ListEmbedsRequest = NonNullable<
  LearningApiOperations['ListEmbeds']['parameters']['query']
>;

/**
 * A page of an offset-paged list.
 *
 * @public
 */
export type PageRequest = NonNullable<
  LearningApiOperations['ListFeedback']['parameters']['query']
>;

/**
 * A page of the signed-in user's learning, by state (`GET /me/learning`).
 *
 * @public
 */
export type MyLearningRequest = NonNullable<
  LearningApiOperations['GetMyLearning']['parameters']['query']
>;

/**
 * A page of the signed-in user's review queue.
 *
 * @public
 */
export type ReviewQueueRequest = NonNullable<
  LearningApiOperations['GetMyReviewQueue']['parameters']['query']
>;

/**
 * The filters and page of the coverage insights.
 *
 * @public
 */
export type InsightsCoverageRequest = NonNullable<
  LearningApiOperations['GetInsightsCoverage']['parameters']['query']
>;

/**
 * The frontend's client of the learning backend: one method per operation
 * of its OpenAPI spec. Errors are `ResponseError`s carrying the backend's
 * message.
 *
 * @public
 */
export interface LearningApi {
  getEntitySummary(entityRef: string): Promise<EntityLearningSummary>;
  /**
   * What the members of a group learn, in aggregate; withheld while fewer
   * than `minimumLearners` of them learn anything.
   */
  getGroupLearners(groupRef: string): Promise<GroupLearners>;

  listResources(
    request?: ListLearningResourcesRequest,
    options?: LearningRequestOptions,
  ): Promise<LearningResourcePage>;
  getResource(id: string): Promise<LearningResource>;
  createResource(input: LearningResourceInput): Promise<LearningResource>;
  updateResource(
    id: string,
    patch: LearningResourcePatch,
  ): Promise<LearningResource>;
  deleteResource(id: string): Promise<void>;
  /**
   * Marks the resource reviewed now by the signed-in user (its owners and
   * SMEs, provider-owned material included).
   */
  markReviewed(id: string): Promise<LearningResource>;
  /**
   * Material the signed-in user teaches (as an SME or through ownership)
   * that is due, possibly outdated or broken, by title.
   */
  getMyReviewQueue(request?: ReviewQueueRequest): Promise<LearningResourcePage>;

  /**
   * Links the resource to an entity; when the user is not among the
   * entity's owners, the link is suggested to them instead.
   */
  addLink(id: string, link: LearningLink): Promise<LearningLinkResult>;
  /** Pending suggested links: of an entity, of a resource, or to review. */
  listLinkSuggestions(
    query: {
      entityRef?: string;
      resourceId?: string;
      reviewable?: boolean;
      limit?: number;
      cursor?: string;
    },
    options?: LearningRequestOptions,
  ): Promise<LearningLinkSuggestionPage>;
  /** Accepts a suggested link, as an owner of its entity. */
  acceptLinkSuggestion(suggestionId: string): Promise<LearningResource>;
  /** Dismisses a suggested link, as an owner of its entity. */
  dismissLinkSuggestion(suggestionId: string): Promise<void>;

  /** Coverage of the catalog by material, and the learning debt. */
  getInsightsCoverage(
    request?: InsightsCoverageRequest,
    options?: LearningRequestOptions,
  ): Promise<LearningCoverage>;
  /** The material's health over the last `weeks` weeks (default 12). */
  getInsightsHealth(weeks?: number): Promise<LearningHealth>;
  /** What people take and look for, over the last `weeks` weeks. */
  getInsightsDemand(weeks?: number): Promise<LearningDemand>;

  /** A person's learning records: their own, or anyone's for admins. */
  exportUserRecords(userRef: string): Promise<LearningPersonRecords>;
  /** Erases a person's learning records: their own, or anyone's for admins. */
  eraseUserRecords(userRef: string): Promise<LearningErasedRecords>;
  removeLink(
    id: string,
    entityRef: string,
    relation?: LearningLinkRelation,
  ): Promise<void>;
  addSme(id: string, userRef: string): Promise<LearningResource>;
  removeSme(id: string, userRef: string): Promise<void>;

  /** The signed-in user's enrolment, or undefined when not enrolled. */
  getMyEnrolment(id: string): Promise<LearningEnrolment | undefined>;
  putMyEnrolment(
    id: string,
    input?: LearningEnrolmentInput,
  ): Promise<LearningEnrolment>;
  deleteMyEnrolment(id: string): Promise<void>;
  getMyLearning(request?: MyLearningRequest): Promise<MyLearningPage>;

  listFeedback(id: string, page?: PageRequest): Promise<LearningFeedbackPage>;
  putMyFeedback(
    id: string,
    input: LearningFeedbackInput,
  ): Promise<LearningFeedback>;
  deleteMyFeedback(id: string): Promise<void>;

  listSessions(id: string): Promise<{ items: LearningSession[] }>;
  createSession(
    id: string,
    input: LearningSessionInput,
  ): Promise<LearningSession>;
  updateSession(
    id: string,
    sessionId: string,
    input: LearningSessionInput,
  ): Promise<LearningSession>;
  deleteSession(id: string, sessionId: string): Promise<void>;

  listEmbeds(request?: ListEmbedsRequest): Promise<LearningEmbedPage>;
  getEmbed(id: string): Promise<LearningEmbed>;
  createEmbed(input: LearningEmbedInput): Promise<LearningEmbed>;
  updateEmbed(id: string, patch: LearningEmbedPatch): Promise<LearningEmbed>;
  deleteEmbed(id: string): Promise<void>;
  closeEmbed(id: string): Promise<LearningEmbed>;
  /** The applications to an embed, for its hosts. */
  listEmbedApplications(
    id: string,
  ): Promise<{ items: LearningEmbedApplication[] }>;
  decideApplication(
    id: string,
    applicationId: string,
    decision: 'accepted' | 'declined',
  ): Promise<LearningDecision>;
  /** The signed-in user's application, or undefined when none. */
  getMyApplication(id: string): Promise<LearningEmbedApplication | undefined>;
  applyToEmbed(id: string, message?: string): Promise<LearningEmbedApplication>;
  withdrawApplication(id: string): Promise<LearningEmbedApplication>;
  getMyApplications(): Promise<{ items: MyApplication[] }>;

  /**
   * The learning YAML files an entity names (for its owners), or all of
   * them (for those granted `learning.source.read`), with their errors.
   */
  listSources(entityRef?: string): Promise<{ items: LearningYamlSource[] }>;
  /** Has the learning YAML files read again now. */
  refreshSources(entityRef?: string): Promise<void>;

  /**
   * Material for the signed-in user, best first, each with its reasons;
   * never what they took, dismissed or may not read.
   */
  getMyRecommendations(
    page?: { limit?: number; cursor?: string },
    options?: LearningRequestOptions,
  ): Promise<LearningSuggestionPage>;
  /** "Not interested": never suggested again, until undone. */
  dismissRecommendation(id: string): Promise<void>;
  undoDismissal(id: string): Promise<void>;
  /** Material related to a resource: taken together, next steps, same entities. */
  getRelatedResources(id: string, limit?: number): Promise<LearningRelatedList>;
  /** Who can teach an entity or a tag, best first, with why. */
  listExperts(
    about: { entityRef: string } | { tag: string },
    limit?: number,
  ): Promise<LearningExpertList>;
  /** The signed-in user's derived skills, and whether they share them. */
  getMyExpertise(): Promise<LearningExpertise>;
  getMySettings(): Promise<LearningUserSettings>;
  putMySettings(settings: LearningUserSettings): Promise<LearningUserSettings>;

  /** Cohorts on a resource that have not finished. */
  listResourceCohorts(resourceId: string): Promise<LearningCohortPage>;
  /** Starts a cohort on a self-paced resource or a path. */
  createCohort(
    resourceId: string,
    input: LearningCohortInput,
  ): Promise<LearningCohort>;
  /** Cohorts on an entity's material, or the caller's own. */
  listCohorts(request: {
    entityRef?: string;
    mine?: boolean;
    status?: LearningCohortStatus;
    limit?: number;
    cursor?: string;
  }): Promise<LearningCohortPage>;
  getCohort(id: string): Promise<LearningCohort>;
  updateCohort(id: string, patch: LearningCohortPatch): Promise<LearningCohort>;
  deleteCohort(id: string): Promise<void>;
  joinCohort(id: string): Promise<LearningCohort>;
  leaveCohort(id: string): Promise<void>;
  /** Members and their progress: for members and the facilitator only. */
  listCohortMembers(id: string): Promise<{ items: LearningCohortMember[] }>;
  /** The cohort's schedule as an iCalendar file. */
  getCohortCalendar(id: string): Promise<string>;
  /** A session of a live course as an iCalendar file. */
  getSessionCalendar(resourceId: string, sessionId: string): Promise<string>;

  /** A page of a discussion: a resource's, a path step's or a cohort's. */
  getDiscussion(
    place: LearningDiscussionPlace,
    page?: { limit?: number; cursor?: string },
  ): Promise<LearningDiscussionPage>;
  postToDiscussion(
    place: LearningDiscussionPlace,
    input: LearningPostInput,
  ): Promise<LearningPost>;
  editPost(id: string, body: string): Promise<LearningPost>;
  deletePost(id: string): Promise<void>;
  hidePost(id: string, reason: string): Promise<LearningPost>;
  unhidePost(id: string): Promise<LearningPost>;
  acceptAnswer(id: string): Promise<LearningPost>;
  unacceptAnswer(id: string): Promise<LearningPost>;
  /**
   * For each resource, how many of the caller's nearest group are taking
   * it now (withheld under 5; such resources are left out).
   */
  getLearningWithYou(resourceIds: string[]): Promise<LearningWithYou>;
  /** The accepted answers about a resource. */
  getFaq(resourceId: string): Promise<{ items: LearningFaqEntry[] }>;
}

/**
 * What adding a link did: linked it, or suggested it to the entity's
 * owners.
 *
 * @public
 */
export type LearningLinkResult =
  | { type: 'linked'; resource: LearningResource }
  | { type: 'suggested'; suggestion: LearningLinkSuggestion };

/**
 * Where a discussion is: on a resource, on a step of a path, or in a
 * cohort.
 *
 * @public
 */
export type LearningDiscussionPlace =
  | { resourceId: string }
  | { pathId: string; stepId: string }
  | { cohortId: string };

/** @public */
export const learningApiRef = createApiRef<LearningApi>({
  id: 'plugin.learning.api',
});
