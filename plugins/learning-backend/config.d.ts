import { HumanDuration } from '@backstage/types';

export interface Config {
  /** Configuration of the Tech Learning backend plugin. */
  learning?: {
    permissions?: {
      /**
       * Users and groups (full entity refs) who may do everything with
       * learning material under the plugin's default permission policy,
       * `LearningPermissionPolicy`.
       */
      admins?: string[];
    };
    /** Caches behind the entity page's summary (see the README). */
    entityPages?: {
      /**
       * How long the material of an entity (resources, counts, ratings)
       * and a viewer's enrolments are kept, when no write comes first.
       * Default 60 seconds; 0 turns the cache off.
       */
      materialCacheTtl?: HumanDuration | string;
      /**
       * How long, per viewer, the catalog's answer about an entity and the
       * permission framework's read decision are reused. Default 30
       * seconds; 0 asks them at every view.
       */
      viewerCacheTtl?: HumanDuration | string;
    };
  };
}
