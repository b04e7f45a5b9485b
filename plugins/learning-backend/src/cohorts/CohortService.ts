import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { ConflictError, NotAllowedError } from '@backstage/errors';
import {
  LearningCohort,
  LearningCohortMember,
  LearningCohortPage,
  LearningCohortStatus,
  LearningEnrolment,
  LearningFormat,
  LearningResource,
  learningCohortCreatePermission,
  learningCohortJoinPermission,
  learningCohortManagePermission,
} from '@tech-learning/backstage-plugin-learning-common';
import { LearnerStore } from '../learners';
import { ResourceAuthorizer, ResourceStore } from '../resources';
import { fieldError } from '../shared/errors';
import { parseInput } from '../shared/validation';
import { CohortAuthorizer } from './CohortAuthorizer';
import { CohortFilter, CohortRecord, CohortStore } from './CohortStore';
import { cohortSchedule, cohortStatus, dayOf, lastDayOf } from './schedule';
import { cohortInputSchema, cohortPatchSchema } from './validation';

/**
 * Formats learners take at their own pace, which cohorts are for; live
 * material has sessions instead.
 */
const SELF_PACED_FORMATS: ReadonlySet<LearningFormat> = new Set([
  'video',
  'podcast',
  'self-paced',
  'lab',
  'reading',
]);

/** A cohort with its material, as the caller may see it. */
interface ReadableCohort {
  cohort: CohortRecord;
  resource: LearningResource;
}

/**
 * The rules of cohorts: who may start, see, join and manage them, what
 * material takes one, and the schedule and progress they show.
 */
export class CohortService {
  constructor(
    private readonly deps: {
      store: CohortStore;
      authorizer: CohortAuthorizer;
      resources: ResourceStore;
      resourceAuthorizer: ResourceAuthorizer;
      learners: LearnerStore;
      now?: () => Date;
    },
  ) {}

  private today(): string {
    return dayOf(this.deps.now?.() ?? new Date());
  }

  private material(
    id: string,
    credentials: BackstageCredentials,
  ): Promise<LearningResource> {
    return this.deps.resourceAuthorizer.getReadable(
      this.deps.resources.getResource(id),
      credentials,
      `No learning resource with id ${id}`,
    );
  }

  /** A cohort the caller may see, with its material, or a NotFoundError. */
  async readable(
    id: string,
    credentials: BackstageCredentials,
  ): Promise<ReadableCohort> {
    const notFound = `No cohort ${id}`;
    const cohort = await this.deps.authorizer.getReadable(
      this.deps.store.getCohort(id),
      credentials,
      notFound,
    );
    const resource = await this.deps.resourceAuthorizer.getReadable(
      this.deps.resources.getResource(cohort.resourceId),
      credentials,
      notFound,
    );
    return { cohort, resource };
  }

  async create(
    resourceId: string,
    body: unknown,
    credentials: BackstageCredentials,
    userRef: string,
  ): Promise<LearningCohort> {
    const input = parseInput(cohortInputSchema, body);
    const resource = await this.material(resourceId, credentials);
    if (
      !(await this.deps.resourceAuthorizer.isAllowed(
        learningCohortCreatePermission,
        resource,
        credentials,
      ))
    ) {
      throw new NotAllowedError(
        `You may not start cohorts on the learning resource ${resourceId}`,
      );
    }
    let weeks: number;
    if (resource.kind === 'path') {
      if (input.parts !== undefined) {
        throw fieldError(
          'parts',
          'a learning path takes one week per step; parts are for self-paced resources',
        );
      }
      if (resource.steps.length === 0) {
        throw fieldError(
          'id',
          `the learning path ${resourceId} has no steps yet`,
          'path',
        );
      }
      weeks = resource.steps.length;
    } else {
      if (!SELF_PACED_FORMATS.has(resource.format)) {
        throw fieldError(
          'id',
          `${resource.title} is ${resource.format} material, which has sessions; cohorts are for self-paced material and paths`,
          'path',
        );
      }
      if (input.parts === undefined) {
        throw fieldError(
          'parts',
          'say in how many weekly parts the cohort takes the resource',
        );
      }
      weeks = input.parts;
    }
    if (input.startsOn < this.today()) {
      throw fieldError('startsOn', 'must be today or later');
    }
    this.assertFacilitator(input.facilitator, resource);
    const firstMember =
      input.join !== false && input.facilitator !== userRef
        ? userRef
        : undefined;
    const cohort = await this.deps.store.createCohort(
      {
        resourceId,
        title: input.title || undefined,
        startsOn: input.startsOn,
        endsOn: lastDayOf(input.startsOn, weeks),
        weeks,
        parts: resource.kind === 'path' ? undefined : weeks,
        capacity: input.capacity,
        facilitator: input.facilitator,
        createdBy: userRef,
      },
      firstMember,
    );
    const [view] = await this.views(
      [{ cohort, resource }],
      credentials,
      userRef,
    );
    return view;
  }

