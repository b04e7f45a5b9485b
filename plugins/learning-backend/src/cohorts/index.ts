export { createCohorts } from './createCohorts';
export type { CohortRecord, CohortStore } from './CohortStore';
export type { CohortService } from './CohortService';
export {
  learningCohortPermissionResourceRef,
  learningCohortPermissionRules,
  learningCohortConditions,
  createLearningCohortConditionalDecision,
} from './rules';
