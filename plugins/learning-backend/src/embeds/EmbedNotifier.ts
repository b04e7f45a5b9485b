import { LoggerService } from '@backstage/backend-plugin-api';
import {
  LearningEmbed,
  LearningEmbedApplication,
} from '@tech-learning/backstage-plugin-learning-common';
import {
  NotificationRecipients,
  NotificationService,
} from '@backstage/plugin-notifications-node';
import {
  NotificationPayload,
  sendNotification,
} from '../shared/sendNotification';

/** The topic of every embed notification, for users' settings. */
const EMBED_NOTIFICATION_TOPIC = 'learning-embeds';

/** Where an embed's page is in the app. */
const linkOf = (embed: LearningEmbed) =>
  `/learning/embeds/${encodeURIComponent(embed.id)}`;

/**
 * Tells people what happened to embeds through Backstage's notifications:
 * the host group of a new application, an applicant of a decision, the
 * applicants of a closed embed, and hosts of applications left pending.
 * A notification that cannot be sent is logged, never fails the write that
 * caused it (that write is done).
 */
export class EmbedNotifier {
  constructor(
    private readonly deps: {
      notifications: NotificationService;
      logger: LoggerService;
    },
  ) {}

  async applied(
    embed: LearningEmbed,
    application: LearningEmbedApplication,
  ): Promise<void> {
    await this.send(
      {
        type: 'entity',
        entityRef: embed.host,
        excludeEntityRef: application.applicantRef,
      },
      {
        title: `New application to “${embed.title}”`,
        description: `${application.applicantRef} applied${
          application.message ? `: ${application.message}` : '.'
        }`,
        link: linkOf(embed),
        severity: 'normal',
        topic: EMBED_NOTIFICATION_TOPIC,
        scope: `embed:${embed.id}:application:${application.id}`,
      },
    );
  }

  async decided(
    embed: LearningEmbed,
    application: LearningEmbedApplication,
  ): Promise<void> {
    const accepted = application.state === 'accepted';
    await this.send(
      { type: 'entity', entityRef: application.applicantRef },
      {
        title: `Your application to “${embed.title}” was ${application.state}`,
        description: accepted
          ? `Welcome: ${embed.host} expects you${
              embed.startsOn ? ` from ${embed.startsOn}` : ''
            }.`
          : `${embed.host} could not take you this time.`,
        link: linkOf(embed),
        severity: 'normal',
        topic: EMBED_NOTIFICATION_TOPIC,
        scope: `embed:${embed.id}:decision:${application.id}`,
      },
    );
  }

  async closed(
    embed: LearningEmbed,
    applications: LearningEmbedApplication[],
    closedBy?: string,
  ): Promise<void> {
    const applicants = applications.map(a => a.applicantRef);
    if (applicants.length === 0) {
      return;
    }
    await this.send(
      {
        type: 'entity',
        entityRef: applicants,
        ...(closedBy ? { excludeEntityRef: closedBy } : {}),
      },
      {
        title: `“${embed.title}” is closed`,
        description: `${embed.host} closed the embed you applied to.`,
        link: linkOf(embed),
        severity: 'normal',
        topic: EMBED_NOTIFICATION_TOPIC,
        scope: `embed:${embed.id}:closed`,
      },
    );
  }

  async pending(embed: LearningEmbed, count: number): Promise<void> {
    await this.send(
      { type: 'entity', entityRef: embed.host },
      {
        title: `${count} ${
          count === 1 ? 'application waits' : 'applications wait'
        } for a decision`,
        description: `Applicants to “${embed.title}” are waiting to hear from you.`,
        link: linkOf(embed),
        severity: 'normal',
        topic: EMBED_NOTIFICATION_TOPIC,
        scope: `embed:${embed.id}:pending`,
      },
    );
  }

  private async send(
    recipients: NotificationRecipients,
    payload: NotificationPayload,
  ): Promise<void> {
    await sendNotification(this.deps, recipients, payload);
  }
}
