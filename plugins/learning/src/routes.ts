import { createRouteRef, createSubRouteRef } from '@backstage/core-plugin-api';

export const rootRouteRef = createRouteRef({ id: 'learning' });

/** The page of one learning resource, under the /learning page. */
export const resourceRouteRef = createSubRouteRef({
  id: 'learning/resource',
  parent: rootRouteRef,
  path: '/resources/:id',
});

/** The form that creates a resource; `?entity=<ref>` presets a link. */
export const newResourceRouteRef = createSubRouteRef({
  id: 'learning/new-resource',
  parent: rootRouteRef,
  path: '/new',
});

/** The form that edits a resource. */
export const editResourceRouteRef = createSubRouteRef({
  id: 'learning/edit-resource',
  parent: rootRouteRef,
  path: '/resources/:id/edit',
});

/** The page of one embed, under the /learning page. */
export const embedRouteRef = createSubRouteRef({
  id: 'learning/embed',
  parent: rootRouteRef,
  path: '/embeds/:id',
});

/** The form that posts an embed; `?entity=<ref>` presets a link. */
export const newEmbedRouteRef = createSubRouteRef({
  id: 'learning/new-embed',
  parent: rootRouteRef,
  path: '/embeds/new',
});

/** The form that changes an embed, for its hosts. */
export const editEmbedRouteRef = createSubRouteRef({
  id: 'learning/edit-embed',
  parent: rootRouteRef,
  path: '/embeds/:id/edit',
});

/** The page of one cohort, under the /learning page. */
export const cohortRouteRef = createSubRouteRef({
  id: 'learning/cohort',
  parent: rootRouteRef,
  path: '/cohorts/:id',
});
