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
import { ResourceTitleLink } from '../shared/ResourceTitleLink';

/** How many paths the card looks through for steps that teach the entity. */
const PATHS_SCANNED = 100;

/**
 * The learning paths that include this entity: those linked to it (or its
 * system), and those with a step that is.
 */
export function PathsCard(props: { items: EntityLearningItem[] }) {
  const learningApi = useApi(learningApiRef);
  const { items } = props;
  const state = useAsync(async () => {
    const linked = items
      .filter(i => i.resource.kind === 'path')
      .map(i => ({ path: i.resource as LearningResourceSummary, steps: [] }));
    const byId = new Map(items.map(i => [i.resource.id, i.resource]));
    const page = await learningApi.listResources({
      kind: 'path',
      sort: 'title',
      limit: PATHS_SCANNED,
    });
    const seen = new Set(linked.map(l => l.path.id));
    const viaSteps = page.items.flatMap(path => {
      const steps = path.steps.flatMap(id => byId.get(id) ?? []);
      return steps.length && !seen.has(path.id) ? [{ path, steps }] : [];
    });
    return [...linked, ...viaSteps];
  }, [learningApi, items.map(i => i.resource.id).join(',')]);

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
