export { createRecommendations } from './createRecommendations';
export { ModelBuilder } from './ModelBuilder';
