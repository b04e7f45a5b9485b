export { LearningDocsAddon } from './LearningDocsAddon';
