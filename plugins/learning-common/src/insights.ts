import { components } from './generated/openapi';

/**
 * The annotation by which a catalog Group asks for the monthly
 * learning-debt digest about the entities it owns: `'true'`.
 *
 * @public
 */
export const LEARNING_DEBT_DIGEST_ANNOTATION = 'tech-learning/debt-digest';

/**
 * How many components and APIs of a system, owner or lifecycle have
 * material that teaches them.
 *
 * @public
 */
export type LearningCoverageGroup =
  components['schemas']['LearningCoverageGroup'];

/**
 * A component or API that nothing teaches, with its dependents and views.
 *
 * @public
 */
export type LearningDebtItem = components['schemas']['LearningDebtItem'];

/** @public */
export type LearningCoverage = components['schemas']['LearningCoverage'];

/** @public */
export type LearningFreshnessWeek =
  components['schemas']['LearningFreshnessWeek'];

/** @public */
export type LearningSmeLoad = components['schemas']['LearningSmeLoad'];

/** @public */
export type LearningLowRated = components['schemas']['LearningLowRated'];

/** @public */
export type LearningHealth = components['schemas']['LearningHealth'];

/** @public */
export type LearningDemandWeek = components['schemas']['LearningDemandWeek'];

/** @public */
export type LearningSearchMiss = components['schemas']['LearningSearchMiss'];

/** @public */
export type LearningEmptyPage = components['schemas']['LearningEmptyPage'];

/** @public */
export type LearningDemand = components['schemas']['LearningDemand'];
