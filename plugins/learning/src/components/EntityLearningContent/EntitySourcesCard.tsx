import { InfoCard, Link, Progress } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { LEARNING_MATERIAL_ANNOTATION } from '@tech-learning/backstage-plugin-learning-common';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import { useState } from 'react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { learningApiRef } from '../../api';
import { formatDate } from '../shared/format';

/**
 * For an entity's owners: the learning YAML files the entity names, each
 * synced or with what is wrong with it, and a button to have them read
 * again now (`onRead` then reloads what the page shows).
 */
export function EntitySourcesCard(props: {
  entityRef: string;
  onRead(): void;
}) {
  const { entityRef, onRead } = props;
  const learningApi = useApi(learningApiRef);
  const sources = useAsyncRetry(
    () => learningApi.listSources(entityRef),
    [learningApi, entityRef],
  );
  const [reading, setReading] = useState(false);
  const [readError, setReadError] = useState<string>();

  const readNow = async () => {
    setReading(true);
    setReadError(undefined);
    try {
      await learningApi.refreshSources(entityRef);
      sources.retry();
      onRead();
    } catch (e) {
      setReadError((e as Error).message);
    } finally {
      setReading(false);
    }
  };

  const content = () => {
    if (sources.loading && !sources.value) {
      return <Progress />;
    }
    if (sources.error) {
      return <Alert severity="error">{sources.error.message}</Alert>;
    }
    const items = sources.value?.items ?? [];
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
      {readError && <Alert severity="error">{readError}</Alert>}
      <Box mt={2}>
        <Button variant="outlined" disabled={reading} onClick={readNow}>
          {reading ? 'Reading…' : 'Read it again now'}
        </Button>
      </Box>
    </InfoCard>
  );
}
