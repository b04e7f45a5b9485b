import {
  createConditionExports,
  createPermissionResourceRef,
  createPermissionRule,
} from '@backstage/plugin-permission-node';
import { LEARNING_COHORT_TYPE } from '@tech-learning/backstage-plugin-learning-common';
import { claimsSchema, normalise } from '../shared/ruleParams';
import { CohortPermissionQuery, CohortRecord } from './CohortStore';

/**
 * The permission resource of cohorts.
 *
 * @public
 */
export const learningCohortPermissionResourceRef = createPermissionResourceRef<
  CohortRecord,
  CohortPermissionQuery
>().with({
  pluginId: 'learning',
  resourceType: LEARNING_COHORT_TYPE,
});

const isCreator = createPermissionRule({
  name: 'IS_CREATOR',
  description: 'Allow cohorts started by one of the given users',
  resourceRef: learningCohortPermissionResourceRef,
  paramsSchema: claimsSchema,
  apply: (cohort, { claims }) => normalise(claims).includes(cohort.createdBy),
  toQuery: ({ claims }) => ({ property: 'creator', values: normalise(claims) }),
});

const isFacilitator = createPermissionRule({
  name: 'IS_FACILITATOR',
  description: 'Allow cohorts facilitated by one of the given users',
  resourceRef: learningCohortPermissionResourceRef,
  paramsSchema: claimsSchema,
  apply: (cohort, { claims }) =>
    cohort.facilitator !== undefined &&
    normalise(claims).includes(cohort.facilitator),
  toQuery: ({ claims }) => ({
    property: 'facilitator',
    values: normalise(claims),
  }),
});

/**
 * The permission rules of cohorts.
 *
 * @public
 */
export const learningCohortPermissionRules = { isCreator, isFacilitator };

const cohortExports = createConditionExports({
  resourceRef: learningCohortPermissionResourceRef,
  rules: learningCohortPermissionRules,
});

/**
 * Conditions for policies: `learningCohortConditions.isCreator({ claims })`.
 *
 * @public
 */
export const learningCohortConditions = cohortExports.conditions;

/**
 * Wraps conditions into a conditional decision for a cohort permission.
 *
 * @public
 */
export const createLearningCohortConditionalDecision =
  cohortExports.createConditionalDecision;
