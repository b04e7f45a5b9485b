import { Progress, ResponseErrorPanel } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import {
  LEARNING_RESOURCE_KINDS,
  LearningResource,
  LearningResourceKind,
} from '@tech-learning/backstage-plugin-learning-common';
import Button from '@material-ui/core/Button';
import Grid from '@material-ui/core/Grid';
import MenuItem from '@material-ui/core/MenuItem';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import { useCallback, useEffect, useRef, useState } from 'react';
import useDebounce from 'react-use/esm/useDebounce';
import { learningApiRef } from '../../api';
import { ResourceTable } from '../shared/ResourceTable';
import { kindLabel } from '../shared/format';

interface ListState {
  items: LearningResource[];
  totalCount: number;
  nextCursor?: string;
}

/** Browse and search all learning material. */
export function BrowseTab() {
  const learningApi = useApi(learningApiRef);
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  const [kind, setKind] = useState<LearningResourceKind | ''>('');
  const [state, setState] = useState<ListState>();
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<Error>();

  // Only the answer to the latest request is shown, whatever order the
  // answers come back in.
  const latest = useRef(0);

  useDebounce(() => setQuery(text.trim()), 300, [text]);

  const load = useCallback(
    async (cursor?: string) => {
      const request = ++latest.current;
      setLoading(true);
      setError(undefined);
      try {
        const page = await learningApi.listResources({
          q: query || undefined,
          kind: kind || undefined,
          cursor,
        });
        if (request !== latest.current) {
          return;
        }
        setState(previous => ({
          items: cursor
            ? [...(previous?.items ?? []), ...page.items]
            : page.items,
          totalCount: page.totalCount,
          nextCursor: page.nextCursor,
        }));
      } catch (e) {
        if (request === latest.current) {
          setError(e as Error);
        }
      } finally {
        if (request === latest.current) {
          setLoading(false);
        }
      }
    },
    [learningApi, query, kind],
  );

  useEffect(() => {
    load();
  }, [load]);

  return (
    <Grid container spacing={2} alignItems="flex-end">
      <Grid item xs={12} md={6}>
        <TextField
          fullWidth
          label="Search"
          placeholder="Title, summary or tag"
          value={text}
          onChange={e => setText(e.target.value)}
          inputProps={{ 'aria-label': 'Search learning material' }}
        />
      </Grid>
      <Grid item xs={12} md={3}>
        <TextField
          select
          fullWidth
          id="learning-browse-kind"
          label="Kind"
          SelectProps={{ displayEmpty: true }}
          InputLabelProps={{ shrink: true }}
          value={kind}
          onChange={e => setKind(e.target.value as LearningResourceKind)}
        >
          <MenuItem value="">All kinds</MenuItem>
          {LEARNING_RESOURCE_KINDS.map(k => (
            <MenuItem key={k} value={k}>
              {kindLabel(k)}
            </MenuItem>
          ))}
        </TextField>
      </Grid>
      <Grid item xs={12}>
        {error && <ResponseErrorPanel error={error} />}
        {!state && loading && <Progress />}
        {state && (
          <ResourceTable
            title={`${state.totalCount} ${
              state.totalCount === 1 ? 'result' : 'results'
            }`}
            rows={state.items.map(resource => ({ resource }))}
            emptyContent={
              <Typography
                variant="body2"
                color="textSecondary"
                style={{ padding: 16 }}
              >
                {query || kind
                  ? 'Nothing matches these filters.'
                  : 'There is no learning material yet.'}
              </Typography>
            }
          />
        )}
      </Grid>
      {state?.nextCursor && (
        <Grid item xs={12}>
          <Button
            variant="outlined"
            disabled={loading}
            onClick={() => load(state.nextCursor)}
          >
            {loading ? 'Loading…' : 'Load more'}
          </Button>
        </Grid>
      )}
    </Grid>
  );
}
