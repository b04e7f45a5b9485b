import { LearningResourceSummary } from '@tech-learning/backstage-plugin-learning-common';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemIcon from '@material-ui/core/ListItemIcon';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import { Progress } from '@backstage/core-components';
import { ReactNode } from 'react';
import { FreshnessChip } from '../format/FreshnessChip';
import { ResourceIcon } from '../format/ResourceIcon';
import { ResourceTitleLink } from '../format/ResourceTitleLink';

/** The first resources of a list, each with an optional note, and how many there are. */
export interface ListedResources {
  items: { resource: LearningResourceSummary; note?: ReactNode }[];
  totalCount: number;
}

/** A titled, loaded list of resources, with loading, error and empty states. */
export function ResourceList(props: {
  title: string;
  /** The state of loading the list, as `useAsync` gives it. */
  state: { loading: boolean; error?: Error; value?: ListedResources };
  empty: string;
}) {
  const { title, state, empty } = props;
  const body = () => {
    if (state.loading) {
      return <Progress />;
    }
    if (state.error) {
      return <Alert severity="error">{state.error.message}</Alert>;
    }
    if (!state.value?.items.length) {
      return (
        <Typography variant="body2" color="textSecondary">
          {empty}
        </Typography>
      );
    }
    const more = state.value.totalCount - state.value.items.length;
    return (
      <>
        <List dense disablePadding aria-label={title}>
          {state.value.items.map(({ resource, note }) => (
            <ListItem key={resource.id} disableGutters>
              <ListItemIcon>
                <ResourceIcon kind={resource.kind} />
              </ListItemIcon>
              <ListItemText
                primary={<ResourceTitleLink resource={resource} />}
                secondaryTypographyProps={{ component: 'div' }}
                secondary={
                  note ??
                  (resource.freshness.state === 'fresh' ? (
                    resource.summary
                  ) : (
                    <FreshnessChip freshness={resource.freshness} />
                  ))
                }
              />
            </ListItem>
          ))}
        </List>
        {more > 0 && (
          <Typography variant="body2" color="textSecondary">
            and {more} more
          </Typography>
        )}
      </>
    );
  };
  return (
    <>
      <Typography variant="subtitle2" component="h3" gutterBottom>
        {title}
      </Typography>
      {body()}
    </>
  );
}
