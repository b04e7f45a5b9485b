import { AuthService, DiscoveryService } from '@backstage/backend-plugin-api';
import { ResponseError } from '@backstage/errors';

/** How many items each request asks for: the API's largest page. */
const PAGE_SIZE = 100;

/**
 * Reads the learning backend's lists a page at a time, with the search
 * plugin's own service credentials, as core collators read the catalog.
 */
export class LearningApiReader {
  constructor(
    private readonly deps: {
      auth: AuthService;
      discovery: DiscoveryService;
    },
  ) {}

  /** Every item of a list, one page after the other, by title. */
  async *pages<T>(path: '/resources' | '/embeds'): AsyncGenerator<T[]> {
    const { auth, discovery } = this.deps;
    const baseUrl = await discovery.getBaseUrl('learning');
    let cursor: string | undefined;
    do {
      const { token } = await auth.getPluginRequestToken({
        onBehalfOf: await auth.getOwnServiceCredentials(),
        targetPluginId: 'learning',
      });
      const query = new URLSearchParams({
        limit: String(PAGE_SIZE),
        sort: 'title',
        ...(cursor ? { cursor } : {}),
      });
      const response = await fetch(`${baseUrl}${path}?${query}`, {
        headers: { Authorization: `Bearer ${token}` },
      });
      if (!response.ok) {
        throw await ResponseError.fromResponse(response);
      }
      const page = (await response.json()) as {
        items: T[];
        nextCursor?: string;
      };
      yield page.items;
      cursor = page.nextCursor;
    } while (cursor);
  }
}
