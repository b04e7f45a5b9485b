import { Link } from '@backstage/core-components';
import { useApi, useRouteRef } from '@backstage/core-plugin-api';
import Box from '@material-ui/core/Box';
import useAsync from 'react-use/esm/useAsync';
import { learningApiRef } from '../../api';
import { rootRouteRef } from '../../routes';
import { AsyncContent } from '../format/AsyncContent';
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
  return (
    <>
      <AsyncContent
        state={state}
        failure="Could not load your suggestions"
        isEmpty={page => page.items.length === 0 && !page.onboarding}
        empty="Nothing to suggest yet. Suggestions follow what your teams own in the catalog and what you learn."
      >
        {page => (
          // a newcomer with nothing else gets the path of their team's system
          <SuggestionList
            items={
              page.items.length === 0 && page.onboarding
                ? [page.onboarding]
                : page.items
            }
            dense
          />
        )}
      </AsyncContent>
      <Box mt={1}>
        <Link to={learningRoute()}>All suggestions</Link>
      </Box>
    </>
  );
}