  private assertFacilitator(
    facilitator: string | undefined,
    resource: LearningResource,
  ) {
    if (facilitator !== undefined && !resource.smes.includes(facilitator)) {
      throw fieldError(
        'facilitator',
        `${facilitator} is not an SME of ${resource.title}`,
      );
    }
  }

  async get(
    id: string,
    credentials: BackstageCredentials,
    userRef?: string,
  ): Promise<LearningCohort> {
    const [view] = await this.views(
      [await this.readable(id, credentials)],
      credentials,
      userRef,
    );
    return view;
  }

  /** The cohorts on a resource that have not finished. */
  async listForResource(
    resourceId: string,
    credentials: BackstageCredentials,
    userRef?: string,
  ): Promise<LearningCohortPage> {
    await this.material(resourceId, credentials);
    return this.list(
      { resourceIds: [resourceId] },
      { limit: 100 },
      credentials,
      userRef,
    );
  }

  /**
   * Cohorts the caller may see, by the filter and the status (those that
   * have not finished when none is given).
   */
  async list(
    filter: {
      resourceIds?: string[];
      entityRef?: string;
      mine?: boolean;
      status?: LearningCohortStatus;
    },
    page: { limit: number; cursor?: string },
    credentials: BackstageCredentials,
    userRef?: string,
  ): Promise<LearningCohortPage> {
    const today = this.today();
    const where: CohortFilter = { resourceIds: filter.resourceIds };
    if (filter.entityRef) {
      const linked = await this.deps.resources.getResourcesLinkedTo([
        filter.entityRef,
      ]);
      where.resourceIds = [...new Set(linked.map(l => l.resource.id))];
    }
    if (filter.mine) {
      if (!userRef) {
        return { items: [] };
      }
      where.memberOrFacilitator = userRef;
    }
    if (filter.status === 'upcoming') {
      where.startsAfter = today;
    } else if (filter.status === 'running') {
      where.startsTo = today;
      where.endsFrom = today;
    } else if (filter.status === 'finished') {
      where.endsBefore = today;
    } else {
      where.endsFrom = today;
    }
    const [cohortScope, resourceScope] = await Promise.all([
      this.deps.authorizer.readScope(credentials),
      this.deps.resourceAuthorizer.readScope(credentials),
    ]);
    if (cohortScope.type === 'none' || resourceScope.type === 'none') {
      return { items: [] };
    }
    const found = await this.deps.store.listCohorts(where, page, {
      cohorts:
        cohortScope.type === 'conditional' ? cohortScope.criteria : undefined,
      resources:
        resourceScope.type === 'conditional'
          ? resourceScope.criteria
          : undefined,
    });
    const resources = new Map(
      (
        await this.deps.resources.getResources([
          ...new Set(found.items.map(c => c.resourceId)),
        ])
      ).map(r => [r.id, r]),
    );
    const items = await this.views(
      found.items.map(cohort => ({
        cohort,
        resource: resources.get(cohort.resourceId)!,
      })),
      credentials,
      userRef,
    );
    return {
      items,
      ...(found.nextCursor ? { nextCursor: found.nextCursor } : {}),
    };
  }

