import { SchedulerServiceTaskScheduleDefinitionConfig } from '@backstage/backend-plugin-api';

export interface Config {
  learning?: {
    /**
     * Catalogue exports of LMSs and video platforms to deliver as learning
     * material, each read with the UrlReader (so `backend.reading.allow`
     * and the integrations apply).
     */
    catalogueExports?: Array<{
      /** Names the provider: `catalogue-export:<id>`. Keep it stable. */
      id: string;
      /** The URL of the export. */
      target: string;
      /** `json` or `csv`; by default from the target's file name. */
      format?: 'json' | 'csv';
      /** Default: every hour, first 20 seconds after start. */
      schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
    }>;
  };
}
