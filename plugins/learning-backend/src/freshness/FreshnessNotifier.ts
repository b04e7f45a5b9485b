import { LoggerService } from '@backstage/backend-plugin-api';
import { NotificationService } from '@backstage/plugin-notifications-node';
import {
  LEARNING_ENTITY_ASPECT_NAMES,
  LearningFreshnessState,
} from '@tech-learning/backstage-plugin-learning-common';
import {
  NotificationPayload,
  sendNotification,
} from '../shared/sendNotification';
import { FreshnessDetail } from './FreshnessStore';

/** The topic of every freshness notification, for users' settings. */
const FRESHNESS_NOTIFICATION_TOPIC = 'learning-freshness';

/** How many notifications go out at a time. */
const CONCURRENCY = 4;

/** How many titles a notification about several resources names. */
const NAMED = 5;

const STATE_NAMES: Record<Exclude<LearningFreshnessState, 'fresh'>, string> = {
  broken: 'broken',
  'possibly-outdated': 'possibly outdated',
  due: 'due for review',
};

/** A resource that entered a state its SMEs and owner must hear of. */
export interface FreshnessChange {
  resource: {
    id: string;
    title: string;
    owner: string;
    smes: string[];
    reviewedAt?: string;
  };
  state: Exclude<LearningFreshnessState, 'fresh'>;
  detail: FreshnessDetail;
}

/**
 * Tells SMEs and owners (an owning group's members) of the resources that
 * entered a state needing them in one run of the check: one notification
 * per recipient and run, not one per resource, so that a first check that
 * finds hundreds of resources due tells each person once. A recipient of
 * one resource hears what it is and why, with a link to it; of several,
 * how many and the first titles, with a link to their review queue. Each
 * recipient's notification replaces their previous one (its scope).
 */
export class FreshnessNotifier {
  constructor(
    private readonly deps: {
      notifications: NotificationService;
      logger: LoggerService;
    },
  ) {}

  /** Returns how many notifications went out. */
  async notify(changes: FreshnessChange[]): Promise<number> {
    const byRecipient = new Map<string, FreshnessChange[]>();
    for (const change of changes) {
      const { owner, smes } = change.resource;
      for (const ref of new Set([owner, ...smes])) {
        const list = byRecipient.get(ref);
        if (list) list.push(change);
        else byRecipient.set(ref, [change]);
      }
    }
    const queue = [...byRecipient.entries()];
    let sent = 0;
    const worker = async () => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        const [recipient, list] = next;
        if (
          await sendNotification(
            this.deps,
            { type: 'entity', entityRef: recipient },
            this.describe(recipient, list),
          )
        ) {
          sent += 1;
        }
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    return sent;
  }

  private describe(
    recipient: string,
    changes: FreshnessChange[],
  ): NotificationPayload {
    const base = {
      topic: FRESHNESS_NOTIFICATION_TOPIC,
      scope: `review-queue:${recipient}`,
      severity: changes.some(c => c.state === 'broken')
        ? ('high' as const)
        : ('normal' as const),
    };
    if (changes.length === 1) {
      return {
        ...base,
        ...this.describeOne(changes[0]),
        link: `/learning/resources/${encodeURIComponent(
          changes[0].resource.id,
        )}`,
      };
    }
    const named = changes
      .slice(0, NAMED)
      .map(c => `“${c.resource.title}” (${STATE_NAMES[c.state]})`);
    const more = changes.length - named.length;
    return {
      ...base,
      title: `${changes.length} learning resources you teach need a review`,
      description: `${named.join(', ')}${
        more > 0 ? ` and ${more} more` : ''
      }. See what to review, and why.`,
      link: '/learning/review',
    };
  }

  private describeOne(change: FreshnessChange): {
    title: string;
    description: string;
  } {
    const { resource, state, detail } = change;
    if (state === 'broken') {
      return {
        title: `“${resource.title}” names what is no longer in the catalog`,
        description: `Gone from the catalog: ${(detail.missing ?? []).join(
          ', ',
        )}. Change the material, or its links, SMEs or owner.`,
      };
    }
    if (state === 'possibly-outdated') {
      const changes = (detail.changed ?? []).map(
        c =>
          `${c.entityRef} (${c.aspects
            .map(a => LEARNING_ENTITY_ASPECT_NAMES[a])
            .join(', ')})`,
      );
      return {
        title: `“${resource.title}” may be out of date`,
        description: `Changed since its last review: ${changes.join(
          '; ',
        )}. Check it and mark it reviewed.`,
      };
    }
    return {
      title: `“${resource.title}” is due for review`,
      description: `${
        resource.reviewedAt
          ? `Last reviewed on ${resource.reviewedAt.slice(0, 10)}`
          : 'Never reviewed'
      }. Check that it still holds and mark it reviewed.`,
    };
  }
}
