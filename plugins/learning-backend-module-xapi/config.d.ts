import { SchedulerServiceTaskScheduleDefinitionConfig } from '@backstage/backend-plugin-api';

export interface Config {
  learning?: {
    /**
     * Learning record stores (LRSs) whose xAPI statements become
     * enrolments: completed, passed and cmi5 satisfied complete a
     * resource; progressed (with the cmi5 progress extension) is progress.
     */
    xapi?: Array<{
      /** Names the provider: `xapi:<id>`. Keep it stable: the cursor is kept by it. */
      id: string;
      /** The xAPI endpoint, such as `https://lrs.example.com/xAPI/`. */
      endpoint: string;
      /** The store's Basic credentials (a key and secret). */
      credentials?: {
        key: string;
        /** @visibility secret */
        secret: string;
      };
      /**
       * `account` actors whose `homePage` is this name a catalog user by
       * its name (`account.name` `alice-chen` is `user:<ns>/alice-chen`).
       * `mbox` and `mbox_sha1sum` actors are matched by the e-mail of
       * the user's profile.
       */
      accountHomePage?: string;
      /** Activity ids that are resources, where no URL of the resource is the id. */
      activities?: Array<{ activityId: string; resourceId: string }>;
      /** Statements per request. Default 100. */
      pageSize?: number;
      /** Where the first read starts (ISO 8601). Default: the beginning. */
      since?: string;
      /** Default: every 15 minutes, first 30 seconds after start. */
      schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
    }>;
  };
}
