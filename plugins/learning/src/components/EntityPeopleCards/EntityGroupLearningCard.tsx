import { stringifyEntityRef } from '@backstage/catalog-model';
import { InfoCard, Progress } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useEntity } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import {
  GroupLearners,
  LEARNING_FRESHNESS_STATES,
} from '@tech-learning/backstage-plugin-learning-common';
import useAsync from 'react-use/esm/useAsync';
import { learningApiRef } from '../../api';
import { EmbedList } from '../lists/EmbedList';
import { ResourceList } from './ResourceList';

/** How many resources the card lists. */
const LIMIT = 10;

const plural = (n: number, one: string, many: string) =>
  `${n} ${n === 1 ? one : many}`;

/**
 * What the members of the group learn, in aggregate, or why that is not
 * told: the backend withholds it while fewer than 5 of them learn.
 */
function GroupLearnersSection(props: {
  state: { loading: boolean; error?: Error; value?: GroupLearners };
}) {
  const { loading, error, value } = props.state;
  if (loading) {
    return <Progress />;
  }
  if (error) {
    return <Alert severity="error">{error.message}</Alert>;
  }
  if (!value) {
    return null;
  }
  if (value.withheld) {
    return (
      <Typography variant="body2" color="textSecondary">
        {value.memberCount < value.minimumLearners
          ? `This team has ${plural(value.memberCount, 'member', 'members')}. `
          : `Fewer than ${value.minimumLearners} of its ${value.memberCount} members learn here yet. `}
        What its members learn shows once {value.minimumLearners} of them learn,
        so that nobody is singled out.
      </Typography>
    );
  }
  const { learnerCount = 0, enrolments, topResources = [] } = value;
  return (
    <>
      <Typography variant="body2" paragraph>
        {learnerCount} of its {value.memberCount} members learn:{' '}
        {enrolments?.enrolled ?? 0} enrolled, {enrolments?.inProgress ?? 0} in
        progress, {enrolments?.completed ?? 0} completed.
      </Typography>
      <ResourceList
        title="What its members learn"
        state={{
          loading: false,
          value: {
            items: topResources.map(({ resource, learners, completions }) => ({
              resource,
              note: `${plural(
                learners,
                'member',
                'members',
              )}, ${completions} completed`,
            })),
            totalCount: topResources.length,
          },
        }}
        empty={`No resource is learned by ${value.minimumLearners} of its members yet.`}
      />
    </>
  );
}

/**
 * The learning card of a Group: the material the team owns, the stale
 * material first so that the team sees what needs a review, and what its
 * members learn, in aggregate.
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

  const learners = useAsync(
    () => learningApi.getGroupLearners(groupRef),
    [learningApi, groupRef],
  );

  return (
    <InfoCard title="Learning" subheader="What this team owns and learns">
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
      <Box mt={2}>
        <Typography variant="subtitle2" component="h3" gutterBottom>
          Open embeds it hosts
        </Typography>
        <EmbedList
          title="Open embeds it hosts"
          filter={{ host: groupRef }}
          showHost={false}
          empty="This team hosts no open embed."
        />
      </Box>
      <Box mt={2}>
        <Typography variant="subtitle2" component="h3" gutterBottom>
          Its learners
        </Typography>
        <GroupLearnersSection state={learners} />
      </Box>
    </InfoCard>
  );
}
