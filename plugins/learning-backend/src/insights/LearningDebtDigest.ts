import { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { NotificationService } from '@backstage/plugin-notifications-node';
import { LEARNING_DEBT_DIGEST_ANNOTATION } from '@tech-learning/backstage-plugin-learning-common';
import { sendNotification } from '../shared/sendNotification';
import { computeCoverage } from './coverage';
import { CoverageCatalog } from './CoverageCatalog';
import { InsightsStore } from './InsightsStore';

/** The digest names the most depended-on entities without material. */
const TOP = 5;

/**
 * The monthly learning-debt digest: the owners of the five most
 * depended-on components and APIs that nothing teaches hear of theirs,
 * with a link to add material, if their Group opted in with the
 * annotation `tech-learning/debt-digest: 'true'`. Run daily; each group
 * gets it once a month, however many replicas run it.
 */
export class LearningDebtDigest {
  constructor(
    private readonly deps: {
      store: InsightsStore;
      coverageCatalog: CoverageCatalog;
      catalog: CatalogService;
      auth: AuthService;
      notifications: NotificationService;
      logger: LoggerService;
      now?: () => number;
    },
  ) {}

  /** Sends this month's digests not yet sent; answers how many went. */
  async run(): Promise<number> {
    const { store, catalog, auth } = this.deps;
    const now = this.deps.now?.() ?? Date.now();
    const [snapshot, taught] = await Promise.all([
      this.deps.coverageCatalog.read(),
      store.taughtEntityRefs(),
    ]);
    const top = computeCoverage({
      entities: snapshot.entities,
      taught,
      views: new Map(),
      filter: {},
      page: { limit: TOP },
      catalogReadAt: snapshot.readAt,
    }).debt.items.filter(item => item.dependents > 0 && item.ownerRef);
    const byOwner = new Map<string, typeof top>();
    for (const item of top) {
      if (!item.ownerRef?.startsWith('group:')) continue;
      byOwner.set(item.ownerRef, [...(byOwner.get(item.ownerRef) ?? []), item]);
    }
    if (byOwner.size === 0) {
      return 0;
    }
    const owners = [...byOwner.keys()];
    const { items: groups } = await catalog.getEntitiesByRefs(
      { entityRefs: owners, fields: ['kind', 'metadata'] },
      { credentials: await auth.getOwnServiceCredentials() },
    );
    const month = new Date(now).toISOString().slice(0, 7);
    let sent = 0;
    for (const group of groups) {
      if (
        group?.metadata.annotations?.[LEARNING_DEBT_DIGEST_ANNOTATION] !==
        'true'
      ) {
        continue;
      }
      const groupRef = stringifyEntityRef(group).toLocaleLowerCase('en-US');
      const items = byOwner.get(groupRef) ?? [];
      if (
        items.length === 0 ||
        !(await store.claimDigest(groupRef, month, new Date(now).toISOString()))
      ) {
        continue;
      }
      const names = items.map(
        i =>
          `${parseEntityRef(i.entityRef).name} (${i.dependents} depend on it)`,
      );
      const delivered = await sendNotification(
        this.deps,
        { type: 'entity', entityRef: groupRef },
        {
          title: `Learning debt: nothing teaches ${
            items.length === 1
              ? parseEntityRef(items[0].entityRef).name
              : `${items.length} of your most depended-on entities`
          }`,
          description: `Among the ${TOP} most depended-on components and APIs without learning material, yours: ${names.join(
            ', ',
          )}. Adding a course or toolkit helps everyone who depends on them.`,
          link: `/learning/new?entity=${encodeURIComponent(
            items[0].entityRef,
          )}`,
          topic: 'learning:debt-digest',
          scope: `learning:debt-digest:${groupRef}:${month}`,
        },
      );
      sent += delivered ? 1 : 0;
    }
    if (sent > 0) {
      this.deps.logger.info(
        `Learning insights: ${sent} learning-debt digests sent for ${month}`,
      );
    }
    return sent;
  }
}
