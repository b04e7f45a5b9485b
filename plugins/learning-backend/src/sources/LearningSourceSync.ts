import {
  AuthService,
  BackstageCredentials,
  LoggerService,
  UrlReaderService,
} from '@backstage/backend-plugin-api';
import { ScmIntegrationRegistry } from '@backstage/integration';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { EmbedStore } from '../embeds';
import { ResourceStore } from '../resources';
import { EntityRefChecker, FieldRef } from '../shared/EntityRefChecker';
import { LearningSourceRecord, SourceStore } from './SourceStore';
import { DiscoveredSource, discoverSources } from './discoverSources';
import { parseLearningDocuments } from './parseLearningDocuments';
import {
  validateProvidedEmbeds,
  validateProvidedResources,
} from './validateProvidedResources';

/** What one run of the sync did. */
interface SourceSyncReport {
  sources: number;
  /** Read and applied, because they changed. */
  changed: number;
  /** Not changed since the last read (the server said so by ETag). */
  unchanged: number;
  /** Broken or unreadable: nothing of theirs changed. */
  failed: number;
  /** No longer named by anything: their material was removed. */
  removed: number;
}

type Outcome = 'changed' | 'unchanged' | 'failed';

/** The provider name under which a source's material is stored. */
export function providerOf(sourceId: string): string {
  return `yaml:${sourceId.slice(0, 16)}`;
}

/**
 * Reads the learning YAML files that entities and app-config name, with
 * the UrlReader (so the platform's integrations and
 * `backend.reading.allow` apply), and syncs what they declare: each file
 * is the provider `yaml:<id>` of its documents, so new documents are
 * created, changed ones updated, removed ones deleted, and nothing else
 * is touched. A file unchanged since the last read (by ETag) costs one
 * conditional request. A broken file (bad YAML, schema errors, refs not in
 * the catalog) changes nothing already synced; its errors are kept with
 * it, and it is read in full again next time.
 */
export class LearningSourceSync {
  private readonly refs: EntityRefChecker;

  constructor(
    private readonly deps: {
      sources: SourceStore;
      store: ResourceStore;
      embeds: EmbedStore;
      reader: UrlReaderService;
      catalog: CatalogService;
      auth: AuthService;
      integrations: ScmIntegrationRegistry;
      /** `learning.sources.locations[].target` of app-config. */
      configured: string[];
      logger: LoggerService;
      /** Called once after a run that changed material. */
      onChange?: () => Promise<void>;
      /** Files read at once. */
      concurrency?: number;
    },
  ) {
    this.refs = new EntityRefChecker(deps.catalog);
  }

