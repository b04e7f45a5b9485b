import { InfoCard } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import useAsync from 'react-use/esm/useAsync';
import { learningApiRef } from '../../api';
import { AsyncContent } from '../format/AsyncContent';

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
  return (
    <InfoCard title="Who can teach this">
      <AsyncContent
        state={state}
        failure="Could not find who can teach this"
        isEmpty={value => value.items.length === 0}
        empty="Nobody yet: the SMEs of material linked here, and the entity's owners, show here."
      >
        {value => (
          <List dense disablePadding aria-label="Who can teach this">
            {value.items.map(expert => (
              <ListItem key={expert.ref} disableGutters>
                <ListItemText
                  primary={<EntityRefLink entityRef={expert.ref} />}
                  secondary={expert.reasons.map(r => r.message).join(' · ')}
                />
              </ListItem>
            ))}
          </List>
        )}
      </AsyncContent>
    </InfoCard>
  );
}
