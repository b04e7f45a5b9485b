import { Link, Progress } from '@backstage/core-components';
import { useApi, useRouteRef } from '@backstage/core-plugin-api';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import useAsync from 'react-use/esm/useAsync';
import { learningApiRef } from '../../api';
import { rootRouteRef } from '../../routes';
import { SuggestionList } from '../lists/SuggestionList';

/**
 * The content of the "Learning for you" home page card: the signed-in
 * user's best few suggestions with their reasons, and a link to the rest.
 */
export function LearningForYouContent(props: { limit?: number }) {
  const learningApi = useApi(learningApiRef);
  const learningRoute = useRouteRef(rootRouteRef);
  const limit = props.limit ?? 5;
  const state = useAsync(
    () => learningApi.getMyRecommendations({ limit }),
    [learningApi, limit],
  );
  if (state.loading) {
    return <Progress />;
  }
  if (state.error) {
    return (
      <Alert severity="error">
        Could not load your suggestions: {state.error.message}
      </Alert>
    );
  }
  const page = state.value;
  // a newcomer with nothing else gets the path of their team's system
  let items = page?.items ?? [];
  if (items.length === 0 && page?.onboarding) {
    items = [page.onboarding];
  }
  return (
    <>
      {items.length === 0 ? (
        <Typography variant="body2" color="textSecondary">
          Nothing to suggest yet. Suggestions follow what your teams own in the
          catalog and what you learn.
        </Typography>
      ) : (
        <SuggestionList items={items} dense />
      )}
      <Box mt={1}>
        <Link to={learningRoute()}>All suggestions</Link>
      </Box>
    </>
  );
}
