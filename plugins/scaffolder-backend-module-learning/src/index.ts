/**
 * The scaffolder actions of Tech Learning: `learning:create-resource` and
 * `learning:link`, for Software Templates that start a course or toolkit.
 *
 * @packageDocumentation
 */

export { scaffolderModuleLearning as default } from './module';
