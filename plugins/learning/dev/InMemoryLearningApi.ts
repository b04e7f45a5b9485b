import { NotFoundError } from '@backstage/errors';
import {
  EntityLearningItem,
  EntityLearningSummary,
  GroupLearners,
  LearningEnrolment,
  LearningEnrolmentInput,
  LearningFeedback,
  LearningFeedbackInput,
  LearningLink,
  LearningResource,
  LearningResourceInput,
  LearningResourcePatch,
  LearningSession,
  LearningSessionInput,
} from '@tech-learning/backstage-plugin-learning-common';
import {
  LearningApi,
  ListLearningResourcesRequest,
  PageRequest,
} from '../src/api';

const ME = 'user:default/alice-chen';

/**
 * The learning API in memory, for the dev app: enough of the backend's
 * behaviour (filters, enrolment states, seats, ratings) to click through
 * every page without a backend. It checks no permissions.
 */
export class InMemoryLearningApi implements LearningApi {
  private readonly resources = new Map<string, LearningResource>();
  private readonly enrolments = new Map<string, LearningEnrolment>();
  private readonly feedback = new Map<string, LearningFeedback>();
  private readonly sessions = new Map<string, LearningSession[]>();
  private nextId = 1;

  constructor(seed: {
    resources: LearningResource[];
    sessions?: LearningSession[];
    feedback?: LearningFeedback[];
    /** Entity ref → the system it is part of. */
    systems?: Record<string, string>;
    /** Group ref → the user refs of its members. */
    members?: Record<string, string[]>;
  }) {
    seed.resources.forEach(r => this.resources.set(r.id, r));
    seed.sessions?.forEach(s =>
      this.sessions.set(s.resourceId, [
        ...(this.sessions.get(s.resourceId) ?? []),
        s,
      ]),
    );
    seed.feedback?.forEach(f =>
      this.feedback.set(`${f.resourceId}|${f.userRef}`, f),
    );
    this.systems = seed.systems ?? {};
    this.members = seed.members ?? {};
  }

  private readonly systems: Record<string, string>;
  private readonly members: Record<string, string[]>;

  private must(id: string): LearningResource {
    const resource = this.resources.get(id);
    if (!resource) {
      throw new NotFoundError(`No learning resource ${id}`);
    }
    return resource;
  }

  private rating(id: string) {
    const ratings = [...this.feedback.values()]
      .filter(f => f.resourceId === id)
      .map(f => f.rating);
    return ratings.length
      ? {
          average: ratings.reduce((a, b) => a + b, 0) / ratings.length,
          count: ratings.length,
        }
      : { count: 0 };
  }

  async getEntitySummary(entityRef: string): Promise<EntityLearningSummary> {
    const systemRef = this.systems[entityRef];
    const items: EntityLearningItem[] = [];
    for (const resource of this.resources.values()) {
      const direct = resource.links.find(l => l.entityRef === entityRef);
      const viaSystem = systemRef
        ? resource.links.find(l => l.entityRef === systemRef)
        : undefined;
      const link = direct ?? viaSystem;
      if (!link) continue;
      const learners = [...this.enrolments.values()].filter(
        e => e.resourceId === resource.id,
      );
      const { description: _d, links: _l, ...shown } = resource;
      items.push({
        resource: shown,
        relation: link.relation,
        via: direct ? 'entity' : 'system',
        learners: learners.length,
        completions: learners.filter(e => e.state === 'completed').length,
        rating: this.rating(resource.id),
        myEnrolment: this.enrolments.get(`${resource.id}|${ME}`),
      });
    }
    const smes = [...new Set(items.flatMap(i => i.resource.smes))];
    const docs = items.flatMap(i => i.resource.docs);
    return { entityRef, systemRef, items, smes, docs };
  }

