export { CohortPage } from './CohortPage';
export { CohortsCard } from './CohortsCard';
export { downloadCalendar } from './downloadCalendar';
