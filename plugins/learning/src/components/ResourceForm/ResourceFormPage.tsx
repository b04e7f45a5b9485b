import { LinkButton, Progress } from '@backstage/core-components';
import {
  identityApiRef,
  useApi,
  useRouteRef,
  useRouteRefParams,
} from '@backstage/core-plugin-api';
import { usePermission } from '@backstage/plugin-permission-react';
import {
  learningResourceCreatePermission,
  learningResourceUpdatePermission,
} from '@tech-learning/backstage-plugin-learning-common';
import { useNavigate, useSearchParams } from 'react-router-dom';
import useAsync from 'react-use/esm/useAsync';
import { learningApiRef } from '../../api';
import {
  editResourceRouteRef,
  resourceRouteRef,
  rootRouteRef,
} from '../../routes';
import { FormPage, presetLink, Refused } from '../forms/FormPage';
import { ResourceForm } from './ResourceForm';
import { LoadFailure } from '../format/LoadFailure';

/** `/learning/new`: creates a resource, owned by the user unless they choose. */
export function NewResourcePage() {
  const learningRoute = useRouteRef(rootRouteRef);
  const resourceRoute = useRouteRef(resourceRouteRef);
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const identityApi = useApi(identityApiRef);
  const create = usePermission({
    permission: learningResourceCreatePermission,
  });
  const identity = useAsync(
    () => identityApi.getBackstageIdentity(),
    [identityApi],
  );

  const body = () => {
    if (create.loading || identity.loading) {
      return <Progress />;
    }
    if (!create.allowed) {
      return (
        <Refused>
          You may not create learning material. Sign in as a catalog user, or
          ask your Backstage administrators.
        </Refused>
      );
    }
    const userRef = identity.value?.userEntityRef;
    return (
      <ResourceForm
        defaultOwner={userRef?.startsWith('user:') ? userRef : undefined}
        defaultLink={presetLink(params)}
        onSaved={saved => navigate(resourceRoute({ id: saved.id }))}
        onCancel={() => navigate(-1)}
      />
    );
  };
  return (
    <FormPage title="New learning material">
      {body()}
      {!create.loading && !create.allowed && (
        <LinkButton to={learningRoute()} style={{ marginTop: 16 }}>
          Back to learning
        </LinkButton>
      )}
    </FormPage>
  );
}

/** `/learning/resources/:id/edit`: for the resource's owners and SMEs. */
export function EditResourcePage() {
  const { id } = useRouteRefParams(editResourceRouteRef);
  const resourceRoute = useRouteRef(resourceRouteRef);
  const navigate = useNavigate();
  const learningApi = useApi(learningApiRef);
  const update = usePermission({
    permission: learningResourceUpdatePermission,
    resourceRef: id,
  });
  const state = useAsync(async () => {
    const resource = await learningApi.getResource(id);
    // the titles of a path's steps, for the form to show
    const steps = await Promise.all(
      resource.steps.map(step =>
        learningApi.getResource(step).catch(() => undefined),
      ),
    );
    const stepTitles = new Map(
      steps.flatMap(s => (s ? [[s.id, s] as const] : [])),
    );
    return { resource, stepTitles };
  }, [learningApi, id]);

  const body = () => {
    if (state.loading || update.loading) {
      return <Progress />;
    }
    if (state.error) {
      return (
        <LoadFailure
          error={state.error}
          title="No such learning material"
          description="It may have been deleted, or you may not see it."
        />
      );
    }
    const { resource, stepTitles } = state.value!;
    if (resource.source.type === 'provider') {
      return (
        <Refused>
          This material is defined at its source and is read-only here.
          {resource.source.location && (
            <>
              {' '}
              Edit it at <a href={resource.source.location}>its source</a>.
            </>
          )}
        </Refused>
      );
    }
    if (!update.allowed) {
      return (
        <Refused>
          Only the owners and subject-matter experts of this material may edit
          it.
        </Refused>
      );
    }
    return (
      <ResourceForm
        resource={resource}
        stepTitles={stepTitles}
        onSaved={saved => navigate(resourceRoute({ id: saved.id }))}
        onCancel={() => navigate(resourceRoute({ id }))}
      />
    );
  };
  return (
    <FormPage
      title={state.value ? `Edit ${state.value.resource.title}` : 'Edit'}
    >
      {body()}
    </FormPage>
  );
}
