import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { InputError, NotFoundError } from '@backstage/errors';
import {
  LearningEnrolment,
  LearningEnrolmentInput,
  LearningEnrolmentState,
  LearningFeedback,
  LearningFeedbackPage,
  LearningResource,
  learningResourceEnrolPermission,
  learningResourceRatePermission,
  learningResourceUpdatePermission,
  LearningSession,
  MyLearningPage,
} from '@tech-learning/backstage-plugin-learning-common';
import {
  ResourceAuthorizer,
  ResourceService,
  ResourceStore,
} from '../resources';
import { parseInput } from '../shared/validation';
import { LearnerStore } from './LearnerStore';
import {
  enrolmentInputSchema,
  feedbackInputSchema,
  sessionInputSchema,
} from './validation';
import { fieldError } from '../shared/errors';

/** Formats that run as scheduled sessions with seats. */
const SCHEDULED_FORMATS = new Set(['live', 'bootcamp', 'workshop']);

/**
 * Works out the state and progress an enrolment input leads to, so that
 * state and progress never contradict each other.
 */
export function resolveEnrolment(
  input: LearningEnrolmentInput,
  current?: Pick<LearningEnrolment, 'state' | 'progress'>,
): { state: LearningEnrolmentState; progress: number } {
  const { state, progress } = input;
  if (state !== undefined && progress !== undefined) {
    if (state === 'completed' && progress !== 100) {
      throw fieldError('progress', 'a completed enrolment has progress 100');
    }
    if (state !== 'completed' && progress === 100) {
      throw fieldError('progress', `100 means completed, not ${state}`);
    }
    if (state === 'enrolled' && progress !== 0) {
      throw fieldError(
        'progress',
        'an enrolment not yet started has progress 0',
      );
    }
    return { state, progress };
  }
  if (state !== undefined) {
    if (state === 'completed') return { state, progress: 100 };
    if (state === 'enrolled') return { state, progress: 0 };
    const kept = current?.progress ?? 0;
    return { state, progress: kept === 100 ? 99 : kept };
  }
  if (progress !== undefined) {
    if (progress === 100) return { state: 'completed', progress };
    if (progress > 0) return { state: 'in-progress', progress };
    return {
      state: current?.state === 'in-progress' ? 'in-progress' : 'enrolled',
      progress,
    };
  }
  return current
    ? { state: current.state, progress: current.progress }
    : { state: 'enrolled', progress: 0 };
}

/**
 * The rules of what learners do: enrolments and progress, feedback, and
 * sessions of live courses.
 */
export class LearnerService {
  constructor(
    private readonly deps: {
      resources: ResourceService;
      store: ResourceStore;
      learners: LearnerStore;
      authorizer: ResourceAuthorizer;
    },
  ) {}

  async getEnrolment(
    resourceId: string,
    userRef: string,
    credentials: BackstageCredentials,
  ): Promise<LearningEnrolment> {
    await this.deps.resources.get(resourceId, credentials);
    const enrolment = await this.deps.learners.getEnrolment(
      resourceId,
      userRef,
    );
    if (!enrolment) {
      throw new NotFoundError(`You are not enrolled in ${resourceId}`);
    }
    return enrolment;
  }

  /** Idempotent: the same input twice leaves the same enrolment. */
  async putEnrolment(
    resourceId: string,
    userRef: string,
    body: unknown,
    credentials: BackstageCredentials,
  ): Promise<{ created: boolean; enrolment: LearningEnrolment }> {
    const input = parseInput(enrolmentInputSchema, body ?? {});
    const resource = await this.deps.resources.get(resourceId, credentials);
    await this.deps.authorizer.assertAllowed(
      learningResourceEnrolPermission,
      resource,
      credentials,
    );
    const current = await this.deps.learners.getEnrolment(resourceId, userRef);
    const { state, progress } = resolveEnrolment(input, current);
    const sessionId =
      input.sessionId === undefined
        ? current?.sessionId
        : input.sessionId ?? undefined;
    if (sessionId && !SCHEDULED_FORMATS.has(resource.format)) {
      throw fieldError(
        'sessionId',
        `a ${resource.format} resource has no sessions`,
      );
    }
    const enrolment = await this.deps.learners.putEnrolment({
      resourceId,
      userRef,
      state,
      progress,
      sessionId,
    });
    return { created: !current, enrolment };
  }

  async deleteEnrolment(
    resourceId: string,
    userRef: string,
    credentials: BackstageCredentials,
  ): Promise<void> {
    await this.deps.resources.get(resourceId, credentials);
    if (!(await this.deps.learners.deleteEnrolment(resourceId, userRef))) {
      throw new NotFoundError(`You are not enrolled in ${resourceId}`);
    }
  }

