import {
  BackstageCredentials,
  LoggerService,
  SchedulerService,
} from '@backstage/backend-plugin-api';
import { NotAllowedError } from '@backstage/errors';
import {
  LearningYamlSource,
  learningSourceReadPermission,
} from '@tech-learning/backstage-plugin-learning-common';
import { ResourceAuthorizer } from '../resources';
import { SourceStore } from './SourceStore';

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
      logger: LoggerService;
      /** How often to ask again while a run is under way; 1 s. */
      retryMs?: number;
    },
  ) {}

  /** A request for a run after the one under way, in this process. */
  private pending?: Promise<void>;

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
    if (!(await this.trigger())) {
      // A run is under way (on any replica) and may have read the files
      // before they changed: another run follows it.
      this.pending ??= this.triggerWhenDone().finally(() => {
        this.pending = undefined;
      });
    }
  }

  /** Asks for a run now; false when one is under way. */
  private async trigger(): Promise<boolean> {
    try {
      await this.deps.scheduler.triggerTask(this.deps.taskId);
      return true;
    } catch (error) {
      if ((error as Error).name === 'ConflictError') {
        return false;
      }
      throw error;
    }
  }

  /** Asks again until the run under way is over, for at most 10 minutes. */
  private async triggerWhenDone(): Promise<void> {
    const until = Date.now() + 10 * 60_000;
    while (Date.now() < until) {
      // never what keeps a stopping backend alive
      await new Promise(resolve =>
        setTimeout(resolve, this.deps.retryMs ?? 1000).unref(),
      );
      try {
        if (await this.trigger()) {
          return;
        }
      } catch (error) {
        this.deps.logger.warn(
          `Could not ask for another read of the learning YAML files: ${error}`,
        );
        return;
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
