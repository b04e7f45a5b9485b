import {
  BackstageCredentials,
  SchedulerService,
} from '@backstage/backend-plugin-api';
import { NotAllowedError } from '@backstage/errors';
import {
  LearningYamlSource,
  learningSourceReadPermission,
} from '@tech-learning/backstage-plugin-learning-common';
import { ResourceAuthorizer } from '../permissions/ResourceAuthorizer';
import { SourceStore } from '../sources/SourceStore';

/**
 * The learning YAML files and their errors, for those who should fix them:
 * an entity's owners (who may link material to it) see the files it names;
 * those granted `learning.source.read` see all. Either may have the files
 * read again now.
 */
export class SourceService {
  constructor(
    private readonly deps: {
      sources: SourceStore;
      authorizer: ResourceAuthorizer;
      scheduler: SchedulerService;
      /** The id of the scheduled task that reads the files. */
      taskId: string;
    },
  ) {}

  async list(
    entityRef: string | undefined,
    credentials: BackstageCredentials,
  ): Promise<LearningYamlSource[]> {
    await this.assertMaySee(entityRef, credentials);
    const sources = await this.deps.sources.listSources({ entityRef });
    return sources.map(({ id: _id, etag: _etag, ...shown }) => shown);
  }

  async refresh(
    entityRef: string | undefined,
    credentials: BackstageCredentials,
  ): Promise<void> {
    await this.assertMaySee(entityRef, credentials);
    try {
      await this.deps.scheduler.triggerTask(this.deps.taskId);
    } catch (error) {
      // already running: the run under way reads the files
      if ((error as Error).name !== 'ConflictError') {
        throw error;
      }
    }
  }

  private async assertMaySee(
    entityRef: string | undefined,
    credentials: BackstageCredentials,
  ): Promise<void> {
    const { authorizer } = this.deps;
    if (
      await authorizer.isAllowedBasic(learningSourceReadPermission, credentials)
    ) {
      return;
    }
    if (entityRef) {
      const [owner] = await authorizer.mayLinkToEntities(
        [entityRef],
        credentials,
      );
      if (owner) {
        return;
      }
      throw new NotAllowedError(
        `Only the owners of ${entityRef} see the learning YAML it names`,
      );
    }
    throw new NotAllowedError(
      'You may not see all learning YAML files; ask for those of an entity you own (entityRef)',
    );
  }
}
