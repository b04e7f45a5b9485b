import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { NotAllowedError, NotFoundError } from '@backstage/errors';
import {
  LearningEmbed,
  LearningEmbedApplication,
  learningEmbedApplyPermission,
  learningEmbedDecidePermission,
  learningEmbedUpdatePermission,
  MyApplication,
} from '@tech-learning/backstage-plugin-learning-common';
import { EntityRefChecker, FieldRef } from '../shared/EntityRefChecker';
import { PageRequest } from '../shared/cursor';
import { assertNotProviderOwned } from '../shared/providerOwned';
import { parseInput } from '../shared/validation';
import { EmbedAuthorizer } from './EmbedAuthorizer';
import { EmbedNotifier } from './EmbedNotifier';
import { ClosedEmbed, EmbedFilter, EmbedPage, EmbedStore } from './EmbedStore';
import {
  applicationInputSchema,
  decisionSchema,
  embedInputSchema,
  embedPatchSchema,
} from './validation';
import { withFields } from '../shared/errors';

/**
 * The rules of embeds and their applications: validation, catalog checks
 * and permissions. Hosts (the host group's members) change, close and
 * decide; anyone signed in applies, once per embed, and sees only their
 * own application.
 */
export class EmbedService {
  constructor(
    private readonly deps: {
      store: EmbedStore;
      authorizer: EmbedAuthorizer;
      refs: EntityRefChecker;
      /** Absent when the notifications plugin is not installed. */
      notifier?: EmbedNotifier;
    },
  ) {}

  async list(
    filter: Omit<EmbedFilter, 'permission'>,
    page: PageRequest,
    credentials: BackstageCredentials,
  ): Promise<EmbedPage> {
    return this.deps.authorizer.listReadable(
      credentials,
      permission =>
        this.deps.store.listEmbeds(
          permission ? { ...filter, permission } : filter,
          page,
        ),
      { items: [], totalCount: 0 },
    );
  }

  /** An embed the caller may see, or a NotFoundError. */
  async get(
    id: string,
    credentials: BackstageCredentials,
  ): Promise<LearningEmbed> {
    return this.deps.authorizer.getReadable(
      this.deps.store.getEmbed(id),
      credentials,
      `No embed with id ${id}`,
    );
  }

  async create(
    body: unknown,
    credentials: BackstageCredentials,
    createdBy?: string,
  ): Promise<LearningEmbed> {
    const input = parseInput(embedInputSchema, body);
    const { authorizer } = this.deps;
    await authorizer.assertMayCreate(credentials);
    await this.deps.refs.assertVisible(
      [{ field: 'host', ref: input.host }, ...linkRefs(input.links)],
      credentials,
    );
    // Nobody may post what they could not manage afterwards.
    const prospective: LearningEmbed = {
      id: '',
      ...input,
      links: input.links ?? [],
      skillsWanted: input.skillsWanted ?? [],
      skillsTaught: input.skillsTaught ?? [],
      remote: input.remote ?? false,
      seatsTaken: 0,
      status: 'open',
      source: { type: 'api' },
      createdAt: '',
      updatedAt: '',
    };
    if (
      !(await authorizer.isAllowed(
        learningEmbedUpdatePermission,
        prospective,
        credentials,
      ))
    ) {
      throw withFields(
        m => new NotAllowedError(m),
        [
          {
            field: 'host',
            in: 'body',
            message:
              'you could not manage this embed once posted: post it for a group you belong to',
          },
        ],
      );
    }
    return this.deps.store.createEmbed(input, createdBy);
  }

  async update(
    id: string,
    body: unknown,
    credentials: BackstageCredentials,
  ): Promise<LearningEmbed> {
    const patch = parseInput(embedPatchSchema, body);
    const embed = await this.getAllowed(
      id,
      learningEmbedUpdatePermission,
      credentials,
    );
    assertNotProviderOwned(`Embed ${id}`, embed);
    await this.deps.refs.assertVisible(linkRefs(patch.links), credentials);
    return this.deps.store.updateEmbed(id, patch);
  }

  async close(
    id: string,
    credentials: BackstageCredentials,
    closedBy?: string,
  ): Promise<ClosedEmbed> {
    const before = await this.getAllowed(
      id,
      learningEmbedUpdatePermission,
      credentials,
    );
    const closed = await this.deps.store.closeEmbed(id);
    if (before.status !== 'closed') {
      await this.deps.notifier?.closed(
        closed.embed,
        closed.applications,
        closedBy,
      );
    }
    return closed;
  }

