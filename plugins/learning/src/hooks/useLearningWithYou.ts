import { useApi } from '@backstage/core-plugin-api';
import { LearningWithYou } from '@tech-learning/backstage-plugin-learning-common';
import useAsync from 'react-use/esm/useAsync';
import { learningApiRef } from '../api';

/**
 * Who is learning with the viewer, by resource id: read after what the
 * page shows first, and left out where it could not be read (it is an
 * aside; the page does without it).
 */
export function useLearningWithYou(
  resourceIds: string[],
): Map<string, LearningWithYou['items'][number]> {
  const learningApi = useApi(learningApiRef);
  const key = resourceIds.slice(0, 50).join(',');
  const { value } = useAsync(async () => {
    if (!key) {
      return new Map();
    }
    try {
      const found = await learningApi.getLearningWithYou(key.split(','));
      return new Map(found.items.map(item => [item.resourceId, item]));
    } catch {
      return new Map();
    }
  }, [learningApi, key]);
  return value ?? new Map();
}

/** "7 people in Engineering are taking this now" */
export function learningWithYouLabel(item: {
  taking: number;
  groupName: string;
}): string {
  return `${item.taking} people in ${item.groupName} are taking this now`;
}
