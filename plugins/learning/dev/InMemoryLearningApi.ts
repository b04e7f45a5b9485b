import { ConflictError, NotFoundError } from '@backstage/errors';
import {
  EntityLearningItem,
  EntityLearningSummary,
  GroupLearners,
  LearningEmbed,
  LearningEmbedApplication,
  LearningEmbedInput,
  LearningEmbedPatch,
  LearningYamlSource,
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
  ListEmbedsRequest,
  ListLearningResourcesRequest,
  PageRequest,
  ReviewQueueRequest,
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
  private readonly embeds = new Map<string, LearningEmbed>();
  private readonly applications = new Map<string, LearningEmbedApplication>();
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
    const linkedTo = (ref: string | undefined) =>
      [...this.embeds.values()]
        .filter(e => e.status === 'open')
        .filter(e => e.links.some(l => l.entityRef === ref))
        .sort((a, b) => a.title.localeCompare(b.title));
    const direct = linkedTo(entityRef);
    const embeds = [
      ...direct.map(embed => ({ embed, via: 'entity' as const })),
      ...linkedTo(systemRef)
        .filter(e => !direct.includes(e))
        .map(embed => ({ embed, via: 'system' as const })),
    ];
    return { entityRef, systemRef, items, smes, docs, embeds };
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

  async markReviewed(id: string) {
    const current = this.must(id);
    const reviewedAt = new Date().toISOString();
    const resource: LearningResource = {
      ...current,
      reviewedAt,
      reviewedBy: ME,
      // still broken while what it names is gone
      freshness:
        current.freshness.state === 'broken'
          ? current.freshness
          : { state: 'fresh' },
    };
    this.resources.set(id, resource);
    return resource;
  }

  async getMyReviewQueue(request: ReviewQueueRequest = {}) {
    const mine = [ME, ...this.groupsOf(ME)];
    const all = [...this.resources.values()]
      .filter(
        r =>
          r.freshness.state !== 'fresh' &&
          (!request.freshness || r.freshness.state === request.freshness) &&
          (mine.includes(r.owner) || r.smes.includes(ME)),
      )
      .sort((a, b) => a.title.localeCompare(b.title));
    const start = Number(request.cursor ?? 0);
    const limit = request.limit ?? 20;
    return {
      items: all.slice(start, start + limit),
      totalCount: all.length,
      ...(start + limit < all.length
        ? { nextCursor: String(start + limit) }
        : {}),
    };
  }

  private groupsOf(userRef: string): string[] {
    return Object.entries(this.members)
      .filter(([, members]) => members.includes(userRef))
      .map(([group]) => group);
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

  private mustEmbed(id: string): LearningEmbed {
    const embed = this.embeds.get(id);
    if (!embed) {
      throw new NotFoundError(`No embed ${id}`);
    }
    return embed;
  }

  /** Keeps seats taken and status as the backend does. */
  private seat(embed: LearningEmbed, change: number) {
    embed.seatsTaken += change;
    if (embed.status !== 'closed') {
      embed.status = embed.seatsTaken >= embed.seats ? 'filled' : 'open';
    }
  }

  async listEmbeds(request: ListEmbedsRequest = {}) {
    const items = [...this.embeds.values()]
      .filter(
        e =>
          (!request.host || e.host === request.host) &&
          (!request.status || e.status === request.status) &&
          (!request.skill ||
            [...e.skillsWanted, ...e.skillsTaught].some(
              skill => skill.toLowerCase() === request.skill?.toLowerCase(),
            )) &&
          (!request.entityRef ||
            e.links.some(l => l.entityRef === request.entityRef)) &&
          // as the backend: a flexible start fits every window
          (!request.startsFrom ||
            !e.startsOn ||
            e.startsOn >= request.startsFrom) &&
          (!request.startsTo || !e.startsOn || e.startsOn <= request.startsTo),
      )
      .sort((a, b) => a.title.localeCompare(b.title));
    return { items, totalCount: items.length };
  }

  async getEmbed(id: string) {
    return this.mustEmbed(id);
  }

  async createEmbed(input: LearningEmbedInput) {
    const now = new Date().toISOString();
    const embed: LearningEmbed = {
      ...input,
      id: `embed-${this.nextId++}`,
      links: input.links ?? [],
      skillsWanted: input.skillsWanted ?? [],
      skillsTaught: input.skillsTaught ?? [],
      remote: input.remote ?? false,
      seatsTaken: 0,
      status: 'open',
      source: { type: 'api' },
      createdBy: ME,
      createdAt: now,
      updatedAt: now,
    };
    this.embeds.set(embed.id, embed);
    return embed;
  }

  async updateEmbed(id: string, patch: LearningEmbedPatch) {
    const embed = this.mustEmbed(id);
    if ((patch.seats ?? embed.seats) < embed.seatsTaken) {
      throw new ConflictError(`seats: ${embed.seatsTaken} seats are taken`);
    }
    const changed = { ...embed, updatedAt: new Date().toISOString() };
    for (const [key, value] of Object.entries(patch)) {
      if (value === null) {
        delete (changed as Record<string, unknown>)[key];
      } else if (value !== undefined) {
        (changed as Record<string, unknown>)[key] = value;
      }
    }
    this.seat(changed, 0);
    this.embeds.set(id, changed);
    return changed;
  }

  async deleteEmbed(id: string) {
    this.mustEmbed(id);
    this.embeds.delete(id);
  }

  async closeEmbed(id: string) {
    const embed = this.mustEmbed(id);
    embed.status = 'closed';
    return embed;
  }

  async listEmbedApplications(id: string) {
    this.mustEmbed(id);
    return {
      items: [...this.applications.values()].filter(a => a.embedId === id),
    };
  }

  async decideApplication(
    id: string,
    applicationId: string,
    decision: 'accepted' | 'declined',
  ) {
    const embed = this.mustEmbed(id);
    const application = this.applications.get(applicationId);
    if (!application || application.embedId !== id) {
      throw new NotFoundError(`No application ${applicationId}`);
    }
    if (application.state !== decision) {
      if (decision === 'accepted') {
        if (embed.seatsTaken >= embed.seats) {
          throw new ConflictError(`All ${embed.seats} seats are taken`);
        }
        this.seat(embed, 1);
      } else if (application.state === 'accepted') {
        this.seat(embed, -1);
      }
      application.state = decision;
      application.decidedBy = ME;
      application.decidedAt = new Date().toISOString();
    }
    return { application, embed };
  }

  async getMyApplication(id: string) {
    return this.applications.get(`${id}|${ME}`);
  }

  async applyToEmbed(id: string, message?: string) {
    const embed = this.mustEmbed(id);
    const current = this.applications.get(`${id}|${ME}`);
    if (embed.status !== 'open' && current?.state !== 'pending') {
      throw new ConflictError(`Embed ${id} is ${embed.status}`);
    }
    const now = new Date().toISOString();
    const application: LearningEmbedApplication = {
      id: current?.id ?? `application-${this.nextId++}`,
      embedId: id,
      applicantRef: ME,
      state: current?.state === 'accepted' ? 'accepted' : 'pending',
      ...(message ? { message } : {}),
      createdAt: current?.createdAt ?? now,
      updatedAt: now,
    };
    this.applications.set(`${id}|${ME}`, application);
    return application;
  }

  async withdrawApplication(id: string) {
    const application = this.applications.get(`${id}|${ME}`);
    if (!application) {
      throw new NotFoundError(`You have not applied to embed ${id}`);
    }
    if (application.state === 'accepted') {
      this.seat(this.mustEmbed(id), -1);
    }
    application.state = 'withdrawn';
    return application;
  }

  async getMyApplications() {
    return {
      items: [...this.applications.values()]
        .filter(a => a.applicantRef === ME && this.embeds.has(a.embedId))
        .map(application => ({
          application,
          embed: this.mustEmbed(application.embedId),
        })),
    };
  }

  /** The dev app's one learning YAML file, which says what is wrong with it. */
  async listSources(entityRef?: string) {
    const source: LearningYamlSource = {
      target:
        'https://git.example/payments/payments-api/blob/main/learning.yaml',
      entityRef: 'component:default/payments-api',
      documentCount: 2,
      errors: [
        'document 2 (Course kafka-basics): spec.format: must be one of live, bootcamp, workshop, video, podcast, self-paced, lab, reading',
      ],
      checkedAt: new Date().toISOString(),
    };
    return {
      items: !entityRef || entityRef === source.entityRef ? [source] : [],
    };
  }

  async refreshSources() {}
}