  /** As the backend does it: nothing told below 5 learning members. */
  async getGroupLearners(groupRef: string): Promise<GroupLearners> {
    const minimumLearners = 5;
    const members = new Set(this.members[groupRef] ?? []);
    const theirs = [...this.enrolments.values()].filter(e =>
      members.has(e.userRef),
    );
    const learnerCount = new Set(theirs.map(e => e.userRef)).size;
    const told = { groupRef, memberCount: members.size, minimumLearners };
    if (learnerCount < minimumLearners) {
      return { ...told, withheld: true };
    }
    const count = (state: string) =>
      theirs.filter(e => e.state === state).length;
    const topResources = [...this.resources.values()]
      .map(resource => {
        const learners = theirs.filter(e => e.resourceId === resource.id);
        const { description: _d, links: _l, ...summary } = resource;
        return {
          resource: summary,
          learners: learners.length,
          completions: learners.filter(e => e.state === 'completed').length,
        };
      })
      .filter(r => r.learners >= minimumLearners)
      .sort((a, b) => b.learners - a.learners)
      .slice(0, 5);
    return {
      ...told,
      withheld: false,
      learnerCount,
      enrolments: {
        enrolled: count('enrolled'),
        inProgress: count('in-progress'),
        completed: count('completed'),
      },
      topResources,
    };
  }

  async listResources(request: ListLearningResourcesRequest = {}) {
    const q = request.q?.toLocaleLowerCase('en-US');
    const all = [...this.resources.values()]
      .filter(
        r =>
          (!request.kind || r.kind === request.kind) &&
          (!request.format || r.format === request.format) &&
          (!request.level || r.level === request.level) &&
          (!request.tag || r.tags.includes(request.tag)) &&
          (!request.owner || r.owner === request.owner) &&
          (!request.sme || r.smes.includes(request.sme)) &&
          (!request.freshness || r.freshness.state === request.freshness) &&
          (!request.entityRef ||
            r.links.some(l => l.entityRef === request.entityRef)) &&
          (!request.stepEntityRef ||
            r.steps.some(id =>
              this.resources
                .get(id)
                ?.links.some(l => l.entityRef === request.stepEntityRef),
            )) &&
          (!q ||
            `${r.title} ${r.summary} ${r.tags.join(' ')}`
              .toLocaleLowerCase('en-US')
              .includes(q)),
      )
      .sort((a, b) =>
        request.sort === 'updated'
          ? b.updatedAt.localeCompare(a.updatedAt)
          : a.title.localeCompare(b.title),
      );
    const start = Number(request.cursor ?? 0);
    const limit = request.limit ?? 20;
    const items = all.slice(start, start + limit);
    return {
      items,
      totalCount: all.length,
      ...(start + limit < all.length
        ? { nextCursor: String(start + limit) }
        : {}),
    };
  }

  async getResource(id: string) {
    return this.must(id);
  }

  async createResource(input: LearningResourceInput) {
    const now = new Date().toISOString();
    const resource: LearningResource = {
      language: 'en',
      tags: [],
      urls: [],
      smes: [],
      docs: [],
      links: [],
      steps: [],
      ...input,
      id: `dev-${this.nextId++}`,
      freshness: { state: 'fresh' },
      source: { type: 'api' },
      createdAt: now,
      updatedAt: now,
    };
    this.resources.set(resource.id, resource);
    return resource;
  }

  async updateResource(id: string, patch: LearningResourcePatch) {
    const fields: Record<string, unknown> = {
      ...this.must(id),
      updatedAt: new Date().toISOString(),
    };
    for (const [key, value] of Object.entries(patch)) {
      // null clears an optional field, as in the backend
      if (value === null) {
        delete fields[key];
      } else {
        fields[key] = value;
      }
    }
    const resource = fields as unknown as LearningResource;
    if (patch.reviewedAt) {
      resource.freshness = { state: 'fresh' };
    }
    this.resources.set(id, resource);
    return resource;
  }

  async deleteResource(id: string) {
    this.must(id);
    this.resources.delete(id);
  }

  async addLink(id: string, link: LearningLink) {
    const resource = this.must(id);
    if (
      !resource.links.some(
        l => l.entityRef === link.entityRef && l.relation === link.relation,
      )
    ) {
      resource.links = [...resource.links, link];
    }
    return resource;
  }

  async removeLink(id: string, entityRef: string, relation?: string) {
    const resource = this.must(id);
    resource.links = resource.links.filter(
      l => l.entityRef !== entityRef || (relation && l.relation !== relation),
    );
  }

