import { stringifyEntityRef } from '@backstage/catalog-model';
import { InfoCard } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useEntity } from '@backstage/plugin-catalog-react';
import Typography from '@material-ui/core/Typography';
import { LEARNING_FRESHNESS_STATES } from '@tech-learning/backstage-plugin-learning-common';
import useAsync from 'react-use/esm/useAsync';
import { learningApiRef } from '../../api';
import { ResourceList } from './ResourceList';

/** How many resources the card lists. */
const LIMIT = 10;

/**
 * The learning card of a Group: the material the team owns, the stale
 * material first so that the team sees what needs a review.
 *
 * @public
 */
export function EntityGroupLearningCard() {
  const { entity } = useEntity();
  const groupRef = stringifyEntityRef(entity);
  const learningApi = useApi(learningApiRef);

  const owned = useAsync(async () => {
    const [all, ...stale] = await Promise.all([
      learningApi.listResources({
        owner: groupRef,
        limit: LIMIT,
        sort: 'title',
      }),
      ...LEARNING_FRESHNESS_STATES.filter(state => state !== 'fresh').map(
        freshness =>
          learningApi.listResources({ owner: groupRef, freshness, limit: 1 }),
      ),
    ]);
    const needReview = stale.reduce((n, page) => n + page.totalCount, 0);
    // worst first, as the common package orders the states
    const items = [...all.items].sort(
      (a, b) =>
        LEARNING_FRESHNESS_STATES.indexOf(a.freshness.state) -
        LEARNING_FRESHNESS_STATES.indexOf(b.freshness.state),
    );
    return {
      items: items.map(resource => ({ resource })),
      totalCount: all.totalCount,
      needReview,
    };
  }, [learningApi, groupRef]);

  return (
    <InfoCard title="Learning" subheader="Material this team owns">
      {owned.value && owned.value.totalCount > 0 && (
        <Typography variant="body2" paragraph>
          {owned.value.totalCount}{' '}
          {owned.value.totalCount === 1 ? 'resource' : 'resources'}
          {owned.value.needReview > 0
            ? `, ${owned.value.needReview} needing a review`
            : ', all fresh'}
          .
        </Typography>
      )}
      <ResourceList
        title="Owned material"
        state={owned}
        empty="This team owns no learning material yet."
      />
    </InfoCard>
  );
}
