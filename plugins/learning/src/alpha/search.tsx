import {
  SearchFilterBlueprint,
  SearchFilterResultTypeBlueprint,
  SearchResultListItemBlueprint,
} from '@backstage/plugin-search-react/alpha';
import {
  LEARNING_EMBED_SEARCH_TYPE,
  LEARNING_RESOURCE_SEARCH_TYPE,
} from '@tech-learning/backstage-plugin-learning-common';
import GroupWorkIcon from '@material-ui/icons/GroupWork';
import SchoolIcon from '@material-ui/icons/School';
import { LearningSearchFilters } from '../components/LearningSearchResultListItem';

/**
 * Learning resources and embeds among the results of the search page and
 * modal.
 *
 * @alpha
 */
export const learningSearchResultListItem = SearchResultListItemBlueprint.make({
  params: {
    predicate: result =>
      result.type === LEARNING_RESOURCE_SEARCH_TYPE ||
      result.type === LEARNING_EMBED_SEARCH_TYPE,
    component: () =>
      import('../components/LearningSearchResultListItem').then(
        m => m.LearningSearchResultListItem,
      ),
  },
});

/**
 * The "Learning" result type of the search page.
 *
 * @alpha
 */
export const learningSearchResultType = SearchFilterResultTypeBlueprint.make({
  name: 'learning',
  params: {
    value: LEARNING_RESOURCE_SEARCH_TYPE,
    name: 'Learning',
    icon: <SchoolIcon />,
  },
});

/**
 * The "Embeds" result type of the search page.
 *
 * @alpha
 */
export const learningEmbedSearchResultType =
  SearchFilterResultTypeBlueprint.make({
    name: 'learning-embeds',
    params: {
      value: LEARNING_EMBED_SEARCH_TYPE,
      name: 'Embeds',
      icon: <GroupWorkIcon />,
    },
  });

/**
 * Kind, format and level filters of learning results on the search page.
 *
 * @alpha
 */
export const learningSearchFilters = SearchFilterBlueprint.make({
  name: 'learning',
  params: { component: LearningSearchFilters },
});
