import {
  AuthService,
  DiscoveryService,
  RootConfigService,
} from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { Permission } from '@backstage/plugin-permission-common';
import { DocumentCollatorFactory } from '@backstage/plugin-search-common';
import {
  LEARNING_EMBED_SEARCH_TYPE,
  LEARNING_RESOURCE_SEARCH_TYPE,
  learningEmbedReadPermission,
  LearningEmbedSearchDocument,
  LearningEmbed,
  learningResourceReadPermission,
  LearningResource,
  LearningResourceSearchDocument,
} from '@tech-learning/backstage-plugin-learning-common';
import { Readable } from 'node:stream';
import { embedDocument, resourceDocument, taughtRefs } from './documents';
import { EntityNames } from './EntityNames';
import { LearningApiReader } from './LearningApiReader';

/**
 * What the collators need: the search plugin's auth and discovery (they
 * read the learning backend's API with its service credentials) and the
 * catalog (for the names of the entities documents mention).
 *
 * @public
 */
export interface LearningCollatorOptions {
  auth: AuthService;
  discovery: DiscoveryService;
  catalog: CatalogService;
}

const CONFIG = 'search.collators.learning';

/**
 * Collates learning resources (courses, toolkits, paths) into documents of
 * type `learning-resource`. Documents are read a page at a time, so that
 * the memory of a run stays flat however much material there is; each
 * carries its resource's id as `authorization.resourceRef`, and search
 * shows it only to who has `learning.resource.read` on it.
 *
 * @public
 */
export class LearningResourceCollatorFactory
  implements DocumentCollatorFactory
{
  readonly type = LEARNING_RESOURCE_SEARCH_TYPE;
  readonly visibilityPermission: Permission = learningResourceReadPermission;

  static fromConfig(
    config: RootConfigService,
    options: LearningCollatorOptions,
  ): LearningResourceCollatorFactory {
    return new LearningResourceCollatorFactory(
      options,
      config.getOptionalString(`${CONFIG}.resourceLocationTemplate`) ??
        '/learning/resources/:id',
    );
  }

  private constructor(
    private readonly options: LearningCollatorOptions,
    private readonly locationTemplate: string,
  ) {}

  async getCollator(): Promise<Readable> {
    return Readable.from(this.documents());
  }

  private async *documents(): AsyncGenerator<LearningResourceSearchDocument> {
    const reader = new LearningApiReader(this.options);
    const names = new EntityNames(this.options.catalog, this.options.auth);
    for await (const resources of reader.pages<LearningResource>(
      '/resources',
    )) {
      const named = await names.of(resources.flatMap(taughtRefs));
      for (const resource of resources) {
        yield resourceDocument(resource, named, this.locationTemplate);
      }
    }
  }
}

/**
 * Collates embeds into documents of type `learning-embed`, a page at a
 * time; each carries its embed's id as `authorization.resourceRef`, and
 * search shows it only to who has `learning.embed.read` on it.
 *
 * @public
 */
export class LearningEmbedCollatorFactory implements DocumentCollatorFactory {
  readonly type = LEARNING_EMBED_SEARCH_TYPE;
  readonly visibilityPermission: Permission = learningEmbedReadPermission;

  static fromConfig(
    config: RootConfigService,
    options: LearningCollatorOptions,
  ): LearningEmbedCollatorFactory {
    return new LearningEmbedCollatorFactory(
      options,
      config.getOptionalString(`${CONFIG}.embedLocationTemplate`) ??
        '/learning/embeds/:id',
    );
  }

  private constructor(
    private readonly options: LearningCollatorOptions,
    private readonly locationTemplate: string,
  ) {}

  async getCollator(): Promise<Readable> {
    return Readable.from(this.documents());
  }

  private async *documents(): AsyncGenerator<LearningEmbedSearchDocument> {
    const reader = new LearningApiReader(this.options);
    const names = new EntityNames(this.options.catalog, this.options.auth);
    for await (const embeds of reader.pages<LearningEmbed>('/embeds')) {
      const named = await names.of(
        embeds.flatMap(e => [e.host, ...e.links.map(l => l.entityRef)]),
      );
      for (const embed of embeds) {
        yield embedDocument(embed, named, this.locationTemplate);
      }
    }
  }
}
