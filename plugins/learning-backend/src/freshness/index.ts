export { createFreshness } from './createFreshness';
export { FreshnessChecker } from './FreshnessChecker';
