import {
  createConditionExports,
  createPermissionResourceRef,
  createPermissionRule,
} from '@backstage/plugin-permission-node';
import { LEARNING_LINK_SUGGESTION_TYPE } from '@tech-learning/backstage-plugin-learning-common';
import { claimsSchema, normalise } from '../shared/ruleParams';
import {
  SuggestedLinkPermissionQuery,
  SuggestedLinkRecord,
} from './SuggestedLinkStore';

/**
 * The permission resource of suggested links.
 *
 * @public
 */
export const learningLinkSuggestionPermissionResourceRef =
  createPermissionResourceRef<
    SuggestedLinkRecord,
    SuggestedLinkPermissionQuery
  >().with({
    pluginId: 'learning',
    resourceType: LEARNING_LINK_SUGGESTION_TYPE,
  });

const isEntityOwner = createPermissionRule({
  name: 'IS_ENTITY_OWNER',
  description:
    'Allow suggested links to entities owned by one of the given users or groups',
  resourceRef: learningLinkSuggestionPermissionResourceRef,
  paramsSchema: claimsSchema,
  apply: (suggestion, { claims }) =>
    suggestion.entityOwner !== undefined &&
    normalise(claims).includes(suggestion.entityOwner),
  toQuery: ({ claims }) => ({
    property: 'entityOwner',
    values: normalise(claims),
  }),
});

/**
 * The permission rules of suggested links.
 *
 * @public
 */
export const learningLinkSuggestionPermissionRules = { isEntityOwner };

const suggestionExports = createConditionExports({
  resourceRef: learningLinkSuggestionPermissionResourceRef,
  rules: learningLinkSuggestionPermissionRules,
});

/**
 * Conditions for policies:
 * `learningLinkSuggestionConditions.isEntityOwner({ claims })`.
 *
 * @public
 */
export const learningLinkSuggestionConditions = suggestionExports.conditions;

/**
 * Wraps conditions into a conditional decision for a suggested-link
 * permission.
 *
 * @public
 */
export const createLearningLinkSuggestionConditionalDecision =
  suggestionExports.createConditionalDecision;
