export { learningPlugin as default } from './plugin';
export { learningApi } from './apis';
export { learningPage } from './pages';
export { entityLearningCard } from './entityCards';
export { entityLearningContent } from './entityContents';
export { learningEntityFilter } from './entityPredicates';
export { learningDocsAddon, learningTechDocsModule } from './techdocsAddons';
export {
  learningEmbedSearchResultType,
  learningSearchFilters,
  learningSearchResultListItem,
  learningSearchResultType,
} from './search';
export { learningForYouHomePageWidget } from './homePageWidgets';
