import { parseEntityRef } from '@backstage/catalog-model';
import { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import {
  EntityLearningSummary,
  LearningResource,
  LearningResourcePage,
} from '@tech-learning/backstage-plugin-learning-common';
import { LearningApi, ListLearningResourcesRequest } from './LearningApi';

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

  async getEntitySummary(entityRef: string): Promise<EntityLearningSummary> {
    const { kind, namespace, name } = parseEntityRef(entityRef);
    const path = [kind, namespace, name].map(encodeURIComponent).join('/');
    return this.get(`/entities/${path}/summary`);
  }

  async listResources(
    request: ListLearningResourcesRequest = {},
  ): Promise<LearningResourcePage> {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(request)) {
      if (value !== undefined && value !== '') {
        params.set(key, String(value));
      }
    }
    const query = params.toString();
    return this.get(`/resources${query ? `?${query}` : ''}`);
  }

  async getResource(id: string): Promise<LearningResource> {
    return this.get(`/resources/${encodeURIComponent(id)}`);
  }

  private async get<T>(path: string): Promise<T> {
    const baseUrl = await this.discoveryApi.getBaseUrl('learning');
    const response = await this.fetchApi.fetch(`${baseUrl}${path}`);
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return (await response.json()) as T;
  }
}
