import { LearningRating } from '@tech-learning/backstage-plugin-learning-common';

/** The average of a resource's ratings to two decimals, and their number. */
export function ratingOf(count: number, sum: number): LearningRating {
  return count > 0
    ? { average: Math.round((sum / count) * 100) / 100, count }
    : { count: 0 };
}