  async update(
    id: string,
    body: unknown,
    credentials: BackstageCredentials,
    userRef?: string,
  ): Promise<LearningCohort> {
    const patch = parseInput(cohortPatchSchema, body);
    const { cohort, resource } = await this.readable(id, credentials);
    await this.deps.authorizer.assertAllowed(
      learningCohortManagePermission,
      cohort,
      credentials,
    );
    this.assertFacilitator(patch.facilitator, resource);
    if (patch.startsOn !== undefined && patch.startsOn !== cohort.startsOn) {
      if (
        cohortStatus(cohort.startsOn, cohort.weeks, this.today()).status !==
        'upcoming'
      ) {
        throw fieldError('startsOn', 'the cohort has started already');
      }
      if (patch.startsOn < this.today()) {
        throw fieldError('startsOn', 'must be today or later');
      }
    }
    const updated = await this.deps.store.updateCohort(id, {
      ...patch,
      ...(patch.startsOn
        ? { endsOn: lastDayOf(patch.startsOn, cohort.weeks) }
        : {}),
    });
    const [view] = await this.views(
      [{ cohort: updated ?? cohort, resource }],
      credentials,
      userRef,
    );
    return view;
  }

  async delete(id: string, credentials: BackstageCredentials): Promise<void> {
    const { cohort } = await this.readable(id, credentials);
    await this.deps.authorizer.assertAllowed(
      learningCohortManagePermission,
      cohort,
      credentials,
    );
    await this.deps.store.deleteCohort(id);
  }

  async join(
    id: string,
    credentials: BackstageCredentials,
    userRef: string,
  ): Promise<{ cohort: LearningCohort; joined: boolean }> {
    const { cohort, resource } = await this.readable(id, credentials);
    await this.deps.authorizer.assertAllowed(
      learningCohortJoinPermission,
      cohort,
      credentials,
    );
    if (
      cohortStatus(cohort.startsOn, cohort.weeks, this.today()).status ===
      'finished'
    ) {
      throw new ConflictError(`Cohort ${id} has finished`);
    }
    const result = await this.deps.store.join(id, userRef);
    const [view] = await this.views(
      [{ cohort: result.cohort, resource }],
      credentials,
      userRef,
    );
    return { cohort: view, joined: result.joined };
  }

  async leave(
    id: string,
    credentials: BackstageCredentials,
    userRef: string,
  ): Promise<boolean> {
    const { cohort } = await this.readable(id, credentials);
    await this.deps.authorizer.assertAllowed(
      learningCohortJoinPermission,
      cohort,
      credentials,
    );
    return this.deps.store.leave(id, userRef);
  }

  /** Whether the user is a member of the cohort or facilitates it. */
  async isInside(cohort: CohortRecord, userRef?: string): Promise<boolean> {
    if (!userRef) {
      return false;
    }
    if (cohort.facilitator === userRef) {
      return true;
    }
    return (await this.deps.store.membershipsOf(userRef, [cohort.id])).has(
      cohort.id,
    );
  }

  /** The members and their progress: only for members and the facilitator. */
  async members(
    id: string,
    credentials: BackstageCredentials,
    userRef?: string,
  ): Promise<LearningCohortMember[]> {
    const { cohort, resource } = await this.readable(id, credentials);
    if (!(await this.isInside(cohort, userRef))) {
      throw new NotAllowedError(
        `Only the members of cohort ${id} see who is in it`,
      );
    }
    const members = await this.deps.store.listMembers(id);
    const progress = await this.progressOf(
      cohort,
      resource,
      members.map(m => m.userRef),
    );
    return members.map(m => ({ ...m, ...progress.get(m.userRef)! }));
  }

  /**
   * Where each user stands on the cohort's material, from their
   * enrolments: the steps of a path they completed (and the path's
   * progress, or the share of its steps), or the parts of a resource their
   * progress covers.
   */
  async progressOf(
    cohort: CohortRecord,
    resource: LearningResource,
    userRefs: string[],
  ): Promise<Map<string, { progress: number; weeksDone: number }>> {
    const steps =
      resource.kind === 'path' ? resource.steps.slice(0, cohort.weeks) : [];
    const enrolments = await this.deps.learners.getEnrolmentsOf(userRefs, [
      resource.id,
      ...steps,
    ]);
    const byUser = new Map<string, Map<string, LearningEnrolment>>();
    for (const e of enrolments) {
      const own = byUser.get(e.userRef) ?? new Map();
      own.set(e.resourceId, e);
      byUser.set(e.userRef, own);
    }
    return new Map(
      userRefs.map(userRef => {
        const own = byUser.get(userRef) ?? new Map();
        const main = own.get(resource.id);
        if (resource.kind === 'path') {
          const weeksDone = steps.filter(
            s => own.get(s)?.state === 'completed',
          ).length;
          const progress =
            main?.progress ?? Math.round((weeksDone / cohort.weeks) * 100);
          return [userRef, { progress, weeksDone }];
        }
        const progress = main?.progress ?? 0;
        return [
          userRef,
          {
            progress,
            weeksDone: Math.floor((progress / 100) * cohort.weeks + 1e-9),
          },
        ];
      }),
    );
  }

