/**
 * A learning provider that reads completions and progress from a learning
 * record store (an LMS) through xAPI.
 *
 * @packageDocumentation
 */

export { learningModuleXapi as default } from './module';
export { XapiProvider } from './XapiProvider';
export type { XapiReadReport, XapiStoreOptions } from './XapiProvider';
