import { stringifyEntityRef } from '@backstage/catalog-model';
import { InfoCard } from '@backstage/core-components';
import { identityApiRef, useApi } from '@backstage/core-plugin-api';
import { useEntity } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import useAsync from 'react-use/esm/useAsync';
import { learningApiRef } from '../../api';
import { enrolmentStateLabel } from '../shared/format';
import { ResourceList } from './ResourceList';

/** How many resources each list shows. */
const LIMIT = 10;

/**
 * The learning card of a User: the material they teach as an SME and the
 * material they own; on the signed-in user's own page, also what they are
 * learning. What someone learns is theirs: nobody else sees it here.
 *
 * @public
 */
export function EntityUserLearningCard() {
  const { entity } = useEntity();
  const userRef = stringifyEntityRef(entity);
  const learningApi = useApi(learningApiRef);
  const identityApi = useApi(identityApiRef);

  const teaches = useAsync(async () => {
    const page = await learningApi.listResources({
      sme: userRef,
      limit: LIMIT,
    });
    return {
      value: page.items.map(resource => ({ resource })),
      totalCount: page.totalCount,
    };
  }, [learningApi, userRef]);
  const owns = useAsync(async () => {
    const page = await learningApi.listResources({
      owner: userRef,
      limit: LIMIT,
    });
    return {
      value: page.items.map(resource => ({ resource })),
      totalCount: page.totalCount,
    };
  }, [learningApi, userRef]);
  const learning = useAsync(async () => {
    const identity = await identityApi.getBackstageIdentity();
    if (identity.userEntityRef !== userRef) {
      return undefined;
    }
    const page = await learningApi.getMyLearning({ limit: LIMIT });
    return {
      value: page.items.map(({ resource, enrolment }) => ({
        resource,
        note:
          enrolment.state === 'completed'
            ? 'Completed'
            : `${enrolmentStateLabel(enrolment.state)}, ${enrolment.progress}%`,
      })),
      totalCount: page.totalCount,
    };
  }, [learningApi, identityApi, userRef]);

  const flat = <T,>(s: {
    loading: boolean;
    error?: Error;
    value?: { value: T[]; totalCount: number };
  }) => ({
    loading: s.loading,
    error: s.error,
    value: s.value?.value,
    totalCount: s.value?.totalCount,
  });

  return (
    <InfoCard title="Learning" subheader="What they teach and own">
      <ResourceList
        title="Teaches"
        state={flat(teaches)}
        empty="Not named as an expert of any material."
      />
      <Box mt={2}>
        <ResourceList
          title="Owns"
          state={flat(owns)}
          empty="Owns no material directly."
        />
      </Box>
      {(learning.loading || learning.error || learning.value) && (
        <Box mt={2}>
          <ResourceList
            title="Your learning (only you see this)"
            state={flat(learning)}
            empty="You have not enrolled in anything yet."
          />
        </Box>
      )}
    </InfoCard>
  );
}
