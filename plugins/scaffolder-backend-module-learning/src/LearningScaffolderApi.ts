import {
  AuthService,
  BackstageCredentials,
  DiscoveryService,
} from '@backstage/backend-plugin-api';
import type {
  LearningLinkRelation,
  LearningResource,
  LearningResourceInput,
} from '@tech-learning/backstage-plugin-learning-common';

/** What became of a link: made, already there, or waiting for an owner. */
export type LinkOutcome = 'linked' | 'existed' | 'suggested';

/**
 * The learning backend as the scaffolder actions use it: every call is made
 * on behalf of the template's user, so the learning backend's own
 * permission decisions apply to them as they do to its HTTP routes.
 */
export interface LearningScaffolderApi {
  createResource(
    input: LearningResourceInput,
    credentials: BackstageCredentials,
  ): Promise<LearningResource>;
  addLink(
    resourceId: string,
    link: { entityRef: string; relation: LearningLinkRelation },
    credentials: BackstageCredentials,
  ): Promise<LinkOutcome>;
}

/** The learning backend over HTTP, found through discovery. */
export class HttpLearningScaffolderApi implements LearningScaffolderApi {
  constructor(
    private readonly discovery: DiscoveryService,
    private readonly auth: AuthService,
  ) {}

  async createResource(
    input: LearningResourceInput,
    credentials: BackstageCredentials,
  ): Promise<LearningResource> {
    const response = await this.request(
      'POST',
      '/resources',
      input,
      credentials,
    );
    return (await response.json()) as LearningResource;
  }

  async addLink(
    resourceId: string,
    link: { entityRef: string; relation: LearningLinkRelation },
    credentials: BackstageCredentials,
  ): Promise<LinkOutcome> {
    const response = await this.request(
      'POST',
      `/resources/${encodeURIComponent(resourceId)}/links`,
      link,
      credentials,
    );
    if (response.status === 202) return 'suggested';
    return response.status === 201 ? 'linked' : 'existed';
  }

  private async request(
    method: string,
    path: string,
    body: unknown,
    credentials: BackstageCredentials,
  ): Promise<Response> {
    const { token } = await this.auth.getPluginRequestToken({
      onBehalfOf: credentials,
      targetPluginId: 'learning',
    });
    const baseUrl = await this.discovery.getBaseUrl('learning');
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${token}`,
      },
      body: JSON.stringify(body),
    });
    if (!response.ok) {
      // the learning backend's own message (a 400's field, a 403's
      // permission) is what the template's user needs to read
      const text = await response.text();
      let message = text || response.statusText;
      try {
        message = JSON.parse(text).error.message ?? message;
      } catch {
        // not an error body of Backstage's: the text as it is
      }
      throw new Error(
        `The learning backend refused ${method} ${path} (${response.status}): ${message}`,
      );
    }
    return response;
  }
}
