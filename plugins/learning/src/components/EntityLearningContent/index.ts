export { EntityLearningContent } from './EntityLearningContent';
