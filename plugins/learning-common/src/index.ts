/**
 * Types, permissions and shared helpers of the Tech Learning suite.
 *
 * @packageDocumentation
 */

export * from './types';
export * from './permissions';
export * from './refs';
export * from './urls';
export * from './embeds';
export * from './documents';
