export { learningApiRef } from './LearningApi';
export type { LearningApi, ListLearningResourcesRequest } from './LearningApi';
export { LearningClient } from './LearningClient';
