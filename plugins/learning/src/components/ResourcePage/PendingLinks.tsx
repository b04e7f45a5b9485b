import { useApi } from '@backstage/core-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import { learningApiRef } from '../../api';
import { useReloadableAsync } from '../../hooks/useReloadableAsync';
import { formatDate, RELATION_TITLES } from '../format/format';

/**
 * The links of a resource that wait for the owners of their entities: it
 * shows on those entities' pages once one of them accepts. Absent when none
 * waits.
 */
export function PendingLinks(props: { resourceId: string; version: number }) {
  const learningApi = useApi(learningApiRef);
  const { value, error } = useReloadableAsync(
    () =>
      learningApi.listLinkSuggestions({
        resourceId: props.resourceId,
        limit: 100,
      }),
    [learningApi, props.resourceId, props.version],
  );
  if (error) {
    return (
      <Alert severity="error">
        Could not load the links waiting for owners: {error.message}
      </Alert>
    );
  }
  if (!value || value.items.length === 0) {
    return null;
  }
  return (
    <div aria-label="Waiting for the owners">
      <Typography variant="subtitle2" component="h3">
        Waiting for the owners
      </Typography>
      <Typography variant="body2" color="textSecondary">
        Shown on these entities' pages once one of their owners accepts.
      </Typography>
      <ul>
        {value.items.map(s => (
          <li key={s.id}>
            <EntityRefLink entityRef={s.entityRef} />{' '}
            <Typography variant="body2" component="span" color="textSecondary">
              ({RELATION_TITLES[s.relation].toLocaleLowerCase('en-US')},
              suggested by{' '}
              <EntityRefLink entityRef={s.suggestedBy} defaultKind="user" /> on{' '}
              {formatDate(s.suggestedAt)})
            </Typography>
          </li>
        ))}
      </ul>
    </div>
  );
}