  async delete(id: string, credentials: BackstageCredentials): Promise<void> {
    const embed = await this.getAllowed(
      id,
      learningEmbedUpdatePermission,
      credentials,
    );
    assertNotProviderOwned(`Embed ${id}`, embed);
    await this.deps.store.deleteEmbed(id);
  }

  async apply(
    id: string,
    body: unknown,
    credentials: BackstageCredentials,
    applicantRef: string,
  ): Promise<{ application: LearningEmbedApplication; created: boolean }> {
    const { message } = parseInput(applicationInputSchema, body ?? {});
    const embed = await this.getAllowed(
      id,
      learningEmbedApplyPermission,
      credentials,
    );
    const { application, previous } = await this.deps.store.apply(
      id,
      applicantRef,
      message || undefined,
    );
    // the hosts hear of a new application, not of a changed message
    if (previous === undefined || previous === 'withdrawn') {
      await this.deps.notifier?.applied(embed, application);
    }
    return { application, created: previous === undefined };
  }

  async withdraw(
    id: string,
    credentials: BackstageCredentials,
    applicantRef: string,
  ): Promise<LearningEmbedApplication> {
    await this.getAllowed(id, learningEmbedApplyPermission, credentials);
    return this.deps.store.withdraw(id, applicantRef);
  }

  /** The caller's own application to an embed, or a NotFoundError. */
  async myApplication(
    id: string,
    credentials: BackstageCredentials,
    applicantRef: string,
  ): Promise<LearningEmbedApplication> {
    await this.get(id, credentials);
    const application = await this.deps.store.getApplication(id, applicantRef);
    if (!application) {
      throw new NotFoundError(`You have not applied to embed ${id}`);
    }
    return application;
  }

  /** Every application to an embed, for its hosts. */
  async listApplications(
    id: string,
    credentials: BackstageCredentials,
  ): Promise<LearningEmbedApplication[]> {
    await this.getAllowed(id, learningEmbedDecidePermission, credentials);
    return this.deps.store.listApplications(id);
  }

  async decide(
    id: string,
    applicationId: string,
    body: unknown,
    credentials: BackstageCredentials,
    decidedBy: string,
  ): Promise<{ application: LearningEmbedApplication; embed: LearningEmbed }> {
    const { decision } = parseInput(decisionSchema, body);
    await this.getAllowed(id, learningEmbedDecidePermission, credentials);
    const { application, embed, changed } = await this.deps.store.decide(
      id,
      applicationId,
      decision,
      decidedBy,
    );
    if (changed) {
      await this.deps.notifier?.decided(embed, application);
    }
    return { application, embed };
  }

  /**
   * Reminds the hosts of every embed with applications pending for longer
   * than `olderThanMs`; the weekly task of the plugin.
   */
  async remindOfPending(olderThanMs: number): Promise<number> {
    const { notifier, store } = this.deps;
    if (!notifier) {
      return 0;
    }
    const waiting = await store.countPendingApplications(
      new Date(Date.now() - olderThanMs).toISOString(),
    );
    const embeds = new Map(
      (await store.getEmbeds(waiting.map(w => w.embedId))).map(e => [e.id, e]),
    );
    for (const { embedId, count } of waiting) {
      const embed = embeds.get(embedId);
      if (embed) {
        await notifier.pending(embed, count);
      }
    }
    return waiting.length;
  }

  /** The caller's applications, with the embeds they may still see. */
  async myApplications(
    credentials: BackstageCredentials,
    applicantRef: string,
  ): Promise<MyApplication[]> {
    const [applications, scope] = await Promise.all([
      this.deps.store.listUserApplications(applicantRef),
      this.deps.authorizer.readScope(credentials),
    ]);
    const embeds = new Map(
      (await this.deps.store.getEmbeds(applications.map(a => a.embedId))).map(
        e => [e.id, e],
      ),
    );
    return applications.flatMap(application => {
      const embed = embeds.get(application.embedId);
      return embed && scope.allows(embed) ? [{ embed, application }] : [];
    });
  }

  /** An embed the caller may see and do `permission` to. */
  private async getAllowed(
    id: string,
    permission: Parameters<EmbedAuthorizer['assertAllowed']>[0],
    credentials: BackstageCredentials,
  ): Promise<LearningEmbed> {
    const embed = await this.get(id, credentials);
    await this.deps.authorizer.assertAllowed(permission, embed, credentials);
    return embed;
  }
}

function linkRefs(links?: Array<{ entityRef: string }>): FieldRef[] {
  return (links ?? []).map((link, i) => ({
    field: `links.${i}.entityRef`,
    ref: link.entityRef,
  }));
}
