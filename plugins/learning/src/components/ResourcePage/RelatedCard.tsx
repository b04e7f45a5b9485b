import { InfoCard, Progress } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import useAsync from 'react-use/esm/useAsync';
import { learningApiRef } from '../../api';
import { SuggestionList } from '../lists/SuggestionList';

/**
 * "Learners who completed this also completed": material taken with this
 * resource (counted from 5 learners on), the next step of the paths it is
 * in, and material about the same entities, each with why.
 */
export function RelatedCard(props: { resourceId: string }) {
  const learningApi = useApi(learningApiRef);
  const state = useAsync(
    () => learningApi.getRelatedResources(props.resourceId, 5),
    [learningApi, props.resourceId],
  );
  const content = () => {
    if (state.loading) {
      return <Progress />;
    }
    if (state.error) {
      return (
        <Alert severity="error">
          Could not load related material: {state.error.message}
        </Alert>
      );
    }
    if (!state.value?.items.length) {
      return (
        <Typography variant="body2" color="textSecondary">
          Nothing yet: material shows here once 5 learners who took this one
          took it too, or when it teaches the same entities.
        </Typography>
      );
    }
    return <SuggestionList items={state.value.items} dense />;
  };
  return (
    <InfoCard title="Learners who completed this also completed">
      {content()}
    </InfoCard>
  );
}
