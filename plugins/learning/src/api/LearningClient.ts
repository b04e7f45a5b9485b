import { parseEntityRef } from '@backstage/catalog-model';
import { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import {
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
  LearningEnrolmentState,
  LearningFeedback,
  LearningFeedbackInput,
  LearningFeedbackPage,
  LearningLink,
  LearningLinkRelation,
  LearningResource,
  LearningResourceInput,
  LearningResourcePage,
  LearningResourcePatch,
  LearningSession,
  LearningSessionInput,
  LearningYamlSource,
  MyApplication,
  MyLearningPage,
} from '@tech-learning/backstage-plugin-learning-common';
import {
  LearningApi,
  ListEmbedsRequest,
  ListLearningResourcesRequest,
  ReviewQueueRequest,
  PageRequest,
} from './LearningApi';

type Query = Record<string, string | number | undefined>;

/** `a/b c` → `a%2Fb%20c`, for each segment of a path. */
const segments = (...parts: string[]) =>
  parts.map(encodeURIComponent).join('/');

/** The path of an entity ref, `kind/namespace/name`. */
function entityPath(entityRef: string): string {
  const { kind, namespace, name } = parseEntityRef(entityRef);
  return segments(kind, namespace, name);
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

  getEntitySummary(entityRef: string): Promise<EntityLearningSummary> {
    return this.call('GET', `/entities/${entityPath(entityRef)}/summary`);
  }

  getGroupLearners(groupRef: string): Promise<GroupLearners> {
    return this.call('GET', `/entities/${entityPath(groupRef)}/learners`);
  }

  listResources(
    request: ListLearningResourcesRequest = {},
  ): Promise<LearningResourcePage> {
    return this.call('GET', '/resources', { query: { ...request } });
  }

  getResource(id: string): Promise<LearningResource> {
    return this.call('GET', `/resources/${segments(id)}`);
  }

  createResource(input: LearningResourceInput): Promise<LearningResource> {
    return this.call('POST', '/resources', { body: input });
  }

  updateResource(
    id: string,
    patch: LearningResourcePatch,
  ): Promise<LearningResource> {
    return this.call('PATCH', `/resources/${segments(id)}`, { body: patch });
  }

  async deleteResource(id: string): Promise<void> {
    await this.call('DELETE', `/resources/${segments(id)}`);
  }

  markReviewed(id: string): Promise<LearningResource> {
    return this.call('POST', `/resources/${segments(id)}/review`);
  }

  getMyReviewQueue(
    request: ReviewQueueRequest = {},
  ): Promise<LearningResourcePage> {
    return this.call('GET', '/me/review-queue', { query: { ...request } });
  }

  addLink(id: string, link: LearningLink): Promise<LearningResource> {
    return this.call('POST', `/resources/${segments(id)}/links`, {
      body: link,
    });
  }

  async removeLink(
    id: string,
    entityRef: string,
    relation?: LearningLinkRelation,
  ): Promise<void> {
    await this.call(
      'DELETE',
      `/resources/${segments(id)}/links/${entityPath(entityRef)}`,
      { query: { relation } },
    );
  }

  addSme(id: string, userRef: string): Promise<LearningResource> {
    return this.call('POST', `/resources/${segments(id)}/smes`, {
      body: { userRef },
    });
  }

  async removeSme(id: string, userRef: string): Promise<void> {
    const { namespace, name } = parseEntityRef(userRef, {
      defaultKind: 'user',
    });
    await this.call(
      'DELETE',
      `/resources/${segments(id)}/smes/${segments(namespace, name)}`,
    );
  }

  async getMyEnrolment(id: string): Promise<LearningEnrolment | undefined> {
    try {
      return await this.call('GET', `/resources/${segments(id)}/enrolment`);
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
    return this.call('PUT', `/resources/${segments(id)}/enrolment`, {
      body: input,
    });
  }

  async deleteMyEnrolment(id: string): Promise<void> {
    await this.call('DELETE', `/resources/${segments(id)}/enrolment`);
  }

  getMyLearning(
    request: PageRequest & { state?: LearningEnrolmentState } = {},
  ): Promise<MyLearningPage> {
    return this.call('GET', '/me/learning', { query: { ...request } });
  }

  listFeedback(
    id: string,
    page: PageRequest = {},
  ): Promise<LearningFeedbackPage> {
    return this.call('GET', `/resources/${segments(id)}/feedback`, {
      query: { ...page },
    });
  }

  putMyFeedback(
    id: string,
    input: LearningFeedbackInput,
  ): Promise<LearningFeedback> {
    return this.call('PUT', `/resources/${segments(id)}/feedback`, {
      body: input,
    });
  }

  async deleteMyFeedback(id: string): Promise<void> {
    await this.call('DELETE', `/resources/${segments(id)}/feedback`);
  }

  listSessions(id: string): Promise<{ items: LearningSession[] }> {
    return this.call('GET', `/resources/${segments(id)}/sessions`);
  }

  createSession(
    id: string,
    input: LearningSessionInput,
  ): Promise<LearningSession> {
    return this.call('POST', `/resources/${segments(id)}/sessions`, {
      body: input,
    });
  }

  updateSession(
    id: string,
    sessionId: string,
    input: LearningSessionInput,
  ): Promise<LearningSession> {
    return this.call(
      'PUT',
      `/resources/${segments(id)}/sessions/${segments(sessionId)}`,
      { body: input },
    );
  }

  async deleteSession(id: string, sessionId: string): Promise<void> {
    await this.call(
      'DELETE',
      `/resources/${segments(id)}/sessions/${segments(sessionId)}`,
    );
  }
  listEmbeds(request: ListEmbedsRequest = {}): Promise<LearningEmbedPage> {
    return this.call('GET', '/embeds', { query: { ...request } });
  }

  getEmbed(id: string): Promise<LearningEmbed> {
    return this.call('GET', `/embeds/${segments(id)}`);
  }

  createEmbed(input: LearningEmbedInput): Promise<LearningEmbed> {
    return this.call('POST', '/embeds', { body: input });
  }

  updateEmbed(id: string, patch: LearningEmbedPatch): Promise<LearningEmbed> {
    return this.call('PATCH', `/embeds/${segments(id)}`, { body: patch });
  }

  async deleteEmbed(id: string): Promise<void> {
    await this.call('DELETE', `/embeds/${segments(id)}`);
  }

  closeEmbed(id: string): Promise<LearningEmbed> {
    return this.call('POST', `/embeds/${segments(id)}/close`);
  }

  listEmbedApplications(
    id: string,
  ): Promise<{ items: LearningEmbedApplication[] }> {
    return this.call('GET', `/embeds/${segments(id)}/applications`);
  }

  decideApplication(
    id: string,
    applicationId: string,
    decision: 'accepted' | 'declined',
  ): Promise<LearningDecision> {
    return this.call(
      'PUT',
      `/embeds/${segments(id)}/applications/${segments(
        applicationId,
      )}/decision`,
      { body: { decision } },
    );
  }

  async getMyApplication(
    id: string,
  ): Promise<LearningEmbedApplication | undefined> {
    try {
      return await this.call('GET', `/embeds/${segments(id)}/application`);
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
    return this.call('PUT', `/embeds/${segments(id)}/application`, {
      body: message ? { message } : {},
    });
  }

  withdrawApplication(id: string): Promise<LearningEmbedApplication> {
    return this.call('DELETE', `/embeds/${segments(id)}/application`);
  }

  getMyApplications(): Promise<{ items: MyApplication[] }> {
    return this.call('GET', '/me/applications');
  }

  listSources(entityRef?: string): Promise<{ items: LearningYamlSource[] }> {
    return this.call('GET', '/sources', { query: { entityRef } });
  }

  async refreshSources(entityRef?: string): Promise<void> {
    await this.call('POST', '/sources/refresh', { query: { entityRef } });
  }

  private async call<T>(
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    path: string,
    options: { query?: Query; body?: unknown } = {},
  ): Promise<T> {
    const baseUrl = await this.discoveryApi.getBaseUrl('learning');
    // percent-encoded, spaces too: the backend's OpenAPI validation
    // refuses a '+' (URLSearchParams writes spaces so) as a reserved character
    const query = Object.entries(options.query ?? {})
      .filter(([, value]) => value !== undefined && value !== '')
      .map(
        ([key, value]) =>
          `${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`,
      )
      .join('&');
    const response = await this.fetchApi.fetch(
      `${baseUrl}${path}${query ? `?${query}` : ''}`,
      {
        method,
        ...(options.body !== undefined
          ? {
              headers: { 'Content-Type': 'application/json' },
              body: JSON.stringify(options.body),
            }
          : {}),
      },
    );
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    // no content, or accepted with none
    if (response.status === 204 || response.status === 202) {
      return undefined as T;
    }
    return (await response.json()) as T;
  }
}
