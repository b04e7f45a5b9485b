export { createCohorts } from './createCohorts';
export type { CohortPermissionQuery, CohortRecord } from './CohortStore';
export type { CohortService } from './CohortService';
export {
  learningCohortPermissionResourceRef,
  learningCohortPermissionRules,
  learningCohortConditions,
  createLearningCohortConditionalDecision,
} from './rules';
