import { SchedulerServiceTaskScheduleDefinitionConfig } from '@backstage/backend-plugin-api';

export interface Config {
  search?: {
    collators?: {
      /** The collators of learning resources and embeds. */
      learning?: {
        /**
         * When to index learning resources and embeds anew. Default: every
         * 10 minutes, each run at most 15 minutes, the first 3 seconds
         * after start.
         */
        schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
        /**
         * The page of a resource and of an embed in the app, with `:id`
         * for its id. Default: `/learning/resources/:id` and
         * `/learning/embeds/:id`.
         */
        resourceLocationTemplate?: string;
        embedLocationTemplate?: string;
      };
    };
  };
}
