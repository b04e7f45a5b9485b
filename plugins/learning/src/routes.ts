import { createRouteRef, createSubRouteRef } from '@backstage/core-plugin-api';

export const rootRouteRef = createRouteRef({ id: 'learning' });

/** The page of one learning resource, under the /learning page. */
export const resourceRouteRef = createSubRouteRef({
  id: 'learning/resource',
  parent: rootRouteRef,
  path: '/resources/:id',
});
