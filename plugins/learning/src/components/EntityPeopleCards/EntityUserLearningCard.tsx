import { stringifyEntityRef } from '@backstage/catalog-model';
import { InfoCard } from '@backstage/core-components';
import { identityApiRef, useApi } from '@backstage/core-plugin-api';
import { useEntity } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import useAsync from 'react-use/esm/useAsync';
import { learningApiRef, ListLearningResourcesRequest } from '../../api';
import { enrolmentStateLabel } from '../format/format';
import { ListedResources, ResourceList } from './ResourceList';

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

  const listed = async (
    request: ListLearningResourcesRequest,
  ): Promise<ListedResources> => {
    const page = await learningApi.listResources({ ...request, limit: LIMIT });
    return {
      items: page.items.map(resource => ({ resource })),
      totalCount: page.totalCount,
    };
  };
  const teaches = useAsync(
    () => listed({ sme: userRef }),
    [learningApi, userRef],
  );
  const owns = useAsync(
    () => listed({ owner: userRef }),
    [learningApi, userRef],
  );
  const learning = useAsync(async () => {
    const identity = await identityApi.getBackstageIdentity();
    if (identity.userEntityRef !== userRef) {
      return undefined;
    }
    const page = await learningApi.getMyLearning({ limit: LIMIT });
    return {
      items: page.items.map(({ resource, enrolment }) => ({
        resource,
        note:
          enrolment.state === 'completed'
            ? 'Completed'
            : `${enrolmentStateLabel(enrolment.state)}, ${enrolment.progress}%`,
      })),
      totalCount: page.totalCount,
    };
  }, [learningApi, identityApi, userRef]);

  return (
    <InfoCard title="Learning" subheader="What they teach and own">
      <ResourceList
        title="Teaches"
        state={teaches}
        empty="Not named as an expert of any material."
      />
      <Box mt={2}>
        <ResourceList
          title="Owns"
          state={owns}
          empty="Owns no material directly."
        />
      </Box>
      {(learning.loading || learning.error || learning.value) && (
        <Box mt={2}>
          <ResourceList
            title="Your learning (only you see this)"
            state={learning}
            empty="You have not enrolled in anything yet."
          />
        </Box>
      )}
    </InfoCard>
  );
}
