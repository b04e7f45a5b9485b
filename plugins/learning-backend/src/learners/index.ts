export { createLearners } from './createLearners';
export { DatabaseLearnerStore } from './DatabaseLearnerStore';
export type { LearnerCounts, LearnerStore } from './LearnerStore';
export { validateLearnerRecords } from './validateLearnerRecords';
