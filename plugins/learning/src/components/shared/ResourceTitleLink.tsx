import { Link } from '@backstage/core-components';
import { LearningResourceSummary } from '@tech-learning/backstage-plugin-learning-common';

/** The resource's title, linking to its first URL when it has one. */
export function ResourceTitleLink(props: {
  resource: LearningResourceSummary;
}) {
  const { resource } = props;
  const url = resource.urls[0]?.url;
  return url ? <Link to={url}>{resource.title}</Link> : <>{resource.title}</>;
}
