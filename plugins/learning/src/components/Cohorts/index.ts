export { CohortPage } from './CohortPage';
export { CohortsCard } from './CohortsCard';
