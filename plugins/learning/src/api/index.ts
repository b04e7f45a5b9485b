export { learningApiRef } from './LearningApi';
export type {
  LearningApi,
  LearningDiscussionPlace,
  LearningRequestOptions,
  ListEmbedsRequest,
  ListLearningResourcesRequest,
  MyLearningRequest,
  PageRequest,
  ReviewQueueRequest,
} from './LearningApi';
export { LearningClient } from './LearningClient';
