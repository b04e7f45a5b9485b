export {
  LearningSearchResultListItem,
  type LearningSearchResultListItemProps,
} from './LearningSearchResultListItem';
export { LearningSearchFilters } from './LearningSearchFilters';
