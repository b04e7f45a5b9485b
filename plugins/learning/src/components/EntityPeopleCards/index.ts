export { EntityUserLearningCard } from './EntityUserLearningCard';
export { EntityGroupLearningCard } from './EntityGroupLearningCard';
