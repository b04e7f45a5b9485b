export { createInsights } from './createInsights';
