import { InfoCard } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import useAsync from 'react-use/esm/useAsync';
import { learningApiRef } from '../../api';
import { AsyncContent } from '../format/AsyncContent';
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
  return (
    <InfoCard title="Learners who completed this also completed">
      <AsyncContent
        state={state}
        failure="Could not load related material"
        isEmpty={value => value.items.length === 0}
        empty="Nothing yet: material shows here once 5 learners who took this one took it too, or when it teaches the same entities."
      >
        {value => <SuggestionList items={value.items} dense />}
      </AsyncContent>
    </InfoCard>
  );
}
