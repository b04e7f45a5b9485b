import {
  ApiBlueprint,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/frontend-plugin-api';
import { LearningClient, learningApiRef } from '../api';

/** @alpha */
export const learningApi = ApiBlueprint.make({
  params: defineParams =>
    defineParams({
      api: learningApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        new LearningClient({ discoveryApi, fetchApi }),
    }),
});
