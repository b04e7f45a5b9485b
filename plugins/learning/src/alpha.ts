/**
 * The learning plugin for the new frontend system.
 *
 * @packageDocumentation
 */

export * from './alpha/index';
