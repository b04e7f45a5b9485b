import { LoggerService } from '@backstage/backend-plugin-api';
import { NotificationService } from '@backstage/plugin-notifications-node';
import {
  LearningEntityAspect,
  LearningFreshnessState,
} from '@tech-learning/backstage-plugin-learning-common';
import { sendNotification } from '../service/sendNotification';
import { FreshnessDetail } from './FreshnessStore';

/** The topic of every freshness notification, for users' settings. */
export const FRESHNESS_NOTIFICATION_TOPIC = 'learning-freshness';

const ASPECT_NAMES: Record<LearningEntityAspect, string> = {
  lifecycle: 'lifecycle',
  owner: 'owner',
  definition: 'API definition',
  dependencies: 'dependencies',
  spec: 'spec',
};

/** The resource a notification is about. */
export interface NotifiedResource {
  id: string;
  title: string;
  owner: string;
  smes: string[];
  reviewedAt?: string;
}

/**
 * Tells a resource's SMEs and owner (the owning group's members) that it
 * needs them: due for review, possibly outdated, or broken. One
 * notification per resource (its scope), updated when the state changes.
 */
export class FreshnessNotifier {
  constructor(
    private readonly deps: {
      notifications: NotificationService;
      logger: LoggerService;
    },
  ) {}

  async stateChanged(
    resource: NotifiedResource,
    state: Exclude<LearningFreshnessState, 'fresh'>,
    detail: FreshnessDetail,
  ): Promise<boolean> {
    const { title, description } = this.describe(resource, state, detail);
    return sendNotification(
      this.deps,
      {
        type: 'entity',
        entityRef: [...new Set([resource.owner, ...resource.smes])],
      },
      {
        title,
        description,
        link: `/learning/resources/${encodeURIComponent(resource.id)}`,
        severity: state === 'broken' ? 'high' : 'normal',
        topic: FRESHNESS_NOTIFICATION_TOPIC,
        scope: `resource:${resource.id}:freshness`,
      },
    );
  }

  private describe(
    resource: NotifiedResource,
    state: Exclude<LearningFreshnessState, 'fresh'>,
    detail: FreshnessDetail,
  ): { title: string; description: string } {
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
          `${c.entityRef} (${c.aspects.map(a => ASPECT_NAMES[a]).join(', ')})`,
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
