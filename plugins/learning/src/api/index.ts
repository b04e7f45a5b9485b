export { learningApiRef } from './LearningApi';
export type {
  LearningApi,
  ListEmbedsRequest,
  ListLearningResourcesRequest,
  PageRequest,
  ReviewQueueRequest,
} from './LearningApi';
export { LearningClient } from './LearningClient';
