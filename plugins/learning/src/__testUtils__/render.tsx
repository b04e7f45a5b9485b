import { Entity } from '@backstage/catalog-model';
import { catalogApiRef, entityRouteRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import {
  mockApis,
  renderInTestApp,
  TestApiProvider,
} from '@backstage/test-utils';
import { ReactElement } from 'react';
import { SWRConfig } from 'swr';
import { LearningApi, learningApiRef } from '../api';
import { rootRouteRef } from '../routes';
import { catalogEntities } from './fixtures';

type RenderOptions = {
  learningApi: Partial<LearningApi>;
  /** What the permission framework answers to every check; ALLOW unless told. */
  authorize?: AuthorizeResult.ALLOW | AuthorizeResult.DENY;
  /** What the catalog holds; the fixtures' users, group and component unless told. */
  entities?: Entity[];
  /** Further APIs (identity, say) as TestApiProvider pairs. */
  apis?: ReadonlyArray<readonly [unknown, unknown]>;
  routeEntries?: string[];
};

/**
 * Renders a piece of the plugin in a test app with the learning API, the
 * permission API and the routes it links to. `usePermission` keeps its
 * answers in SWR's cache, which is global: each render gets a cache of its
 * own so that one test's ALLOW is not another's.
 */
export function renderLearning(element: ReactElement, options: RenderOptions) {
  const apis = [
    [learningApiRef, options.learningApi],
    [
      permissionApiRef,
      mockApis.permission({
        authorize: options.authorize ?? AuthorizeResult.ALLOW,
      }),
    ],
    [
      catalogApiRef,
      catalogApiMock({ entities: options.entities ?? catalogEntities }),
    ],
    ...(options.apis ?? []),
  ] as any;
  return renderInTestApp(
    <SWRConfig value={{ provider: () => new Map() }}>
      <TestApiProvider apis={apis}>{element}</TestApiProvider>
    </SWRConfig>,
    {
      routeEntries: options.routeEntries,
      mountedRoutes: {
        '/learning': rootRouteRef,
        '/catalog/:namespace/:kind/:name': entityRouteRef,
      },
    },
  );
}
