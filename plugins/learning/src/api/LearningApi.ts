import { createApiRef } from '@backstage/core-plugin-api';
import {
  EntityLearningSummary,
  LearningFormat,
  LearningLevel,
  LearningResource,
  LearningResourceKind,
  LearningResourcePage,
} from '@tech-learning/backstage-plugin-learning-common';

/** @public */
export interface ListLearningResourcesRequest {
  kind?: LearningResourceKind;
  format?: LearningFormat;
  level?: LearningLevel;
  tag?: string;
  entityRef?: string;
  owner?: string;
  sme?: string;
  q?: string;
  sort?: 'title' | 'updated';
  limit?: number;
  cursor?: string;
}

/**
 * The frontend's client of the learning backend.
 *
 * @public
 */
export interface LearningApi {
  getEntitySummary(entityRef: string): Promise<EntityLearningSummary>;
  listResources(
    request?: ListLearningResourcesRequest,
  ): Promise<LearningResourcePage>;
  getResource(id: string): Promise<LearningResource>;
}

/** @public */
export const learningApiRef = createApiRef<LearningApi>({
  id: 'plugin.learning.api',
});
