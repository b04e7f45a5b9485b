export { learningApiRef } from './LearningApi';
export type {
  LearningApi,
  LearningRequestOptions,
  ListEmbedsRequest,
  ListLearningResourcesRequest,
  MyLearningRequest,
  PageRequest,
  ReviewQueueRequest,
} from './LearningApi';
export { LearningClient } from './LearningClient';
