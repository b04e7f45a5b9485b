import { Link } from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import { LearningResourceSummary } from '@tech-learning/backstage-plugin-learning-common';
import { resourceRouteRef } from '../../routes';

/** The resource's title, linking to its page under /learning. */
export function ResourceTitleLink(props: {
  resource: Pick<LearningResourceSummary, 'id' | 'title'>;
}) {
  const { resource } = props;
  const resourceRoute = useRouteRef(resourceRouteRef);
  return <Link to={resourceRoute({ id: resource.id })}>{resource.title}</Link>;
}
