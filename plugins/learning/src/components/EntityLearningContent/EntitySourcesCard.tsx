import { InfoCard, Link, Progress } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import {
  LEARNING_MATERIAL_ANNOTATION,
  LearningYamlSource,
} from '@tech-learning/backstage-plugin-learning-common';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import { useReloadableAsync } from '../../hooks/useReloadableAsync';
import { learningApiRef } from '../../api';
import { formatDate } from '../format/format';
import { useAction } from '../../hooks/useAction';

/** How often, and how long, to look whether the files were read again. */
const POLL_MS = 1000;
const READ_TIMEOUT_MS = 30_000;

/**
 * For an entity's owners: the learning YAML files the entity names, each
 * synced or with what is wrong with it, and a button to have them read
 * again now (`onRead` then reloads what the page shows).
 */
export function EntitySourcesCard(props: {
  entityRef: string;
  /** The entity's `tech-learning/material` annotation, if it has one. */
  named?: string;
  onRead(): void;
}) {
  const { entityRef, named, onRead } = props;
  const learningApi = useApi(learningApiRef);
  const sources = useReloadableAsync(
    () => learningApi.listSources(entityRef),
    [learningApi, entityRef],
  );
  const reading = useAction();

  const readNow = () =>
    reading.run(async () => {
      const lastRead = (items: LearningYamlSource[]) =>
        items.reduce((latest, s) => {
          const at = s.checkedAt ?? '';
          return at > latest ? at : latest;
        }, '');
      // as the backend has it now, not as shown: the list may still be loading
      const before = lastRead((await learningApi.listSources(entityRef)).items);
      await learningApi.refreshSources(entityRef);
      // a scheduled task reads the files, on whichever replica takes it:
      // wait until it has read them again
      for (let waited = 0; waited < READ_TIMEOUT_MS; waited += POLL_MS) {
        await new Promise(resolve => setTimeout(resolve, POLL_MS));
        const { items } = await learningApi.listSources(entityRef);
        if (lastRead(items) > before) {
          break;
        }
      }
      sources.retry();
      onRead();
    });

  const content = () => {
    if (sources.loading && !sources.value) {
      return <Progress />;
    }
    if (sources.error) {
      return <Alert severity="error">{sources.error.message}</Alert>;
    }
    const items = sources.value?.items ?? [];
    if (items.length === 0 && named) {
      return (
        <Typography variant="body2" color="textSecondary">
          This entity names <code>{named}</code>; the backend has not read it
          yet.
        </Typography>
      );
    }
    if (items.length === 0) {
      return (
        <Typography variant="body2" color="textSecondary">
          This entity names no learning YAML. Declare material beside its code:
          annotate it with{' '}
          <code>{LEARNING_MATERIAL_ANNOTATION}: ./learning.yaml</code>.
        </Typography>
      );
    }
    return (
      <List dense disablePadding aria-label="Learning YAML files">
        {items.map(source => (
          <ListItem key={source.target} disableGutters>
            <ListItemText
              primary={<Link to={source.target}>{source.target}</Link>}
              secondaryTypographyProps={{ component: 'div' }}
              secondary={
                source.errors.length > 0 ? (
                  <Alert severity="error">
                    Nothing of this file changes until it is fixed:
                    <ul>
                      {source.errors.map(error => (
                        <li key={error}>{error}</li>
                      ))}
                    </ul>
                  </Alert>
                ) : (
                  `${source.documentCount ?? 0} ${
                    source.documentCount === 1 ? 'document' : 'documents'
                  }, in sync${
                    source.checkedAt
                      ? ` (read ${formatDate(source.checkedAt)})`
                      : ''
                  }`
                )
              }
            />
          </ListItem>
        ))}
      </List>
    );
  };

  return (
    <InfoCard
      title="Learning YAML"
      subheader="Material declared beside the code; only its owners see this"
    >
      {content()}
      {reading.error && <Alert severity="error">{reading.error}</Alert>}
      {(named || (sources.value?.items.length ?? 0) > 0) && (
        <Box mt={2}>
          <Button variant="outlined" disabled={reading.busy} onClick={readNow}>
            {reading.busy ? 'Reading…' : 'Read it again now'}
          </Button>
        </Box>
      )}
    </InfoCard>
  );
}
