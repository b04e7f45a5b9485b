import {
  BasicPermission,
  createPermission,
  ResourcePermission,
} from '@backstage/plugin-permission-common';

/**
 * The permission resource type of learning resources.
 *
 * @public
 */
export const LEARNING_RESOURCE_TYPE = 'learning-resource';

/** @public */
export type LearningResourcePermission = ResourcePermission<
  typeof LEARNING_RESOURCE_TYPE
>;

/**
 * Read a learning resource. Conditional: list endpoints filter by it.
 *
 * @public
 */
export const learningResourceReadPermission = createPermission({
  name: 'learning.resource.read',
  attributes: { action: 'read' },
  resourceType: LEARNING_RESOURCE_TYPE,
});

/**
 * Create a learning resource.
 *
 * @public
 */
export const learningResourceCreatePermission = createPermission({
  name: 'learning.resource.create',
  attributes: { action: 'create' },
});

/**
 * Update a learning resource, including its SMEs, docs and steps.
 *
 * @public
 */
export const learningResourceUpdatePermission = createPermission({
  name: 'learning.resource.update',
  attributes: { action: 'update' },
  resourceType: LEARNING_RESOURCE_TYPE,
});

/**
 * Mark a learning resource reviewed, provider-owned ones included (their
 * definition stays the provider's; the review is Backstage's).
 *
 * @public
 */
export const learningResourceReviewPermission = createPermission({
  name: 'learning.resource.review',
  attributes: { action: 'update' },
  resourceType: LEARNING_RESOURCE_TYPE,
});

/**
 * Delete a learning resource.
 *
 * @public
 */
export const learningResourceDeletePermission = createPermission({
  name: 'learning.resource.delete',
  attributes: { action: 'delete' },
  resourceType: LEARNING_RESOURCE_TYPE,
});

/**
 * Link a learning resource to a catalog entity, or unlink it.
 *
 * @public
 */
export const learningResourceLinkPermission = createPermission({
  name: 'learning.resource.link',
  attributes: { action: 'update' },
  resourceType: LEARNING_RESOURCE_TYPE,
});

/**
 * Link learning material to a catalog entity, or unlink it. Its resource
 * type is the catalog's, so a policy can use the catalog's own conditions
 * (for example `isEntityOwner`), evaluated by the catalog.
 *
 * @public
 */
export const learningEntityLinkPermission = createPermission({
  name: 'learning.entity.link',
  attributes: { action: 'update' },
  resourceType: 'catalog-entity',
});

/**
 * Enrol in a resource and track one's own progress.
 *
 * @public
 */
export const learningResourceEnrolPermission = createPermission({
  name: 'learning.resource.enrol',
  attributes: { action: 'update' },
  resourceType: LEARNING_RESOURCE_TYPE,
});

/**
 * Rate and comment on a resource.
 *
 * @public
 */
export const learningResourceRatePermission = createPermission({
  name: 'learning.resource.rate',
  attributes: { action: 'update' },
  resourceType: LEARNING_RESOURCE_TYPE,
});

/**
 * The permission resource type of embeds.
 *
 * @public
 */
export const LEARNING_EMBED_TYPE = 'learning-embed';

/**
 * See an embed. Conditional: the embed list filters by it.
 *
 * @public
 */
export const learningEmbedReadPermission = createPermission({
  name: 'learning.embed.read',
  attributes: { action: 'read' },
  resourceType: LEARNING_EMBED_TYPE,
});

/**
 * Post an embed. The backend also asks for `learningEmbedUpdatePermission`
 * on the embed to be created: nobody posts what they could not manage.
 *
 * @public
 */
export const learningEmbedCreatePermission = createPermission({
  name: 'learning.embed.create',
  attributes: { action: 'create' },
});

/**
 * Change, close or delete an embed.
 *
 * @public
 */
export const learningEmbedUpdatePermission = createPermission({
  name: 'learning.embed.update',
  attributes: { action: 'update' },
  resourceType: LEARNING_EMBED_TYPE,
});

/**
 * See the applications to an embed, and accept or decline them.
 *
 * @public
 */
export const learningEmbedDecidePermission = createPermission({
  name: 'learning.embed.decide',
  attributes: { action: 'update' },
  resourceType: LEARNING_EMBED_TYPE,
});

/**
 * Apply to an embed, and withdraw one's own application.
 *
 * @public
 */
export const learningEmbedApplyPermission = createPermission({
  name: 'learning.embed.apply',
  attributes: { action: 'update' },
  resourceType: LEARNING_EMBED_TYPE,
});

/**
 * See every learning YAML file the backend reads and what is wrong with
 * each, and have them read again now. An entity's owners (those who may
 * link material to it) may do so for the files their entity names without
 * this permission.
 *
 * @public
 */
