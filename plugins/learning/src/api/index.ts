export { learningApiRef } from './LearningApi';
export type {
  LearningApi,
  ListEmbedsRequest,
  ListLearningResourcesRequest,
  PageRequest,
} from './LearningApi';
export { LearningClient } from './LearningClient';
