export { createSources } from './createSources';
export { LearningSourceSync } from './LearningSourceSync';
