import { InfoCard, Progress } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import {
  EntityLearningItem,
  LearningResourceSummary,
} from '@tech-learning/backstage-plugin-learning-common';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import useAsync from 'react-use/esm/useAsync';
import { learningApiRef } from '../../api';
import { ResourceTitleLink } from '../format/ResourceTitleLink';

/** How many paths through the entity (and its system) the card lists. */
const LIMIT = 20;

/**
 * The learning paths that include this entity: those linked to it (or its
 * system), and those with a step that is, as the backend finds them.
 */
export function PathsCard(props: {
  entityRef: string;
  systemRef?: string;
  items: EntityLearningItem[];
}) {
  const learningApi = useApi(learningApiRef);
  const { entityRef, systemRef, items } = props;
  const state = useAsync(async () => {
    const linked = items
      .filter(i => i.resource.kind === 'path')
      .map(i => ({ path: i.resource as LearningResourceSummary, steps: [] }));
    const byId = new Map(items.map(i => [i.resource.id, i.resource]));
    const pages = await Promise.all(
      [entityRef, ...(systemRef ? [systemRef] : [])].map(stepEntityRef =>
        learningApi.listResources({
          kind: 'path',
          stepEntityRef,
          sort: 'title',
          limit: LIMIT,
        }),
      ),
    );
    const seen = new Set(linked.map(l => l.path.id));
    const viaSteps = pages
      .flatMap(page => page.items)
      .flatMap(path => {
        // the steps the viewer sees on this page
        const steps = path.steps.flatMap(id => byId.get(id) ?? []);
        if (seen.has(path.id) || steps.length === 0) {
          return [];
        }
        seen.add(path.id);
        return [{ path, steps }];
      });
    return [...linked, ...viaSteps];
  }, [
    learningApi,
    entityRef,
    systemRef,
    items.map(i => i.resource.id).join(','),
  ]);

  const content = () => {
    if (state.loading) {
      return <Progress />;
    }
    if (state.error) {
      return <Alert severity="error">{state.error.message}</Alert>;
    }
    if (!state.value?.length) {
      return (
        <Typography variant="body2" color="textSecondary">
          No learning path includes this entity yet.
        </Typography>
      );
    }
    return (
      <List dense disablePadding aria-label="Learning paths">
        {state.value.map(({ path, steps }) => (
          <ListItem key={path.id} disableGutters>
            <ListItemText
              primary={<ResourceTitleLink resource={path} />}
              secondary={
                steps.length
                  ? `Through ${steps.map(s => s.title).join(', ')}`
                  : path.summary
              }
            />
          </ListItem>
        ))}
      </List>
    );
  };

  return <InfoCard title="Learning paths">{content()}</InfoCard>;
}
