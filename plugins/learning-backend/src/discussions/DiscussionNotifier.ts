import { LoggerService } from '@backstage/backend-plugin-api';
import { NotificationService } from '@backstage/plugin-notifications-node';
import { SignalsService } from '@backstage/plugin-signals-node';
import {
  LearningDiscussionSignal,
  LearningResource,
  learningDiscussionSignalChannel,
} from '@tech-learning/backstage-plugin-learning-common';
import { sendNotification } from '../shared/sendNotification';
import { PostRecord } from './DiscussionStore';

/** The topic of discussion notifications, for users' settings. */
const DISCUSSION_NOTIFICATION_TOPIC = 'learning-discussions';

/** A post's first words, for a notification. */
function excerpt(body: string): string {
  const text = body.replace(/\s+/g, ' ').trim();
  return text.length > 200 ? `${text.slice(0, 199)}…` : text;
}

/**
 * Tells people of posts: the material's SMEs and owner of a new question
 * (one notification a question, never one a reply), the asker of an
 * answer and of an accepted one, the SMEs a post mentions; and, through
 * signals, whoever has the discussion open. Nothing that cannot be sent
 * fails the post (it is stored).
 */
export class DiscussionNotifier {
  constructor(
    private readonly deps: {
      notifications: NotificationService;
      signals: SignalsService;
      logger: LoggerService;
    },
  ) {}

  async posted(
    post: PostRecord,
    context: {
      /** Where the post is shown in the app. */
      link: string;
      material: LearningResource;
      /** SMEs and owners who moderate the discussion. */
      moderators: string[];
      question?: PostRecord;
    },
  ): Promise<void> {
    const { link, material } = context;
    const told = new Set([post.author]);
    if (post.kind === 'question') {
      const recipients = context.moderators.filter(r => !told.has(r));
      recipients.forEach(r => told.add(r));
      await this.send(recipients, {
        title: `New question on “${material.title}”`,
        description: `${post.author} asked: ${excerpt(post.body)}`,
        link,
        scope: `post:${post.id}`,
      });
    } else if (
      post.kind === 'answer' &&
      context.question &&
      !told.has(context.question.author)
    ) {
      told.add(context.question.author);
      await this.send([context.question.author], {
        title: `Your question on “${material.title}” has an answer`,
        description: `${post.author} answered: ${excerpt(post.body)}`,
        link,
        scope: `post:${post.id}`,
      });
    }
    const mentioned = post.mentions.filter(r => !told.has(r));
    await this.send(mentioned, {
      title: `${post.author} mentioned you on “${material.title}”`,
      description: excerpt(post.body),
      link,
      scope: `post:${post.id}:mention`,
    });
    await this.changed(post);
  }

  async accepted(
    answer: PostRecord,
    context: { link: string; material: LearningResource; by: string },
  ): Promise<void> {
    if (answer.author !== context.by) {
      await this.send([answer.author], {
        title: `Your answer on “${context.material.title}” was accepted`,
        description: `${context.by} added it to the material's FAQ.`,
        link: context.link,
        scope: `post:${answer.id}:accepted`,
      });
    }
    await this.changed(answer);
  }

  /** Tells the viewers of the post's discussion that it changed. */
  async changed(post: PostRecord): Promise<void> {
    try {
      await this.deps.signals.publish<LearningDiscussionSignal>({
        recipients: { type: 'broadcast' },
        channel: learningDiscussionSignalChannel(post.discussion),
        message: { discussion: post.discussion, postId: post.id },
      });
    } catch (error) {
      this.deps.logger.warn(
        `Could not signal the change of post ${post.id}: ${error}`,
      );
    }
  }

  private async send(
    recipients: string[],
    payload: {
      title: string;
      description: string;
      link: string;
      scope: string;
    },
  ) {
    if (recipients.length === 0) {
      return;
    }
    await sendNotification(
      this.deps,
      { type: 'entity', entityRef: recipients },
      {
        ...payload,
        severity: 'normal',
        topic: DISCUSSION_NOTIFICATION_TOPIC,
      },
    );
  }
}
