import {
  BackstageCredentials,
  BackstageUserPrincipal,
  UserInfoService,
} from '@backstage/backend-plugin-api';
import { NotFoundError } from '@backstage/errors';
import {
  LearningFreshnessState,
  LearningResource,
  learningResourceReviewPermission,
} from '@tech-learning/backstage-plugin-learning-common';
import {
  ResourceAuthorizer,
  ResourcePage,
  ResourceService,
} from '../resources';
import { PageRequest } from '../shared/cursor';
import { FreshnessChecker } from './FreshnessChecker';

/**
 * Reviews: marking material reviewed (its owners and SMEs, provider-owned
 * material included: the review is Backstage's, the definition the
 * provider's) and the queue of what the caller teaches that needs them.
 */
export class ReviewService {
  constructor(
    private readonly deps: {
      resources: ResourceService;
      authorizer: ResourceAuthorizer;
      checker: FreshnessChecker;
      userInfo: UserInfoService;
    },
  ) {}

  async markReviewed(
    id: string,
    credentials: BackstageCredentials<BackstageUserPrincipal>,
  ): Promise<LearningResource> {
    const resource = await this.deps.resources.get(id, credentials);
    await this.deps.authorizer.assertAllowed(
      learningResourceReviewPermission,
      resource,
      credentials,
    );
    if (
      !(await this.deps.checker.review(id, credentials.principal.userEntityRef))
    ) {
      throw new NotFoundError(`No learning resource with id ${id}`);
    }
    return this.deps.resources.get(id, credentials);
  }

  /**
   * What the caller teaches, as an SME or through ownership (their own ref
   * and their groups', as the sign-in resolved them), that needs review.
   */
  async queue(
    freshness: LearningFreshnessState | undefined,
    page: PageRequest,
    credentials: BackstageCredentials<BackstageUserPrincipal>,
  ): Promise<ResourcePage> {
    const { ownershipEntityRefs } = await this.deps.userInfo.getUserInfo(
      credentials,
    );
    return this.deps.resources.list(
      {
        taughtBy: ownershipEntityRefs.map(ref =>
          ref.toLocaleLowerCase('en-US'),
        ),
        needsReview: true,
        ...(freshness ? { freshness } : {}),
      },
      page,
      credentials,
    );
  }
}
