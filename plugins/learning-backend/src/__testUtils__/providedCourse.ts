import { ProvidedLearningResource } from '@tech-learning/backstage-plugin-learning-node';

/**
 * A course as a provider delivers it: payments-team's, taught by
 * alice-chen, teaching payments-api; tests override what they need.
 */
export function providedCourse(
  key: string,
  overrides: Partial<ProvidedLearningResource> = {},
): ProvidedLearningResource {
  return {
    key,
    kind: 'course',
    title: `Course ${key}`,
    summary: `Summary of ${key}`,
    format: 'video',
    level: 'beginner',
    owner: 'group:default/payments-team',
    tags: ['payments'],
    smes: ['user:default/alice-chen'],
    links: [
      { entityRef: 'component:default/payments-api', relation: 'teaches' },
    ],
    ...overrides,
  };
}
