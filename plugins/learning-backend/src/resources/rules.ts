import {
  createConditionExports,
  createPermissionResourceRef,
  createPermissionRule,
} from '@backstage/plugin-permission-node';
import {
  LEARNING_EMBED_TYPE,
  LEARNING_RESOURCE_TYPE,
  LearningEmbed,
  LearningResource,
} from '@tech-learning/backstage-plugin-learning-common';
import { z } from 'zod';
import { EmbedPermissionQuery } from '../embeds/EmbedStore';
import { ResourcePermissionQuery } from './ResourceStore';

/**
 * The permission resource of learning resources: rules get the resource
 * itself, or turn into a store query.
 *
 * @public
 */
export const learningResourcePermissionResourceRef =
  createPermissionResourceRef<LearningResource, ResourcePermissionQuery>().with(
    {
      pluginId: 'learning',
      resourceType: LEARNING_RESOURCE_TYPE,
    },
  );

const claimsSchema = z.object({
  claims: z
    .array(z.string())
    .describe(
      'Entity refs to match, usually the ownership refs of the user (userInfo.ownershipEntityRefs)',
    ),
});

const normalise = (refs: string[]) =>
  refs.map(ref => ref.toLocaleLowerCase('en-US'));

const isOwner = createPermissionRule({
  name: 'IS_OWNER',
  description: 'Allow resources owned by one of the given users or groups',
  resourceRef: learningResourcePermissionResourceRef,
  paramsSchema: claimsSchema,
  apply: (resource, { claims }) => normalise(claims).includes(resource.owner),
  toQuery: ({ claims }) => ({ property: 'owner', values: normalise(claims) }),
});

const isSme = createPermissionRule({
  name: 'IS_SME',
  description: 'Allow resources that one of the given users is an SME of',
  resourceRef: learningResourcePermissionResourceRef,
  paramsSchema: claimsSchema,
  apply: (resource, { claims }) => {
    const refs = normalise(claims);
    return resource.smes.some(sme => refs.includes(sme));
  },
  toQuery: ({ claims }) => ({ property: 'sme', values: normalise(claims) }),
});

const hasSource = createPermissionRule({
  name: 'HAS_SOURCE',
  description:
    'Allow resources authored through the API (api) or owned by a provider (provider)',
  resourceRef: learningResourcePermissionResourceRef,
  paramsSchema: z.object({
    type: z.enum(['api', 'provider']).describe('Where the resource came from'),
  }),
  apply: (resource, { type }) => resource.source.type === type,
  toQuery: ({ type }) => ({ property: 'source', value: type }),
});

/**
 * The permission rules of learning resources.
 *
 * @public
 */
export const learningResourcePermissionRules = { isOwner, isSme, hasSource };

const exports = createConditionExports({
  resourceRef: learningResourcePermissionResourceRef,
  rules: learningResourcePermissionRules,
});

/**
 * Conditions for policies: `learningResourceConditions.isOwner({ claims })`.
 *
 * @public
 */
export const learningResourceConditions = exports.conditions;

/**
 * Wraps conditions into a conditional decision for a learning-resource
 * permission.
 *
 * @public
 */
export const createLearningResourceConditionalDecision =
  exports.createConditionalDecision;

/**
 * The permission resource of embeds.
 *
 * @public
 */
export const learningEmbedPermissionResourceRef = createPermissionResourceRef<
  LearningEmbed,
  EmbedPermissionQuery
>().with({
  pluginId: 'learning',
  resourceType: LEARNING_EMBED_TYPE,
});

const isHost = createPermissionRule({
  name: 'IS_HOST',
  description: 'Allow embeds hosted by one of the given groups',
  resourceRef: learningEmbedPermissionResourceRef,
  paramsSchema: claimsSchema,
  apply: (embed, { claims }) => normalise(claims).includes(embed.host),
  toQuery: ({ claims }) => ({ property: 'host', values: normalise(claims) }),
});

const hasStatus = createPermissionRule({
  name: 'HAS_STATUS',
  description: 'Allow embeds with one of the given statuses',
  resourceRef: learningEmbedPermissionResourceRef,
  paramsSchema: z.object({
    statuses: z
      .array(z.enum(['open', 'filled', 'closed']))
      .describe('open, filled or closed'),
  }),
  apply: (embed, { statuses }) => statuses.includes(embed.status),
  toQuery: ({ statuses }) => ({ property: 'status', values: statuses }),
});

/**
 * The permission rules of embeds.
 *
 * @public
 */
export const learningEmbedPermissionRules = { isHost, hasStatus };

const embedExports = createConditionExports({
  resourceRef: learningEmbedPermissionResourceRef,
  rules: learningEmbedPermissionRules,
});

/**
 * Conditions for policies: `learningEmbedConditions.isHost({ claims })`.
 *
 * @public
 */
export const learningEmbedConditions = embedExports.conditions;

/**
 * Wraps conditions into a conditional decision for an embed permission.
 *
 * @public
 */
export const createLearningEmbedConditionalDecision =
  embedExports.createConditionalDecision;
