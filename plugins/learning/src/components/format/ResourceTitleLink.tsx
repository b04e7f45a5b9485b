import { Link } from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import { LearningResourceSummary } from '@tech-learning/backstage-plugin-learning-common';
import { ReactNode } from 'react';
import { resourceRouteRef } from '../../routes';

/**
 * The resource's title (or what is given to show for it, as the title with
 * a search's words marked), linking to its page under /learning.
 */
export function ResourceTitleLink(props: {
  resource: Pick<LearningResourceSummary, 'id' | 'title'>;
  children?: ReactNode;
}) {
  const { resource, children } = props;
  const resourceRoute = useRouteRef(resourceRouteRef);
  return (
    <Link to={resourceRoute({ id: resource.id })}>
      {children ?? resource.title}
    </Link>
  );
}
