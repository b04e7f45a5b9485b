import { LoggerService } from '@backstage/backend-plugin-api';
import { parseEntityRef } from '@backstage/catalog-model';
import { NotificationService } from '@backstage/plugin-notifications-node';
import { sendNotification } from '../shared/sendNotification';
import { SuggestedLinkStore } from './SuggestedLinkStore';

/**
 * Tells an entity's owners that material was suggested for its page: once
 * per entity and day, however many suggestions and replicas there are.
 */
export class SuggestedLinkNotifier {
  constructor(
    private readonly deps: {
      store: SuggestedLinkStore;
      notifications: NotificationService;
      logger: LoggerService;
    },
  ) {}

  async suggested(
    suggestions: Array<{ entityRef: string; entityOwner?: string }>,
    material: { title: string },
  ): Promise<void> {
    const owners = new Map<string, string>();
    for (const s of suggestions) {
      if (s.entityOwner) owners.set(s.entityRef, s.entityOwner);
    }
    for (const [entityRef, owner] of owners) {
      try {
        if (!(await this.deps.store.claimNotice(entityRef, 'link-suggested'))) {
          continue;
        }
      } catch (error) {
        this.deps.logger.warn(
          `Could not note the notice about ${entityRef}: ${error}`,
        );
        continue;
      }
      const { kind, namespace, name } = parseEntityRef(entityRef);
      await sendNotification(
        this.deps,
        { type: 'entity', entityRef: owner },
        {
          title: `Learning material was suggested for ${name}`,
          description: `“${material.title}” and perhaps more wait for one of ${name}'s owners to accept or dismiss them on its Learning tab.`,
          link: `/catalog/${namespace}/${kind}/${name}/learning`,
          topic: 'learning:link-suggested',
          scope: `learning:link-suggested:${entityRef}`,
        },
      );
    }
  }
}