  /** The user's enrolments with their resources, readable ones only. */
  async myLearning(
    userRef: string,
    options: { state?: LearningEnrolmentState; limit: number; offset: number },
    credentials: BackstageCredentials,
  ): Promise<MyLearningPage> {
    const [page, scope] = await Promise.all([
      this.deps.learners.listUserEnrolments(userRef, options),
      this.deps.authorizer.readScope(credentials),
    ]);
    const resources = new Map(
      (
        await this.deps.store.getResources(page.items.map(e => e.resourceId))
      ).map(r => [r.id, r]),
    );
    const items = page.items.flatMap(enrolment => {
      const resource = resources.get(enrolment.resourceId);
      if (!resource || !scope.allows(resource)) {
        return [];
      }
      return [{ enrolment, resource }];
    });
    return { items, totalCount: page.totalCount };
  }

  async putFeedback(
    resourceId: string,
    userRef: string,
    body: unknown,
    credentials: BackstageCredentials,
  ): Promise<LearningFeedback> {
    const input = parseInput(feedbackInputSchema, body);
    const resource = await this.deps.resources.get(resourceId, credentials);
    await this.deps.authorizer.assertAllowed(
      learningResourceRatePermission,
      resource,
      credentials,
    );
    return this.deps.learners.putFeedback({
      resourceId,
      userRef,
      rating: input.rating,
      comment: input.comment || undefined,
    });
  }

  async deleteFeedback(
    resourceId: string,
    userRef: string,
    credentials: BackstageCredentials,
  ): Promise<void> {
    await this.deps.resources.get(resourceId, credentials);
    if (!(await this.deps.learners.deleteFeedback(resourceId, userRef))) {
      throw new NotFoundError(`You have given no feedback on ${resourceId}`);
    }
  }

  async listFeedback(
    resourceId: string,
    options: { limit: number; offset: number },
    credentials: BackstageCredentials,
  ): Promise<LearningFeedbackPage> {
    await this.deps.resources.get(resourceId, credentials);
    const [page, ratings] = await Promise.all([
      this.deps.learners.listFeedback(resourceId, options),
      this.deps.learners.getRatings([resourceId]),
    ]);
    return {
      rating: ratings.get(resourceId) ?? { count: 0 },
      items: page.items,
      totalCount: page.totalCount,
    };
  }

  async listSessions(
    resourceId: string,
    credentials: BackstageCredentials,
  ): Promise<LearningSession[]> {
    await this.deps.resources.get(resourceId, credentials);
    return this.deps.learners.listSessions(resourceId);
  }

  /** A session of a resource the caller may read, with the resource. */
  async getSession(
    resourceId: string,
    sessionId: string,
    credentials: BackstageCredentials,
  ): Promise<{ resource: LearningResource; session: LearningSession }> {
    const resource = await this.deps.resources.get(resourceId, credentials);
    const session = await this.deps.learners.getSession(resourceId, sessionId);
    if (!session) {
      throw new NotFoundError(
        `No session ${sessionId} of learning resource ${resourceId}`,
      );
    }
    return { resource, session };
  }

  async createSession(
    resourceId: string,
    body: unknown,
    credentials: BackstageCredentials,
  ): Promise<LearningSession> {
    const input = parseInput(sessionInputSchema, body);
    await this.getSchedulable(resourceId, credentials);
    return this.deps.learners.createSession(resourceId, input);
  }

  async updateSession(
    resourceId: string,
    sessionId: string,
    body: unknown,
    credentials: BackstageCredentials,
  ): Promise<LearningSession> {
    const input = parseInput(sessionInputSchema, body);
    await this.getSchedulable(resourceId, credentials);
    const session = await this.deps.learners.updateSession(
      resourceId,
      sessionId,
      input,
    );
    if (!session) {
      throw new NotFoundError(
        `No session ${sessionId} of learning resource ${resourceId}`,
      );
    }
    return session;
  }

  async deleteSession(
    resourceId: string,
    sessionId: string,
    credentials: BackstageCredentials,
  ): Promise<void> {
    await this.getSchedulable(resourceId, credentials);
    if (!(await this.deps.learners.deleteSession(resourceId, sessionId))) {
      throw new NotFoundError(
        `No session ${sessionId} of learning resource ${resourceId}`,
      );
    }
  }

  /** Sessions are scheduled by those who may update the resource. */
  private async getSchedulable(
    resourceId: string,
    credentials: BackstageCredentials,
  ): Promise<LearningResource> {
    const resource = await this.deps.resources.get(resourceId, credentials);
    await this.deps.authorizer.assertAllowed(
      learningResourceUpdatePermission,
      resource,
      credentials,
    );
    if (!SCHEDULED_FORMATS.has(resource.format)) {
      throw new InputError(
        `A ${resource.format} resource has no sessions; sessions are for live, bootcamp and workshop formats`,
      );
    }
    return resource;
  }
}