  /**
   * The titles of the steps of those resources that are paths: the steps
   * the caller may read, or all of them without credentials (the system's
   * own work, such as the digest).
   */
  private async stepTitles(
    resources: LearningResource[],
    credentials?: BackstageCredentials,
  ): Promise<Map<string, string>> {
    const ids = [
      ...new Set(resources.flatMap(r => (r.kind === 'path' ? r.steps : []))),
    ];
    if (ids.length === 0) {
      return new Map();
    }
    const [steps, scope] = await Promise.all([
      this.deps.resources.getResources(ids),
      credentials
        ? this.deps.resourceAuthorizer.readScope(credentials)
        : undefined,
    ]);
    return new Map(
      steps.filter(r => !scope || scope.allows(r)).map(r => [r.id, r.title]),
    );
  }

  private scheduleWith(
    { cohort, resource }: ReadableCohort,
    stepTitles: Map<string, string>,
  ) {
    return cohortSchedule(
      cohort.startsOn,
      cohort.weeks,
      resource.kind === 'path'
        ? resource.steps.map(id => ({
            resourceId: id,
            title: stepTitles.get(id),
          }))
        : undefined,
    );
  }

  /**
   * The weeks of a cohort, with its steps' titles: those the caller may
   * read, or all without credentials (the system's own work).
   */
  async scheduleOf(
    readable: ReadableCohort,
    credentials?: BackstageCredentials,
  ) {
    return this.scheduleWith(
      readable,
      await this.stepTitles([readable.resource], credentials),
    );
  }

  /** Cohorts as the API shows them to the caller. */
  private async views(
    cohorts: ReadableCohort[],
    credentials: BackstageCredentials,
    userRef?: string,
  ): Promise<LearningCohort[]> {
    if (cohorts.length === 0) {
      return [];
    }
    const [[mayJoin, mayManage], memberships, stepTitles] = await Promise.all([
      this.deps.authorizer.deciders(
        [learningCohortJoinPermission, learningCohortManagePermission],
        credentials,
      ),
      userRef
        ? this.deps.store.membershipsOf(
            userRef,
            cohorts.map(c => c.cohort.id),
          )
        : Promise.resolve(new Set<string>()),
      this.stepTitles(
        cohorts.map(c => c.resource),
        credentials,
      ),
    ]);
    const today = this.today();
    return cohorts.map(({ cohort, resource }) => {
      const { status, currentWeek } = cohortStatus(
        cohort.startsOn,
        cohort.weeks,
        today,
      );
      return {
        id: cohort.id,
        resourceId: resource.id,
        resourceTitle: resource.title,
        resourceKind: resource.kind,
        ...(cohort.title ? { title: cohort.title } : {}),
        startsOn: cohort.startsOn,
        weeks: cohort.weeks,
        capacity: cohort.capacity,
        memberCount: cohort.memberCount,
        seatsLeft: Math.max(0, cohort.capacity - cohort.memberCount),
        ...(cohort.facilitator ? { facilitator: cohort.facilitator } : {}),
        createdBy: cohort.createdBy,
        status,
        ...(currentWeek !== undefined ? { currentWeek } : {}),
        schedule: this.scheduleWith({ cohort, resource }, stepTitles),
        isMember: memberships.has(cohort.id),
        mayJoin: userRef !== undefined && mayJoin(cohort),
        mayManage: userRef !== undefined && mayManage(cohort),
        createdAt: cohort.createdAt,
      };
    });
  }
}
