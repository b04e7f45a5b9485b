export { LearningForYouContent } from './LearningForYouContent';
