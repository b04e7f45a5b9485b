/**
 * The learning plugin for the new frontend system.
 *
 * @packageDocumentation
 */

export { default } from './alpha/index';
export * from './alpha/index';
