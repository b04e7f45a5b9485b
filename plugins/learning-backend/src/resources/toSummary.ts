import {
  LearningResource,
  LearningResourceSummary,
} from '@tech-learning/backstage-plugin-learning-common';

/** A resource as lists show it: all but its description and links. */
export function toSummary(resource: LearningResource): LearningResourceSummary {
  const { description: _description, links: _links, ...summary } = resource;
  return summary;
}
