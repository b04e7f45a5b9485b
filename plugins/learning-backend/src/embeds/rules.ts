import {
  createConditionExports,
  createPermissionResourceRef,
  createPermissionRule,
} from '@backstage/plugin-permission-node';
import {
  LEARNING_EMBED_TYPE,
  LearningEmbed,
} from '@tech-learning/backstage-plugin-learning-common';
import { z } from 'zod';
import { claimsSchema, normalise } from '../shared/ruleParams';
import { EmbedPermissionQuery } from './EmbedStore';

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
