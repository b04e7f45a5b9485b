export { createLearningActions } from './createLearningActions';
