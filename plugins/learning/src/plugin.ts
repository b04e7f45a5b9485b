import {
  createApiFactory,
  createComponentExtension,
  createPlugin,
  createRoutableExtension,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/core-plugin-api';
import {
  CardExtensionProps,
  createCardExtension,
} from '@backstage/plugin-home-react';
import {
  createSearchResultListItemExtension,
  SearchResultListItemExtensionProps,
} from '@backstage/plugin-search-react';
import {
  createTechDocsAddonExtension,
  TechDocsAddonLocations,
} from '@backstage/plugin-techdocs-react';
import {
  LEARNING_EMBED_SEARCH_TYPE,
  LEARNING_RESOURCE_SEARCH_TYPE,
} from '@tech-learning/backstage-plugin-learning-common';
import { LearningClient, learningApiRef } from './api';
import { LearningDocsAddon as LearningDocsAddonComponent } from './components/LearningDocsAddon';
import {
  cohortRouteRef,
  editEmbedRouteRef,
  editResourceRouteRef,
  embedRouteRef,
  newEmbedRouteRef,
  newResourceRouteRef,
  resourceRouteRef,
  rootRouteRef,
} from './routes';
import type { EntityLearningCardProps } from './components/EntityLearningCard';
import type { LearningSearchResultListItemProps } from './components/LearningSearchResultListItem';

/**
 * The learning plugin, for apps on the legacy frontend system.
 *
 * @public
 */
export const learningPlugin = createPlugin({
  id: 'learning',
  apis: [
    createApiFactory({
      api: learningApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        new LearningClient({ discoveryApi, fetchApi }),
    }),
  ],
  routes: {
    root: rootRouteRef,
    resource: resourceRouteRef,
    newResource: newResourceRouteRef,
    editResource: editResourceRouteRef,
    embed: embedRouteRef,
    newEmbed: newEmbedRouteRef,
    editEmbed: editEmbedRouteRef,
    cohort: cohortRouteRef,
  },
});

/**
 * The /learning page.
 *
 * @public
 */
export const LearningPage: () => JSX.Element = learningPlugin.provide(
  createRoutableExtension({
    name: 'LearningPage',
    component: () =>
      import('./components/LearningPage').then(m => m.LearningPage),
    mountPoint: rootRouteRef,
  }),
);

/**
 * The learning card of an entity's overview.
 *
 * @public
 */
export const EntityLearningCard: (
  props: EntityLearningCardProps,
) => JSX.Element | null = learningPlugin.provide(
  createComponentExtension({
    name: 'EntityLearningCard',
    component: {
      lazy: () =>
        import('./components/EntityLearningCard').then(
          m => m.EntityLearningCard,
        ),
    },
  }),
);

/**
 * The "Learning" tab of an entity.
 *
 * @public
 */
export const EntityLearningContent: () => JSX.Element = learningPlugin.provide(
  createComponentExtension({
    name: 'EntityLearningContent',
    component: {
      lazy: () =>
        import('./components/EntityLearningContent').then(
          m => m.EntityLearningContent,
        ),
    },
  }),
);

/**
 * The learning card of a User entity: what they teach and own, and, on
 * their own page, what they are learning.
 *
 * @public
 */
export const EntityUserLearningCard: () => JSX.Element = learningPlugin.provide(
  createComponentExtension({
    name: 'EntityUserLearningCard',
    component: {
      lazy: () =>
        import('./components/EntityPeopleCards').then(
          m => m.EntityUserLearningCard,
        ),
    },
  }),
);

/**
 * The learning card of a Group entity: the material the team owns, with
 * its learners.
 *
 * @public
 */
export const EntityGroupLearningCard: () => JSX.Element =
  learningPlugin.provide(
    createComponentExtension({
      name: 'EntityGroupLearningCard',
      component: {
        lazy: () =>
          import('./components/EntityPeopleCards').then(
            m => m.EntityGroupLearningCard,
          ),
      },
    }),
  );

/**
 * A TechDocs addon: beside an entity's docs, the material that teaches it
 * and its SMEs. Place it in the app's `<TechDocsAddons>`.
 *
 * @public
 */
export const LearningDocsAddon = learningPlugin.provide(
  createTechDocsAddonExtension({
    name: 'LearningDocsAddon',
    location: TechDocsAddonLocations.SecondarySidebar,
    component: LearningDocsAddonComponent,
  }),
);

/**
 * Learning resources and embeds among search results, for apps on the
 * legacy frontend system: place it in the search page's `SearchResult`
 * (and the search modal's `resultItemComponents`) beside the other result
 * items. It renders results of types `learning-resource` and
 * `learning-embed`.
 *
 * @public
 */
export const LearningSearchResultListItem: (
  props: SearchResultListItemExtensionProps<LearningSearchResultListItemProps>,
) => JSX.Element | null = learningPlugin.provide(
  createSearchResultListItemExtension({
    name: 'LearningSearchResultListItem',
    component: () =>
      import('./components/LearningSearchResultListItem').then(
        m => m.LearningSearchResultListItem,
      ),
    predicate: result =>
      result.type === LEARNING_RESOURCE_SEARCH_TYPE ||
      result.type === LEARNING_EMBED_SEARCH_TYPE,
  }),
);

/**
 * "Learning for you": the signed-in user's best suggestions with why, as
 * a card of the home page (`@backstage/plugin-home`) for apps on the legacy
 * frontend system; place it in the home page's grid.
 *
 * @public
 */
export const HomePageLearningCard: (
  props: CardExtensionProps<{ limit?: number }>,
) => JSX.Element = learningPlugin.provide(
  createCardExtension<{ limit?: number }>({
    name: 'HomePageLearningCard',
    title: 'Learning for you',
    description: 'Courses, toolkits and paths for you, each with why',
    components: () =>
      import('./components/HomePageLearningCard').then(m => ({
        Content: m.LearningForYouContent,
      })),
  }),
);
