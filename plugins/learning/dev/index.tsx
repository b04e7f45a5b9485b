/*
 * The plugin alone, against the demo backend: start it first
 * (`yarn --cwd packages/backend start` at the repository root, or
 * `./scripts/start.sh`), then `yarn start` in plugins/learning and sign in
 * as the guest. Material, entities, people and permissions are the demo's
 * own, so the dev app shows what the backend really answers; it
 * re-implements none of its rules.
 */
import { CatalogClient } from '@backstage/catalog-client';
import {
  Content,
  Header,
  Page,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import {
  configApiRef,
  createApiFactory,
  createPlugin,
  createRoutableExtension,
  discoveryApiRef,
  fetchApiRef,
  identityApiRef,
  useApi,
} from '@backstage/core-plugin-api';
import { createDevApp } from '@backstage/dev-utils';
import {
  catalogApiRef,
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import {
  IdentityPermissionApi,
  permissionApiRef,
} from '@backstage/plugin-permission-react';
import Grid from '@material-ui/core/Grid';
import { ReactNode } from 'react';
import useAsync from 'react-use/esm/useAsync';
import {
  EntityGroupLearningCard,
  EntityLearningCard,
  EntityLearningContent,
  EntityUserLearningCard,
  LearningPage,
  learningPlugin,
} from '../src/plugin';

/** An entity of the demo catalog, for the cards inside. */
function DemoEntity(props: { entityRef: string; children: ReactNode }) {
  const catalogApi = useApi(catalogApiRef);
  const { value, loading, error } = useAsync(
    () => catalogApi.getEntityByRef(props.entityRef),
    [catalogApi, props.entityRef],
  );
  if (loading) return <Progress />;
  if (error) return <ResponseErrorPanel error={error} />;
  if (!value) {
    return (
      <ResponseErrorPanel
        error={new Error(`${props.entityRef} is not in the catalog`)}
      />
    );
  }
  return <EntityProvider entity={value}>{props.children}</EntityProvider>;
}

/** Where links to entities lead: the demo app has the catalog's pages. */
const CatalogEntityStandIn = createPlugin({ id: 'dev-catalog' }).provide(
  createRoutableExtension({
    name: 'CatalogEntityStandIn',
    mountPoint: entityRouteRef,
    component: async () => () =>
      (
        <Page themeId="tool">
          <Header title="A catalog entity page" />
          <Content>
            The dev app has no catalog pages; the demo app does.
          </Content>
        </Page>
      ),
  }),
);

createDevApp()
  .registerPlugin(learningPlugin)
  .registerApi(
    createApiFactory({
      api: catalogApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: deps => new CatalogClient(deps),
    }),
  )
  .registerApi(
    createApiFactory({
      api: permissionApiRef,
      deps: {
        discovery: discoveryApiRef,
        identity: identityApiRef,
        config: configApiRef,
      },
      factory: deps => IdentityPermissionApi.create(deps),
    }),
  )
  .addPage({
    path: '/learning',
    title: 'Learning',
    element: <LearningPage />,
  })
  .addPage({
    path: '/entity',
    title: 'Entity',
    element: (
      <Page themeId="service">
        <Header title="payments-api" />
        <Content>
          <DemoEntity entityRef="component:default/payments-api">
            <Grid container spacing={3}>
              <Grid item xs={12} md={6}>
                <EntityLearningCard showWhenEmpty />
              </Grid>
              <Grid item xs={12}>
                <EntityLearningContent />
              </Grid>
            </Grid>
          </DemoEntity>
        </Content>
      </Page>
    ),
  })
  .addPage({
    path: '/people',
    title: 'People',
    element: (
      <Page themeId="home">
        <Header title="People" />
        <Content>
          <Grid container spacing={3}>
            <Grid item xs={12} md={6}>
              <DemoEntity entityRef="user:default/alice-chen">
                <EntityUserLearningCard />
              </DemoEntity>
            </Grid>
            <Grid item xs={12} md={6}>
              <DemoEntity entityRef="group:default/payments-team">
                <EntityGroupLearningCard />
              </DemoEntity>
            </Grid>
          </Grid>
        </Content>
      </Page>
    ),
  })
  .addPage({
    path: '/catalog/:namespace/:kind/:name',
    element: <CatalogEntityStandIn />,
  })
  .render();
