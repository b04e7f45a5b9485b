import {
  createConditionExports,
  createPermissionResourceRef,
  createPermissionRule,
} from '@backstage/plugin-permission-node';
import {
  LEARNING_RESOURCE_TYPE,
  LearningResource,
} from '@tech-learning/backstage-plugin-learning-common';
import { z } from 'zod';
import { claimsSchema, normalise } from '../shared/ruleParams';
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
