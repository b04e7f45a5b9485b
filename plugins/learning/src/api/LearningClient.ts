import { parseEntityRef } from '@backstage/catalog-model';
import { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import {
  LearningWithYou,
  LearningCohort,
  LearningCohortInput,
  LearningCohortPage,
  LearningCohortPatch,
  LearningCohortStatus,
  LearningDiscussionPage,
  LearningPost,
  LearningPostInput,
  LearningCohortMember,
  LearningFaqEntry,
  EntityLearningSummary,
  GroupLearners,
  LearningDecision,
  LearningEmbed,
  LearningEmbedApplication,
  LearningEmbedInput,
  LearningEmbedPage,
  LearningEmbedPatch,
  LearningEnrolment,
  LearningEnrolmentInput,
  LearningFeedback,
  LearningFeedbackInput,
  LearningFeedbackPage,
  LearningLink,
  LearningLinkRelation,
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
  LearningYamlSource,
  MyApplication,
  MyLearningPage,
  LearningExpertise,
  LearningExpertList,
  LearningRelatedList,
  LearningSuggestionPage,
  LearningUserSettings,
} from '@tech-learning/backstage-plugin-learning-common';
import {
  LearningApi,
  LearningDiscussionPlace,
  LearningLinkResult,
  LearningRequestOptions,
  InsightsCoverageRequest,
  ListEmbedsRequest,
  ListLearningResourcesRequest,
  MyLearningRequest,
  ReviewQueueRequest,
  PageRequest,
} from './LearningApi';
import { ApiPath, MethodOf, RequestOf, ResponseOf } from './openapiTypes';

type Query = Record<string, string | number | boolean | undefined>;

/** Summaries of one entity within this long count as one page view. */
const VIEW_WINDOW_MS = 60_000;

/** The path parameters of an entity ref. */
function entityPathParams(entityRef: string) {
  const { kind, namespace, name } = parseEntityRef(entityRef);
  return { kind, namespace, name };
}

/**
 * Talks to the learning backend over HTTP.
 *
 * @public
 */
export class LearningClient implements LearningApi {
  private readonly discoveryApi: DiscoveryApi;
  private readonly fetchApi: FetchApi;

  constructor(options: { discoveryApi: DiscoveryApi; fetchApi: FetchApi }) {
    this.discoveryApi = options.discoveryApi;
    this.fetchApi = options.fetchApi;
  }

  /** When each entity's page was last counted as viewed. */
  private readonly viewedAt = new Map<string, number>();

  getEntitySummary(entityRef: string): Promise<EntityLearningSummary> {
    // A page asks for its entity's summary once or more (its card, its
    // tab, the legacy app's predicate); the first in a minute is its view.
    const key = entityRef.toLocaleLowerCase('en-US');
    const now = Date.now();
    const view = now - (this.viewedAt.get(key) ?? 0) > VIEW_WINDOW_MS;
    if (view) {
      this.viewedAt.set(key, now);
    }
    return this.call('get', '/entities/{kind}/{namespace}/{name}/summary', {
      path: entityPathParams(entityRef),
      query: view ? { view: true } : {},
    });
  }

  getGroupLearners(groupRef: string): Promise<GroupLearners> {
    return this.call('get', '/entities/{kind}/{namespace}/{name}/learners', {
      path: entityPathParams(groupRef),
    });
  }

  listResources(
    request: ListLearningResourcesRequest = {},
    options?: LearningRequestOptions,
  ): Promise<LearningResourcePage> {
    return this.call(
      'get',
      '/resources',
      { query: request },
      { signal: options?.signal },
    );
  }

  getResource(id: string): Promise<LearningResource> {
    return this.call('get', '/resources/{id}', { path: { id } });
  }

  createResource(input: LearningResourceInput): Promise<LearningResource> {
    return this.call('post', '/resources', { body: input });
  }

  updateResource(
    id: string,
    patch: LearningResourcePatch,
  ): Promise<LearningResource> {
    return this.call('patch', '/resources/{id}', { path: { id }, body: patch });
  }

  async deleteResource(id: string): Promise<void> {
    await this.call('delete', '/resources/{id}', { path: { id } });
  }

  markReviewed(id: string): Promise<LearningResource> {
    return this.call('post', '/resources/{id}/review', { path: { id } });
  }

  getMyReviewQueue(
    request: ReviewQueueRequest = {},
  ): Promise<LearningResourcePage> {
    return this.call('get', '/me/review-queue', { query: request });
  }

  async addLink(id: string, link: LearningLink): Promise<LearningLinkResult> {
    const answer = await this.call('post', '/resources/{id}/links', {
      path: { id },
      body: link,
    });
    return 'suggestedBy' in answer
      ? { type: 'suggested', suggestion: answer }
      : { type: 'linked', resource: answer };
  }

  listLinkSuggestions(
    query: {
      entityRef?: string;
      resourceId?: string;
      reviewable?: boolean;
      limit?: number;
      cursor?: string;
    },
    options?: LearningRequestOptions,
  ): Promise<LearningLinkSuggestionPage> {
    return this.call('get', '/link-suggestions', { query }, options);
  }

  acceptLinkSuggestion(suggestionId: string): Promise<LearningResource> {
    return this.call('post', '/link-suggestions/{suggestionId}/accept', {
      path: { suggestionId },
    });
  }

  async dismissLinkSuggestion(suggestionId: string): Promise<void> {
    await this.call('post', '/link-suggestions/{suggestionId}/dismiss', {
      path: { suggestionId },
    });
  }

  getInsightsCoverage(
    request: InsightsCoverageRequest = {},
    options?: LearningRequestOptions,
  ): Promise<LearningCoverage> {
    return this.call(
      'get',
      '/insights/coverage',
      { query: request },
      { signal: options?.signal },
    );
  }

  getInsightsHealth(weeks?: number): Promise<LearningHealth> {
    return this.call('get', '/insights/health', { query: { weeks } });
  }

  getInsightsDemand(weeks?: number): Promise<LearningDemand> {
    return this.call('get', '/insights/demand', { query: { weeks } });
  }

  exportUserRecords(userRef: string): Promise<LearningPersonRecords> {
    const { namespace, name } = entityPathParams(userRef);
    return this.call('get', '/users/{namespace}/{name}/records', {
      path: { namespace, name },
    });
  }

  eraseUserRecords(userRef: string): Promise<LearningErasedRecords> {
    const { namespace, name } = entityPathParams(userRef);
    return this.call('delete', '/users/{namespace}/{name}/records', {
      path: { namespace, name },
    });
  }

  async removeLink(
    id: string,
    entityRef: string,
    relation?: LearningLinkRelation,
  ): Promise<void> {
    await this.call(
      'delete',
      '/resources/{id}/links/{kind}/{namespace}/{name}',
      {
        path: { id, ...entityPathParams(entityRef) },
        query: { relation },
      },
    );
  }

  addSme(id: string, userRef: string): Promise<LearningResource> {
    return this.call('post', '/resources/{id}/smes', {
      path: { id },
      body: { userRef },
    });
  }

  async removeSme(id: string, userRef: string): Promise<void> {
    const { namespace, name } = parseEntityRef(userRef, {
      defaultKind: 'user',
    });
    await this.call('delete', '/resources/{id}/smes/{namespace}/{name}', {
      path: { id, namespace, name },
    });
  }

  async getMyEnrolment(id: string): Promise<LearningEnrolment | undefined> {
    try {
      return await this.call('get', '/resources/{id}/enrolment', {
        path: { id },
      });
    } catch (error) {
      if (error instanceof ResponseError && error.statusCode === 404) {
        // 404 also answers an unknown resource; a caller that must tell
        // them apart reads the resource first.
        return undefined;
      }
      throw error;
    }
  }

  putMyEnrolment(
    id: string,
    input: LearningEnrolmentInput = {},
  ): Promise<LearningEnrolment> {
    return this.call('put', '/resources/{id}/enrolment', {
      path: { id },
      body: input,
    });
  }

  async deleteMyEnrolment(id: string): Promise<void> {
    await this.call('delete', '/resources/{id}/enrolment', { path: { id } });
  }

  getMyLearning(request: MyLearningRequest = {}): Promise<MyLearningPage> {
    return this.call('get', '/me/learning', { query: request });
  }

  listFeedback(
    id: string,
    page: PageRequest = {},
  ): Promise<LearningFeedbackPage> {
    return this.call('get', '/resources/{id}/feedback', {
      path: { id },
      query: page,
    });
  }

  putMyFeedback(
    id: string,
    input: LearningFeedbackInput,
  ): Promise<LearningFeedback> {
    return this.call('put', '/resources/{id}/feedback', {
      path: { id },
      body: input,
    });
  }

  async deleteMyFeedback(id: string): Promise<void> {
    await this.call('delete', '/resources/{id}/feedback', { path: { id } });
  }

  listSessions(id: string): Promise<{ items: LearningSession[] }> {
    return this.call('get', '/resources/{id}/sessions', { path: { id } });
  }

  createSession(
    id: string,
    input: LearningSessionInput,
  ): Promise<LearningSession> {
    return this.call('post', '/resources/{id}/sessions', {
      path: { id },
      body: input,
    });
  }

  updateSession(
    id: string,
    sessionId: string,
    input: LearningSessionInput,
  ): Promise<LearningSession> {
    return this.call('put', '/resources/{id}/sessions/{sessionId}', {
      path: { id, sessionId },
      body: input,
    });
  }

  async deleteSession(id: string, sessionId: string): Promise<void> {
    await this.call('delete', '/resources/{id}/sessions/{sessionId}', {
      path: { id, sessionId },
    });
  }
  listEmbeds(request: ListEmbedsRequest = {}): Promise<LearningEmbedPage> {
    return this.call('get', '/embeds', { query: request });
  }

  getEmbed(id: string): Promise<LearningEmbed> {
    return this.call('get', '/embeds/{id}', { path: { id } });
  }

  createEmbed(input: LearningEmbedInput): Promise<LearningEmbed> {
    return this.call('post', '/embeds', { body: input });
  }

  updateEmbed(id: string, patch: LearningEmbedPatch): Promise<LearningEmbed> {
    return this.call('patch', '/embeds/{id}', { path: { id }, body: patch });
  }

  async deleteEmbed(id: string): Promise<void> {
    await this.call('delete', '/embeds/{id}', { path: { id } });
  }

  closeEmbed(id: string): Promise<LearningEmbed> {
    return this.call('post', '/embeds/{id}/close', { path: { id } });
  }

  listEmbedApplications(
    id: string,
  ): Promise<{ items: LearningEmbedApplication[] }> {
    return this.call('get', '/embeds/{id}/applications', { path: { id } });
  }

  decideApplication(
    id: string,
    applicationId: string,
    decision: 'accepted' | 'declined',
  ): Promise<LearningDecision> {
    return this.call(
      'put',
      '/embeds/{id}/applications/{applicationId}/decision',
      { path: { id, applicationId }, body: { decision } },
    );
  }

  async getMyApplication(
    id: string,
  ): Promise<LearningEmbedApplication | undefined> {
    try {
      return await this.call('get', '/embeds/{id}/application', {
        path: { id },
      });
    } catch (error) {
      if (error instanceof ResponseError && error.statusCode === 404) {
        return undefined;
      }
      throw error;
    }
  }

  applyToEmbed(
    id: string,
    message?: string,
  ): Promise<LearningEmbedApplication> {
    return this.call('put', '/embeds/{id}/application', {
      path: { id },
      body: message ? { message } : {},
    });
  }

  withdrawApplication(id: string): Promise<LearningEmbedApplication> {
    return this.call('delete', '/embeds/{id}/application', { path: { id } });
  }

  getMyApplications(): Promise<{ items: MyApplication[] }> {
    return this.call('get', '/me/applications');
  }

  listSources(entityRef?: string): Promise<{ items: LearningYamlSource[] }> {
    return this.call('get', '/sources', { query: { entityRef } });
  }

  async refreshSources(entityRef?: string): Promise<void> {
    await this.call('post', '/sources/refresh', { query: { entityRef } });
  }

  getMyRecommendations(
    page: { limit?: number; cursor?: string } = {},
    options?: LearningRequestOptions,
  ): Promise<LearningSuggestionPage> {
    return this.call(
      'get',
      '/me/recommendations',
      { query: page },
      { signal: options?.signal },
    );
  }

  async dismissRecommendation(id: string): Promise<void> {
    await this.call('put', '/me/dismissals/{id}', { path: { id } });
  }

  async undoDismissal(id: string): Promise<void> {
    await this.call('delete', '/me/dismissals/{id}', { path: { id } });
  }

  getRelatedResources(
    id: string,
    limit?: number,
  ): Promise<LearningRelatedList> {
    return this.call('get', '/resources/{id}/related', {
      path: { id },
      query: { limit },
    });
  }

  listExperts(
    about: { entityRef: string } | { tag: string },
    limit?: number,
  ): Promise<LearningExpertList> {
    return this.call('get', '/experts', { query: { ...about, limit } });
  }

  getMyExpertise(): Promise<LearningExpertise> {
    return this.call('get', '/me/expertise');
  }

  getMySettings(): Promise<LearningUserSettings> {
    return this.call('get', '/me/settings');
  }

  putMySettings(settings: LearningUserSettings): Promise<LearningUserSettings> {
    return this.call('put', '/me/settings', { body: settings });
  }

  listResourceCohorts(resourceId: string): Promise<LearningCohortPage> {
    return this.call('get', '/resources/{id}/cohorts', {
      path: { id: resourceId },
    });
  }

  createCohort(
    resourceId: string,
    input: LearningCohortInput,
  ): Promise<LearningCohort> {
    return this.call('post', '/resources/{id}/cohorts', {
      path: { id: resourceId },
      body: input,
    });
  }

  listCohorts(request: {
    entityRef?: string;
    mine?: boolean;
    status?: LearningCohortStatus;
    limit?: number;
    cursor?: string;
  }): Promise<LearningCohortPage> {
    return this.call('get', '/cohorts', { query: request });
  }

  getCohort(id: string): Promise<LearningCohort> {
    return this.call('get', '/cohorts/{cohortId}', { path: { cohortId: id } });
  }

  updateCohort(
    id: string,
    patch: LearningCohortPatch,
  ): Promise<LearningCohort> {
    return this.call('patch', '/cohorts/{cohortId}', {
      path: { cohortId: id },
      body: patch,
    });
  }

  async deleteCohort(id: string): Promise<void> {
    await this.call('delete', '/cohorts/{cohortId}', {
      path: { cohortId: id },
    });
  }

  joinCohort(id: string): Promise<LearningCohort> {
    return this.call('put', '/cohorts/{cohortId}/membership', {
      path: { cohortId: id },
    });
  }

  async leaveCohort(id: string): Promise<void> {
    await this.call('delete', '/cohorts/{cohortId}/membership', {
      path: { cohortId: id },
    });
  }

  listCohortMembers(id: string): Promise<{ items: LearningCohortMember[] }> {
    return this.call('get', '/cohorts/{cohortId}/members', {
      path: { cohortId: id },
    });
  }

  getCohortCalendar(id: string): Promise<string> {
    return this.call('get', '/cohorts/{cohortId}/calendar', {
      path: { cohortId: id },
    });
  }

  getSessionCalendar(resourceId: string, sessionId: string): Promise<string> {
    return this.call('get', '/resources/{id}/sessions/{sessionId}/calendar', {
      path: { id: resourceId, sessionId },
    });
  }

  getDiscussion(
    place: LearningDiscussionPlace,
    page: { limit?: number; cursor?: string } = {},
  ): Promise<LearningDiscussionPage> {
    if ('cohortId' in place) {
      return this.call('get', '/cohorts/{cohortId}/discussion', {
        path: { cohortId: place.cohortId },
        query: page,
      });
    }
    if ('pathId' in place) {
      return this.call('get', '/resources/{id}/steps/{stepId}/discussion', {
        path: { id: place.pathId, stepId: place.stepId },
        query: page,
      });
    }
    return this.call('get', '/resources/{id}/discussion', {
      path: { id: place.resourceId },
      query: page,
    });
  }

  postToDiscussion(
    place: LearningDiscussionPlace,
    input: LearningPostInput,
  ): Promise<LearningPost> {
    if ('cohortId' in place) {
      return this.call('post', '/cohorts/{cohortId}/discussion', {
        path: { cohortId: place.cohortId },
        body: input,
      });
    }
    if ('pathId' in place) {
      return this.call('post', '/resources/{id}/steps/{stepId}/discussion', {
        path: { id: place.pathId, stepId: place.stepId },
        body: input,
      });
    }
    return this.call('post', '/resources/{id}/discussion', {
      path: { id: place.resourceId },
      body: input,
    });
  }

  editPost(id: string, body: string): Promise<LearningPost> {
    return this.call('patch', '/posts/{postId}', {
      path: { postId: id },
      body: { body },
    });
  }

  async deletePost(id: string): Promise<void> {
    await this.call('delete', '/posts/{postId}', { path: { postId: id } });
  }

  hidePost(id: string, reason: string): Promise<LearningPost> {
    return this.call('put', '/posts/{postId}/hidden', {
      path: { postId: id },
      body: { reason },
    });
  }

  unhidePost(id: string): Promise<LearningPost> {
    return this.call('delete', '/posts/{postId}/hidden', {
      path: { postId: id },
    });
  }

  acceptAnswer(id: string): Promise<LearningPost> {
    return this.call('put', '/posts/{postId}/accepted', {
      path: { postId: id },
    });
  }

  unacceptAnswer(id: string): Promise<LearningPost> {
    return this.call('delete', '/posts/{postId}/accepted', {
      path: { postId: id },
    });
  }

  getLearningWithYou(resourceIds: string[]): Promise<LearningWithYou> {
    return this.call('get', '/me/learning-with-you', {
      query: { resourceIds: resourceIds.join(',') },
    });
  }

  getFaq(resourceId: string): Promise<{ items: LearningFaqEntry[] }> {
    return this.call('get', '/resources/{id}/faq', {
      path: { id: resourceId },
    });
  }

  private async call<P extends ApiPath, M extends MethodOf<P>>(
    method: M,
    template: P,
    ...[request, options]: {} extends RequestOf<P, M>
      ? [RequestOf<P, M>?, LearningRequestOptions?]
      : [RequestOf<P, M>, LearningRequestOptions?]
  ): Promise<ResponseOf<P, M>> {
    const {
      path: params,
      query: queryParams,
      body,
    } = (request ?? {}) as {
      path?: Record<string, string>;
      query?: Query;
      body?: unknown;
    };
    const path = template.replace(/\{(\w+)\}/g, (_, name: string) => {
      const value = params?.[name];
      if (value === undefined) {
        throw new Error(`${template} needs the path parameter ${name}`);
      }
      return encodeURIComponent(value);
    });
    const baseUrl = await this.discoveryApi.getBaseUrl('learning');
    // percent-encoded, spaces too: the backend's OpenAPI validation
    // refuses a '+' (URLSearchParams writes spaces so) as a reserved character
    const query = Object.entries(queryParams ?? {})
      .filter(([, value]) => value !== undefined && value !== '')
      .map(
        ([key, value]) =>
          `${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`,
      )
      .join('&');
    const response = await this.fetchApi.fetch(
      `${baseUrl}${path}${query ? `?${query}` : ''}`,
      {
        method: method.toUpperCase(),
        signal: options?.signal,
        ...(body !== undefined
          ? {
              headers: { 'Content-Type': 'application/json' },
              body: JSON.stringify(body),
            }
          : {}),
      },
    );
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    const type = response.headers.get('Content-Type') ?? '';
    // no content, or accepted with none
    if (
      response.status === 204 ||
      (response.status === 202 && !type.includes('json'))
    ) {
      return undefined as ResponseOf<P, M>;
    }
    if (type.startsWith('text/calendar')) {
      return (await response.text()) as ResponseOf<P, M>;
    }
    return (await response.json()) as ResponseOf<P, M>;
  }
}
