import {
  EmptyState,
  LinkButton,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import { rootRouteRef } from '../../routes';

/**
 * Why a page's subject could not be shown: not there (or not for the
 * viewer: the backend answers both with 404), with a way back to the
 * material, or what failed.
 */
export function LoadFailure(props: {
  error: Error;
  /** "No such cohort" */
  title: string;
  /** "It may have been cancelled, or you may not see it." */
  description: string;
}) {
  const learningRoute = useRouteRef(rootRouteRef);
  if ((props.error as { statusCode?: number }).statusCode !== 404) {
    return <ResponseErrorPanel error={props.error} />;
  }
  return (
    <EmptyState
      missing="data"
      title={props.title}
      description={props.description}
      action={
        <LinkButton variant="contained" to={learningRoute()}>
          Browse learning material
        </LinkButton>
      }
    />
  );
}
