/**
 * The backend of Tech Learning for Backstage.
 *
 * @packageDocumentation
 */

export { learningPlugin as default } from './plugin';
