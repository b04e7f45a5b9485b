export { learningApiRef } from './LearningApi';
export type {
  InsightsCoverageRequest,
  LearningApi,
  LearningDiscussionPlace,
  LearningLinkResult,
  LearningRequestOptions,
  ListEmbedsRequest,
  ListLearningResourcesRequest,
  MyLearningRequest,
  PageRequest,
  ReviewQueueRequest,
} from './LearningApi';
export { LearningClient } from './LearningClient';