  async addSme(id: string, userRef: string) {
    const resource = this.must(id);
    resource.smes = [...new Set([...resource.smes, userRef])];
    return resource;
  }

  async removeSme(id: string, userRef: string) {
    const resource = this.must(id);
    resource.smes = resource.smes.filter(s => s !== userRef);
  }

  async getMyEnrolment(id: string) {
    return this.enrolments.get(`${id}|${ME}`);
  }

  async putMyEnrolment(id: string, input: LearningEnrolmentInput = {}) {
    this.must(id);
    const now = new Date().toISOString();
    const current = this.enrolments.get(`${id}|${ME}`);
    let progress = input.progress ?? current?.progress ?? 0;
    let state = input.state ?? current?.state ?? 'enrolled';
    if (state === 'completed' || progress === 100) {
      state = 'completed';
      progress = 100;
    } else if (progress > 0 && state === 'enrolled') {
      state = 'in-progress';
    }
    const sessionId =
      input.sessionId === null
        ? undefined
        : input.sessionId ?? current?.sessionId;
    if (input.sessionId && input.sessionId !== current?.sessionId) {
      const session = this.sessions
        .get(id)
        ?.find(s => s.id === input.sessionId);
      if (!session) throw new NotFoundError(`No session ${input.sessionId}`);
      if (session.seatsTaken >= session.seats) {
        throw new Error(`Session ${session.id} is full`);
      }
      session.seatsTaken += 1;
    }
    const enrolment: LearningEnrolment = {
      resourceId: id,
      userRef: ME,
      state,
      progress,
      ...(sessionId ? { sessionId } : {}),
      enrolledAt: current?.enrolledAt ?? now,
      ...(state === 'completed' ? { completedAt: now } : {}),
      updatedAt: now,
    };
    this.enrolments.set(`${id}|${ME}`, enrolment);
    return enrolment;
  }

  async deleteMyEnrolment(id: string) {
    this.enrolments.delete(`${id}|${ME}`);
  }

  async getMyLearning(request: PageRequest & { state?: string } = {}) {
    const mine = [...this.enrolments.values()].filter(
      e => e.userRef === ME && (!request.state || e.state === request.state),
    );
    const offset = request.offset ?? 0;
    return {
      items: mine
        .slice(offset, offset + (request.limit ?? 20))
        .map(enrolment => ({
          enrolment,
          resource: this.must(enrolment.resourceId),
        })),
      totalCount: mine.length,
    };
  }

  async listFeedback(id: string, page: PageRequest = {}) {
    const all = [...this.feedback.values()].filter(f => f.resourceId === id);
    const offset = page.offset ?? 0;
    return {
      rating: this.rating(id),
      items: all.slice(offset, offset + (page.limit ?? 20)),
      totalCount: all.length,
    };
  }

  async putMyFeedback(id: string, input: LearningFeedbackInput) {
    const now = new Date().toISOString();
    const feedback: LearningFeedback = {
      ...input,
      resourceId: id,
      userRef: ME,
      createdAt: this.feedback.get(`${id}|${ME}`)?.createdAt ?? now,
      updatedAt: now,
    };
    this.feedback.set(`${id}|${ME}`, feedback);
    return feedback;
  }

  async deleteMyFeedback(id: string) {
    this.feedback.delete(`${id}|${ME}`);
  }

  async listSessions(id: string) {
    return { items: this.sessions.get(id) ?? [] };
  }

  async createSession(id: string, input: LearningSessionInput) {
    const session: LearningSession = {
      ...input,
      id: `s-${this.nextId++}`,
      resourceId: id,
      seatsTaken: 0,
    } as LearningSession;
    this.sessions.set(id, [...(this.sessions.get(id) ?? []), session]);
    return session;
  }

  async updateSession(
    id: string,
    sessionId: string,
    input: LearningSessionInput,
  ) {
    const sessions = this.sessions.get(id) ?? [];
    const session = sessions.find(s => s.id === sessionId);
    if (!session) throw new NotFoundError(`No session ${sessionId}`);
    Object.assign(session, input);
    return session;
  }

  async deleteSession(id: string, sessionId: string) {
    this.sessions.set(
      id,
      (this.sessions.get(id) ?? []).filter(s => s.id !== sessionId),
    );
  }
}
