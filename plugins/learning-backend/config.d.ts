import { SchedulerServiceTaskScheduleDefinitionConfig } from '@backstage/backend-plugin-api';
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
      /**
       * How long past `viewerCacheTtl` the catalog's answer about an
       * entity (that the viewer sees it, and its system) is still used
       * while it is asked again in the background, so that a page viewed
       * now and then never waits for the catalog. The answer after that
       * reload counts: an entity gone from the catalog, or hidden from the
       * viewer, shows for at most one more view. Default 10 minutes; 0
       * makes views wait for the catalog once the answer is too old.
       */
      placementMaxStale?: HumanDuration | string;
    };
    /** Insights for the learning program: coverage, health and demand. */
    insights?: {
      /**
       * Users and groups (full entity refs) who read the insights under
       * the default policy, `LearningPermissionPolicy`, besides the admins
       * (permission `learning.insights.read`).
       */
      viewers?: string[];
      /**
       * When the daily task (global: once across replicas) writes the
       * snapshots of the weekly charts and sends the monthly learning-debt
       * digests. Default: every 24 hours, first a minute after start.
       */
      schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
      /**
       * How long the catalog's components and APIs are kept for coverage
       * before they are read again (in the background). Default 5 minutes.
       */
      catalogCacheTtl?: HumanDuration | string;
    };
    /** How long learning records are kept. */
    retention?: {
      /**
       * The learning records (enrolments, progress, feedback, applications,
       * posts) of people gone from the catalog are erased this many days
       * after a daily task first finds them missing. Default 365; 0 keeps
       * them.
       */
      departedUserDays?: number;
      /**
       * When the retention task runs (a global task: once across
       * replicas). Default: every 24 hours, first 10 minutes after start.
       */
      schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
    };
    /** Links of material to catalog entities. */
    links?: {
      /**
       * A link to an entity made by someone who is not among its owners
       * (as the catalog says) waits, as a suggestion, until one of them
       * accepts it; until then it shows only under "Suggested by others"
       * on the entity's Learning tab. Default true; false links at once,
       * as the resource's owners and SMEs ask.
       */
      ownerApproval?: boolean;
      /**
       * For how many days a person may not suggest again a link that the
       * entity's owners dismissed. Default 90.
       */
      resuggestAfterDays?: number;
    };
    /** Embeds: short stints inside a host team. */
    embeds?: {
      /**
       * A weekly task reminds the hosts of an embed of applications
       * pending for longer than this, through the notifications plugin.
       * Default 3 days.
       */
      pendingReminderAfter?: HumanDuration | string;
    };
    /**
     * Learning YAML beside the code: files named by an entity's
     * `tech-learning/material` annotation, and these. They are read with
     * the UrlReader, so `backend.reading.allow` and the integrations apply.
     */
    sources?: {
      /** Further files to read, by URL. */
      locations?: Array<{ target: string }>;
      /**
       * When the files are read (a global task: once across replicas).
       * Default: every 30 minutes, first 15 seconds after start.
       */
      schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
    };
    /**
     * Freshness: a global task marks material broken (its owner, an SME or
     * a linked entity is gone from the catalog), possibly outdated (an
     * entity it teaches changed since its last review) or due for review,
     * and tells its SMEs and owner once per state through the notifications
     * plugin.
     */
    freshness?: {
      /**
       * The review interval of material that sets none, in days. Default
       * 180.
       */
      defaultReviewIntervalDays?: number;
      /**
       * When the check runs (a global task: once across replicas).
       * Default: every hour, first a minute after start.
       */
      schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
    };
    /**
     * Personalisation: a global task builds the co-occurrence model that
     * suggestions and related material read ("learners who took X also
     * took Y", counted only where 5 or more did both) and what each group
     * learns. A run whose inputs did not change writes nothing.
     */
    recommendations?: {
      /**
       * When the model is built (a global task: once across replicas).
       * Default: every 30 minutes, first 30 seconds after start.
       */
      schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
    };
    /** Cohorts: learners who take self-paced material together. */
    cohorts?: {
      /**
       * When the weekly digests of running cohorts are sent (a global
       * task; each cohort's week gets one digest, however often it runs).
       * Default: every 3 hours, first 5 minutes after start.
       */
      digestSchedule?: SchedulerServiceTaskScheduleDefinitionConfig;
    };
    /** Questions and answers on material. */
    discussions?: {
      /**
       * Posts a user may make a minute; over it they are answered 429.
       * Default 10.
       */
      postsPerMinute?: number;
    };
  };
}
