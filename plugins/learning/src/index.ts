/**
 * Tech Learning for Backstage: the courses, SMEs and docs that teach each
 * catalog entity.
 *
 * @packageDocumentation
 */

export {
  learningPlugin,
  LearningPage,
  EntityLearningCard,
  EntityLearningContent,
  EntityUserLearningCard,
  EntityGroupLearningCard,
  LearningDocsAddon,
  LearningSearchResultListItem,
  HomePageLearningCard,
} from './plugin';
export { learningApiRef, LearningClient } from './api';
export type {
  InsightsCoverageRequest,
  LearningApi,
  LearningRequestOptions,
  ListEmbedsRequest,
  ListLearningResourcesRequest,
  MyLearningRequest,
  LearningDiscussionPlace,
  LearningLinkResult,
  PageRequest,
  ReviewQueueRequest,
} from './api';
export type { EntityLearningCardProps } from './components/EntityLearningCard';
export { isLearningAvailable } from './components/EntityLearningCard/isLearningAvailable';
export {
  LearningSearchFilters,
  type LearningSearchResultListItemProps,
} from './components/LearningSearchResultListItem';
