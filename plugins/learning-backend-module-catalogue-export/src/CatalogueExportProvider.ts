import { LoggerService, UrlReaderService } from '@backstage/backend-plugin-api';
import {
  LearningProvider,
  LearningProviderConnection,
} from '@tech-learning/backstage-plugin-learning-node';
import {
  CatalogueExportFormat,
  parseCatalogueExport,
} from './parseCatalogueExport';

/**
 * Delivers the material of an LMS, a video platform or any system that
 * can export its catalogue as JSON or CSV at a URL. `refresh` reads the
 * export through the UrlReader (so `backend.reading.allow` and the
 * integrations apply) and applies it in full; an export the server says
 * is unchanged (ETag) costs one conditional request.
 *
 * @public
 */
export class CatalogueExportProvider implements LearningProvider {
  private readonly connection: Promise<LearningProviderConnection>;
  private resolveConnection!: (connection: LearningProviderConnection) => void;
  private etag?: string;

  constructor(
    private readonly options: {
      id: string;
      target: string;
      format: CatalogueExportFormat;
      reader: UrlReaderService;
      logger: LoggerService;
    },
  ) {
    // a scheduled run may come before the learning backend connects
    this.connection = new Promise(resolve => {
      this.resolveConnection = resolve;
    });
  }

  getProviderName(): string {
    return `catalogue-export:${this.options.id}`;
  }

  async connect(connection: LearningProviderConnection): Promise<void> {
    this.resolveConnection(connection);
  }

  /**
   * Reads the export and applies it, once the learning backend connected;
   * 'unchanged' when the server said so.
   */
  async refresh(): Promise<'applied' | 'unchanged'> {
    const { target, format, reader, logger } = this.options;
    const connection = await this.connection;
    let text: string;
    let etag: string | undefined;
    try {
      const response = await reader.readUrl(target, { etag: this.etag });
      text = (await response.buffer()).toString('utf8');
      etag = response.etag || undefined;
    } catch (error) {
      if ((error as Error).name === 'NotModifiedError') {
        return 'unchanged';
      }
      throw error;
    }
    let resources;
    try {
      resources = parseCatalogueExport(text, format);
    } catch (error) {
      // nothing is applied: what was delivered before stays
      throw new Error(
        `${this.getProviderName()}: ${target} is not a valid ${format} export: ${
          (error as Error).message
        }`,
      );
    }
    await connection.applyMutation({ type: 'full', resources });
    this.etag = etag;
    logger.info(
      `${this.getProviderName()}: applied ${
        resources.length
      } resources from ${target}`,
    );
    return 'applied';
  }
}
