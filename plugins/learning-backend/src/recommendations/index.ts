export { createRecommendations } from './createRecommendations';
