import { stringifyEntityRef } from '@backstage/catalog-model';
import { useApi } from '@backstage/core-plugin-api';
import { useEntity } from '@backstage/plugin-catalog-react';
import useAsync from 'react-use/esm/useAsync';
import { learningApiRef } from '../api';

/** The learning summary of the entity in context, from the backend. */
export function useEntityLearningSummary() {
  const { entity } = useEntity();
  const learningApi = useApi(learningApiRef);
  const entityRef = stringifyEntityRef(entity);
  return useAsync(
    () => learningApi.getEntitySummary(entityRef),
    [learningApi, entityRef],
  );
}
