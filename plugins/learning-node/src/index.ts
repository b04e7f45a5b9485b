/**
 * Extension points of the Tech Learning backend.
 *
 * @packageDocumentation
 */

export * from './providers';
