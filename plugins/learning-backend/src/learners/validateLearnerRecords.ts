import { ProvidedLearnerRecord } from '@tech-learning/backstage-plugin-learning-node';
import { describeIssues } from '../shared/validation';
import { resolveEnrolment } from './LearnerService';
import { LearnerRecord } from './LearnerStore';
import { providedLearnerRecordSchema } from './validation';

/**
 * Turns a provider's learner records into records of stored resources,
 * with a message for each one left out: invalid, contradicting itself, or
 * about a resource the provider does not own.
 */
export function validateLearnerRecords(
  records: unknown[],
  resourceIds: Map<string, string>,
): { valid: LearnerRecord[]; errors: string[] } {
  const valid: LearnerRecord[] = [];
  const errors: string[] = [];
  records.forEach((record, index) => {
    const parsed = providedLearnerRecordSchema.safeParse(record);
    if (!parsed.success) {
      errors.push(
        `learner record #${index} is invalid: ${describeIssues(parsed.error)}`,
      );
      return;
    }
    const r: ProvidedLearnerRecord = parsed.data;
    const resourceId = resourceIds.get(r.resourceKey);
    if (!resourceId) {
      errors.push(
        `learner record #${index} is left out: no resource '${r.resourceKey}' of this provider`,
      );
      return;
    }
    try {
      const { state, progress } = resolveEnrolment({
        state: r.state,
        progress: r.progress,
      });
      valid.push({
        resourceId,
        userRef: r.userRef,
        state,
        progress,
        enrolledAt: r.enrolledAt ?? r.updatedAt,
        updatedAt: r.updatedAt,
        ...(r.rating !== undefined
          ? { feedback: { rating: r.rating, comment: r.comment } }
          : {}),
      });
    } catch (error) {
      errors.push(
        `learner record #${index} is invalid: ${(error as Error).message}`,
      );
    }
  });
  return { valid, errors };
}
