import { useApi } from '@backstage/core-plugin-api';
import {
  LearningEnrolment,
  LearningEnrolmentInput,
} from '@tech-learning/backstage-plugin-learning-common';
import { useCallback, useEffect, useState } from 'react';
import { learningApiRef } from '../api';

/**
 * The signed-in user's enrolment in a resource, and the writes that change
 * it. A write shows its result when the backend answered; while it runs,
 * `saving` is true, and its error is kept until the next write.
 */
export function useMyEnrolment(resourceId: string) {
  const learningApi = useApi(learningApiRef);
  const [enrolment, setEnrolment] = useState<LearningEnrolment>();
  const [loading, setLoading] = useState(true);
  const [loadError, setLoadError] = useState<Error>();
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<Error>();

  useEffect(() => {
    let current = true;
    setLoading(true);
    learningApi
      .getMyEnrolment(resourceId)
      .then(
        value => current && setEnrolment(value),
        error => current && setLoadError(error),
      )
      .finally(() => current && setLoading(false));
    return () => {
      current = false;
    };
  }, [learningApi, resourceId]);

  const write = useCallback(
    async (action: () => Promise<LearningEnrolment | undefined>) => {
      setSaving(true);
      setSaveError(undefined);
      try {
        setEnrolment(await action());
        return true;
      } catch (error) {
        setSaveError(error as Error);
        return false;
      } finally {
        setSaving(false);
      }
    },
    [],
  );

  return {
    enrolment,
    loading,
    loadError,
    saving,
    saveError,
    save: (input: LearningEnrolmentInput) =>
      write(() => learningApi.putMyEnrolment(resourceId, input)),
    leave: () =>
      write(async () => {
        await learningApi.deleteMyEnrolment(resourceId);
        return undefined;
      }),
  };
}

export type MyEnrolment = ReturnType<typeof useMyEnrolment>;
