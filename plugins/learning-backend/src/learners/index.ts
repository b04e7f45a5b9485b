export { createLearners } from './createLearners';
export type { LearnerCounts, LearnerStore } from './LearnerStore';
export { validateLearnerRecords } from './validateLearnerRecords';
export { lockResources, recount } from './DatabaseLearnerStore';
export { toEnrolment, toFeedback } from './learnerRows';
export type { EnrolmentRow, FeedbackRow } from './learnerRows';
export type { StatementStore } from './StatementStore';
