import { convertLegacyRouteRef } from '@backstage/core-compat-api';
import { createFrontendPlugin } from '@backstage/frontend-plugin-api';
import {
  cohortRouteRef,
  editEmbedRouteRef,
  editResourceRouteRef,
  embedRouteRef,
  newEmbedRouteRef,
  newResourceRouteRef,
  resourceRouteRef,
  rootRouteRef,
} from '../routes';
import { learningApi } from './apis';
import {
  entityGroupLearningCard,
  entityLearningCard,
  entityUserLearningCard,
} from './entityCards';
import { entityLearningContent } from './entityContents';
import { learningForYouHomePageWidget } from './homePageWidgets';
import { learningPage } from './pages';
import {
  learningEmbedSearchResultType,
  learningSearchFilters,
  learningSearchResultListItem,
  learningSearchResultType,
} from './search';

/**
 * The learning plugin, for apps on the new frontend system.
 *
 * @alpha
 */
export const learningPlugin = createFrontendPlugin({
  pluginId: 'learning',
  info: { packageJson: () => import('../../package.json') },
  routes: {
    root: convertLegacyRouteRef(rootRouteRef),
    resource: convertLegacyRouteRef(resourceRouteRef),
    newResource: convertLegacyRouteRef(newResourceRouteRef),
    editResource: convertLegacyRouteRef(editResourceRouteRef),
    embed: convertLegacyRouteRef(embedRouteRef),
    newEmbed: convertLegacyRouteRef(newEmbedRouteRef),
    editEmbed: convertLegacyRouteRef(editEmbedRouteRef),
    cohort: convertLegacyRouteRef(cohortRouteRef),
  },
  extensions: [
    learningApi,
    learningPage,
    entityLearningCard,
    entityUserLearningCard,
    entityGroupLearningCard,
    entityLearningContent,
    learningSearchResultListItem,
    learningSearchResultType,
    learningEmbedSearchResultType,
    learningSearchFilters,
    learningForYouHomePageWidget,
  ],
});