export const learningSourceReadPermission = createPermission({
  name: 'learning.source.read',
  attributes: { action: 'read' },
});

/**
 * Start a cohort on a self-paced resource or a learning path. Conditional
 * on the material.
 *
 * @public
 */
export const learningCohortCreatePermission = createPermission({
  name: 'learning.cohort.create',
  attributes: { action: 'create' },
  resourceType: LEARNING_RESOURCE_TYPE,
});

/**
 * Ask, answer and reply in the discussion of a resource, a path step or a
 * cohort, and edit or delete one's own posts. Conditional on the material.
 *
 * @public
 */
export const learningDiscussionPostPermission = createPermission({
  name: 'learning.discussion.post',
  attributes: { action: 'create' },
  resourceType: LEARNING_RESOURCE_TYPE,
});

/**
 * Hide posts in the discussions of a resource (with a reason, kept for the
 * audit) and mark answers accepted, which puts them in its FAQ.
 *
 * @public
 */
export const learningDiscussionModeratePermission = createPermission({
  name: 'learning.discussion.moderate',
  attributes: { action: 'update' },
  resourceType: LEARNING_RESOURCE_TYPE,
});

/**
 * The permission resource type of cohorts: groups of learners who take
 * self-paced material on a shared schedule.
 *
 * @public
 */
export const LEARNING_COHORT_TYPE = 'learning-cohort';

/**
 * See a cohort (its members only by being one). Conditional: cohort lists
 * filter by it. The cohort's material must be readable too.
 *
 * @public
 */
export const learningCohortReadPermission = createPermission({
  name: 'learning.cohort.read',
  attributes: { action: 'read' },
  resourceType: LEARNING_COHORT_TYPE,
});

/**
 * Join a cohort, and leave it.
 *
 * @public
 */
export const learningCohortJoinPermission = createPermission({
  name: 'learning.cohort.join',
  attributes: { action: 'update' },
  resourceType: LEARNING_COHORT_TYPE,
});

/**
 * Change or cancel a cohort: its creator and its facilitator, by default.
 *
 * @public
 */
export const learningCohortManagePermission = createPermission({
  name: 'learning.cohort.manage',
  attributes: { action: 'update' },
  resourceType: LEARNING_COHORT_TYPE,
});

/**
 * The permission resource type of suggested links: links to an entity
 * made by someone who is not among its owners, waiting for them.
 *
 * @public
 */
export const LEARNING_LINK_SUGGESTION_TYPE = 'learning-link-suggestion';

/**
 * Accept or dismiss a suggested link. By default the entity's owners (as
 * the catalog says) may: the rule `IS_ENTITY_OWNER` is also an SQL
 * condition, so a list can hold only what the caller may review.
 *
 * @public
 */
export const learningLinkReviewPermission = createPermission({
  name: 'learning.link.review',
  attributes: { action: 'update' },
  resourceType: LEARNING_LINK_SUGGESTION_TYPE,
});

/**
 * Export and erase the learning records of any person (everyone may do so
 * with their own): admins, by default.
 *
 * @public
 */
export const learningRecordsManagePermission = createPermission({
  name: 'learning.records.manage',
  attributes: { action: 'delete' },
});

/**
 * Read the program's insights (coverage, health, demand): admins and the
 * groups of `learning.insights.viewers`, by default.
 *
 * @public
 */
export const learningInsightsReadPermission = createPermission({
  name: 'learning.insights.read',
  attributes: { action: 'read' },
});

/**
 * All permissions of the learning plugin.
 *
 * @public
 */
export const learningPermissions: Array<
  | BasicPermission
  | ResourcePermission<typeof LEARNING_RESOURCE_TYPE>
  | ResourcePermission<typeof LEARNING_EMBED_TYPE>
  | ResourcePermission<typeof LEARNING_COHORT_TYPE>
  | ResourcePermission<typeof LEARNING_LINK_SUGGESTION_TYPE>
  | ResourcePermission<'catalog-entity'>
> = [
  learningResourceReadPermission,
  learningResourceCreatePermission,
  learningResourceUpdatePermission,
  learningResourceReviewPermission,
  learningResourceDeletePermission,
  learningResourceLinkPermission,
  learningEntityLinkPermission,
  learningLinkReviewPermission,
  learningResourceEnrolPermission,
  learningResourceRatePermission,
  learningEmbedReadPermission,
  learningEmbedCreatePermission,
  learningEmbedUpdatePermission,
  learningEmbedDecidePermission,
  learningEmbedApplyPermission,
  learningSourceReadPermission,
  learningCohortCreatePermission,
  learningCohortReadPermission,
  learningCohortJoinPermission,
  learningCohortManagePermission,
  learningDiscussionPostPermission,
  learningDiscussionModeratePermission,
  learningRecordsManagePermission,
  learningInsightsReadPermission,
];
