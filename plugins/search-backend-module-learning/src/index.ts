/**
 * Learning resources and embeds of the Tech Learning suite in Backstage
 * search, each shown only to who may read it.
 *
 * @packageDocumentation
 */

export { searchModuleLearningCollators as default } from './module';
export {
  LearningEmbedCollatorFactory,
  LearningResourceCollatorFactory,
  type LearningCollatorOptions,
} from './collators/LearningCollatorFactories';
