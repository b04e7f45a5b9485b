export { createLearners } from './createLearners';
export type { LearnerCounts, LearnerStore } from './LearnerStore';
export { validateLearnerRecords } from './validateLearnerRecords';
