import { LinkButton, Progress } from '@backstage/core-components';
import {
  identityApiRef,
  useApi,
  useRouteRef,
  useRouteRefParams,
} from '@backstage/core-plugin-api';
import { usePermission } from '@backstage/plugin-permission-react';
import {
  learningEmbedCreatePermission,
  learningEmbedUpdatePermission,
} from '@tech-learning/backstage-plugin-learning-common';
import { useNavigate, useSearchParams } from 'react-router-dom';
import useAsync from 'react-use/esm/useAsync';
import { learningApiRef } from '../../api';
import { editEmbedRouteRef, embedRouteRef, rootRouteRef } from '../../routes';
import { FormPage, presetLink, Refused } from '../forms/FormPage';
import { EmbedForm } from './EmbedForm';
import { LoadFailure } from '../format/LoadFailure';

/**
 * `/learning/embeds/new`: posts an embed, hosted by a team of the user
 * unless they choose another.
 */
export function NewEmbedPage() {
  const learningRoute = useRouteRef(rootRouteRef);
  const embedRoute = useRouteRef(embedRouteRef);
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const identityApi = useApi(identityApiRef);
  const create = usePermission({ permission: learningEmbedCreatePermission });
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
        <>
          <Refused>
            You may not post embeds. Sign in as a member of the team that hosts
            one, or ask your Backstage administrators.
          </Refused>
          <LinkButton to={learningRoute()} style={{ marginTop: 16 }}>
            Back to learning
          </LinkButton>
        </>
      );
    }
    const team = identity.value?.ownershipEntityRefs.find(ref =>
      ref.startsWith('group:'),
    );
    return (
      <EmbedForm
        defaultHost={team}
        defaultLink={presetLink(params)}
        onSaved={saved => navigate(embedRoute({ id: saved.id }))}
        onCancel={() => navigate(-1)}
      />
    );
  };
  return <FormPage title="Post an embed">{body()}</FormPage>;
}

/** `/learning/embeds/:id/edit`: for the embed's hosts. */
export function EditEmbedPage() {
  const { id } = useRouteRefParams(editEmbedRouteRef);
  const embedRoute = useRouteRef(embedRouteRef);
  const navigate = useNavigate();
  const learningApi = useApi(learningApiRef);
  const update = usePermission({
    permission: learningEmbedUpdatePermission,
    resourceRef: id,
  });
  const state = useAsync(() => learningApi.getEmbed(id), [learningApi, id]);

  const body = () => {
    if (state.loading || update.loading) {
      return <Progress />;
    }
    if (state.error) {
      return (
        <LoadFailure
          error={state.error}
          title="No such embed"
          description="It may have been deleted, or you may not see it."
        />
      );
    }
    const embed = state.value!;
    if (!update.allowed) {
      return (
        <Refused>Only the members of the host team may change it.</Refused>
      );
    }
    if (embed.source.type === 'provider') {
      return (
        <Refused>
          This embed is defined at its source and is read-only here.
          {embed.source.location && (
            <>
              {' '}
              Change it at <a href={embed.source.location}>its source</a>.
            </>
          )}
        </Refused>
      );
    }
    if (embed.status === 'closed') {
      return <Refused>This embed is closed: it no longer changes.</Refused>;
    }
    return (
      <EmbedForm
        embed={embed}
        onSaved={saved => navigate(embedRoute({ id: saved.id }))}
        onCancel={() => navigate(embedRoute({ id }))}
      />
    );
  };
  return (
    <FormPage title={state.value ? `Change ${state.value.title}` : 'Change'}>
      {body()}
    </FormPage>
  );
}
