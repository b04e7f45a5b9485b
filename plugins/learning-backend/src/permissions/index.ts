export { LearningPermissionPolicy } from './LearningPermissionPolicy';
