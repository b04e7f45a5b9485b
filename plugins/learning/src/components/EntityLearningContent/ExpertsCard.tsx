import { InfoCard, Progress } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import useAsync from 'react-use/esm/useAsync';
import { learningApiRef } from '../../api';

/**
 * "Who can teach this": the SMEs and owners of the material that teaches
 * the entity, the entity's owners, and learners who completed it and chose
 * to be named, best first, each with why.
 */
export function ExpertsCard(props: { entityRef: string }) {
  const learningApi = useApi(learningApiRef);
  const state = useAsync(
    () => learningApi.listExperts({ entityRef: props.entityRef }, 6),
    [learningApi, props.entityRef],
  );
  const content = () => {
    if (state.loading) {
      return <Progress />;
    }
    if (state.error) {
      return (
        <Alert severity="error">
          Could not find who can teach this: {state.error.message}
        </Alert>
      );
    }
    if (!state.value?.items.length) {
      return (
        <Typography variant="body2" color="textSecondary">
          Nobody yet: the SMEs of material linked here, and the entity's owners,
          show here.
        </Typography>
      );
    }
    return (
      <List dense disablePadding aria-label="Who can teach this">
        {state.value.items.map(expert => (
          <ListItem key={expert.ref} disableGutters>
            <ListItemText
              primary={<EntityRefLink entityRef={expert.ref} />}
              secondary={expert.reasons.map(r => r.message).join(' · ')}
            />
          </ListItem>
        ))}
      </List>
    );
  };
  return <InfoCard title="Who can teach this">{content()}</InfoCard>;
}
