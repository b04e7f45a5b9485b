import { createExtensionPoint } from '@backstage/backend-plugin-api';
import { LearningResourceInput } from '@tech-learning/backstage-plugin-learning-common';

/**
 * A resource as a provider delivers it.
 *
 * @public
 */
export interface ProvidedLearningResource extends LearningResourceInput {
  /** Stable id of the resource at the provider; unique per provider. */
  key: string;
  /** Where the resource is defined, shown as its source in the UI. */
  location?: string;
  /** Keys of this provider's resources, in order, for learning paths. */
  steps?: string[];
}

/**
 * The provider's complete current set of resources. Resources of the
 * provider that are not in it are removed; the others are created or
 * updated. Applying the same set twice changes nothing.
 *
 * @public
 */
export interface LearningProviderFullMutation {
  type: 'full';
  resources: ProvidedLearningResource[];
}

/**
 * What a provider is handed when the learning backend starts.
 *
 * @public
 */
export interface LearningProviderConnection {
  applyMutation(mutation: LearningProviderFullMutation): Promise<void>;
}

/**
 * A source of learning material outside the plugin's own API: an LMS, a
 * video platform, a file. The provider decides when to read its source
 * (usually on a schedule) and applies what it read through the connection.
 * Material it provides is read-only in the UI.
 *
 * @public
 */
export interface LearningProvider {
  /** A unique, stable name; it owns the resources it provides. */
  getProviderName(): string;
  connect(connection: LearningProviderConnection): Promise<void>;
}

/**
 * Lets backend modules add learning providers.
 *
 * @public
 */
export interface LearningProvidersExtensionPoint {
  addProvider(...providers: LearningProvider[]): void;
}

/**
 * Lets backend modules add learning providers.
 *
 * @public
 */
export const learningProvidersExtensionPoint =
  createExtensionPoint<LearningProvidersExtensionPoint>({
    id: 'learning.providers',
  });
