export { learningApiRef } from './LearningApi';
export type {
  LearningApi,
  ListLearningResourcesRequest,
  PageRequest,
} from './LearningApi';
export { LearningClient } from './LearningClient';
