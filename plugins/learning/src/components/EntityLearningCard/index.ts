export { EntityLearningCard } from './EntityLearningCard';
export type { EntityLearningCardProps } from './EntityLearningCard';