  async syncAll(): Promise<SourceSyncReport> {
    const { deps } = this;
    const credentials = await deps.auth.getOwnServiceCredentials();
    const [found, known] = await Promise.all([
      discoverSources({
        catalog: deps.catalog,
        credentials,
        integrations: deps.integrations,
        configured: deps.configured,
      }),
      deps.sources.listSources(),
    ]);
    deps.logger.info(`Learning YAML: reading ${found.length} files`);
    const previous = new Map(known.map(s => [s.id, s]));
    const report: SourceSyncReport = {
      sources: found.length,
      changed: 0,
      unchanged: 0,
      failed: 0,
      removed: 0,
    };
    const queue = [...found];
    const worker = async () => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        const source = next;
        const outcome = await this.syncOne(
          source,
          previous.get(source.id),
          credentials,
        ).catch(async (error: Error) => {
          // a store or catalog failure: this file is tried again next run
          await deps.sources.saveSource({
            ...(previous.get(source.id) ?? { errors: [] }),
            id: source.id,
            target: source.target,
            ...(source.entityRef ? { entityRef: source.entityRef } : {}),
            errors: [`could not be synced: ${error.message}`],
          });
          return 'failed' as const;
        });
        report[outcome] += 1;
      }
    };
    await Promise.all(
      Array.from({ length: deps.concurrency ?? 8 }, () => worker()),
    );

    const named = new Set(found.map(s => s.id));
    const gone = known.filter(s => !named.has(s.id));
    for (const source of gone) {
      await deps.store.replaceProviderResources(providerOf(source.id), []);
      await deps.embeds.replaceProviderEmbeds(providerOf(source.id), []);
    }
    await deps.sources.deleteSources(gone.map(s => s.id));
    report.removed = gone.length;

    if (report.changed + report.removed > 0) {
      await deps.onChange?.();
    }
    deps.logger.info(
      `Learning YAML: ${report.sources} files, ${report.changed} changed, ${report.unchanged} unchanged, ${report.failed} broken or unreadable, ${report.removed} removed`,
    );
    return report;
  }

  private async syncOne(
    found: DiscoveredSource,
    previous: LearningSourceRecord | undefined,
    credentials: BackstageCredentials,
  ): Promise<Outcome> {
    const { deps } = this;
    const now = new Date().toISOString();
    const record: LearningSourceRecord = {
      id: found.id,
      target: found.target,
      ...(found.entityRef ? { entityRef: found.entityRef } : {}),
      ...(previous?.documentCount !== undefined
        ? { documentCount: previous.documentCount }
        : {}),
      ...(previous?.changedAt ? { changedAt: previous.changedAt } : {}),
      errors: [],
      checkedAt: now,
    };
    const failed = async (errors: string[], etag?: string) => {
      await deps.sources.saveSource({
        ...record,
        ...(etag ? { etag } : {}),
        errors,
      });
      deps.logger.warn(
        `Learning YAML ${found.target}: ${errors.length} problems, nothing changed: ${errors[0]}`,
      );
      return 'failed' as const;
    };
    if (found.error) {
      return failed([found.error]);
    }

    let text: string;
    let etag: string | undefined;
    try {
      // a file that was broken is read in full: what made it so may have
      // been outside it (an entity missing from the catalog)
      const response = await deps.reader.readUrl(found.target, {
        etag: previous?.errors.length ? undefined : previous?.etag,
      });
      text = (await response.buffer()).toString('utf8');
      etag = response.etag || undefined;
    } catch (error) {
      if ((error as Error).name === 'NotModifiedError') {
        await deps.sources.saveSource({
          ...record,
          ...(previous?.etag ? { etag: previous.etag } : {}),
        });
        return 'unchanged';
      }
      return failed([`could not be read: ${(error as Error).message}`]);
    }

    const parsed = parseLearningDocuments(text, {
      location: found.target,
      namespace: found.namespace,
    });
    if (parsed.errors.length > 0) {
      return failed(parsed.errors, etag);
    }
    const resources = validateProvidedResources(parsed.resources);
    const embeds = validateProvidedEmbeds(parsed.embeds);
    const invalid = [...resources.errors, ...embeds.errors];
    if (invalid.length > 0) {
      return failed(invalid, etag);
    }
    try {
      await this.refs.assertVisible(
        [
          ...resources.valid.flatMap(r => refsOf(r.key, r)),
          ...embeds.valid.flatMap(e => refsOf(e.key, e)),
        ],
        credentials,
      );
    } catch (error) {
      return failed((error as Error).message.split('; '), etag);
    }

    const provider = providerOf(found.id);
    const resourceSync = await deps.store.replaceProviderResources(
      provider,
      resources.valid,
    );
    const embedSync = await deps.embeds.replaceProviderEmbeds(
      provider,
      embeds.valid,
    );
    const changed =
      resourceSync.created +
        resourceSync.updated +
        resourceSync.deleted +
        embedSync.created +
        embedSync.updated +
        embedSync.deleted >
      0;
    await deps.sources.saveSource({
      ...record,
      ...(etag ? { etag } : {}),
      documentCount: resources.valid.length + embeds.valid.length,
      ...(changed || !previous ? { changedAt: now } : {}),
      // an embed whose host would change keeps its old definition
      errors: embedSync.errors,
    });
    return changed ? 'changed' : 'unchanged';
  }
}

/** The refs a document names, each with where: `course:x spec.owner`. */
function refsOf(
  key: string,
  doc: {
    owner?: string;
    smes?: string[];
    docs?: Array<{ entityRef: string }>;
    links?: Array<{ entityRef: string }>;
    host?: string;
  },
): FieldRef[] {
  const at = (field: string, ref: string) => ({
    field: `${key} ${field}`,
    ref,
  });
  return [
    ...(doc.owner ? [at('spec.owner', doc.owner)] : []),
    ...(doc.host ? [at('spec.host', doc.host)] : []),
    ...(doc.smes ?? []).map((ref, i) => at(`spec.smes.${i}`, ref)),
    ...(doc.docs ?? []).map((d, i) => at(`spec.docs.${i}`, d.entityRef)),
    ...(doc.links ?? []).map((l, i) => at(`spec.links.${i}`, l.entityRef)),
  ];
}
