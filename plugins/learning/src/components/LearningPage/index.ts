export { LearningPage } from './LearningPage';
