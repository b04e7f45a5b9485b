import { Progress, ResponseErrorPanel } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import {
  LEARNING_FORMATS,
  LEARNING_FRESHNESS_STATES,
  LEARNING_LEVELS,
  LEARNING_RESOURCE_KINDS,
  LearningFormat,
  LearningFreshnessState,
  LearningLevel,
  LearningResourceKind,
} from '@tech-learning/backstage-plugin-learning-common';
import { parseEntityRef } from '@backstage/catalog-model';
import { humanizeEntityRef } from '@backstage/plugin-catalog-react';
import Button from '@material-ui/core/Button';
import Paper from '@material-ui/core/Paper';
import { CatalogRefPicker } from '../forms/CatalogRefPicker';
import { FilterOption, FilterSelect } from '../lists/FilterSelect';
import { freshnessLabel } from '../format/FreshnessChip';
import Grid from '@material-ui/core/Grid';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import { useCallback, useState } from 'react';
import useDebounce from 'react-use/esm/useDebounce';
import { learningApiRef, ListLearningResourcesRequest } from '../../api';
import { searchWords } from '../format/Highlighted';
import { ResourceTable } from '../lists/ResourceTable';
import { LoadMoreButton } from '../lists/LoadMoreButton';
import { usePagedList } from '../../hooks/usePagedList';
import { capitalize, formatLabel, kindLabel } from '../format/format';

type Filters = {
  kind: string;
  format: string;
  level: string;
  freshness: string;
  tag: string;
  owner: string;
  system: string;
};

const NO_FILTERS: Filters = {
  kind: '',
  format: '',
  level: '',
  freshness: '',
  tag: '',
  owner: '',
  system: '',
};

const FILTER_LABELS: Record<keyof Filters, string> = {
  kind: 'Kind',
  format: 'Format',
  level: 'Level',
  freshness: 'Freshness',
  tag: 'Tag',
  owner: 'Owner',
  system: 'System',
};

/** A filter's value as the bar shows it. */
function filterValueLabel(key: keyof Filters, value: string): string {
  switch (key) {
    case 'kind':
      return kindLabel(value as LearningResourceKind);
    case 'format':
      return formatLabel(value as LearningFormat);
    case 'level':
      return capitalize(value);
    case 'freshness':
      return freshnessLabel(value as LearningFreshnessState);
    case 'owner':
    case 'system':
      return humanizeEntityRef(parseEntityRef(value), {
        defaultKind: key === 'owner' ? 'group' : 'system',
      });
    default:
      return value;
  }
}

/** One filter of the bar, in its grid cell. */
function select(
  id: string,
  label: string,
  value: string,
  onChange: (value: string) => void,
  options: FilterOption[],
) {
  return (
    <Grid item xs={6} md={3}>
      <FilterSelect
        fullWidth
        id={`learning-browse-${id}`}
        label={label}
        value={value}
        onChange={onChange}
        options={options}
      />
    </Grid>
  );
}

/**
 * Browse and search all learning material: free text and filters by kind,
 * format, level, freshness, tag, system and owner, a page at a time.
 */
export function BrowseTab() {
  const learningApi = useApi(learningApiRef);
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [tagText, setTagText] = useState('');
  const [sort, setSort] = useState('');
  useDebounce(
    () => {
      const tag = tagText.trim().toLocaleLowerCase('en-US');
      // a new object only for a new tag, or every debounce would reload
      setFilters(f => (f.tag === tag ? f : { ...f, tag }));
    },
    300,
    [tagText],
  );
  const setFilter = (key: keyof Filters) => (value: string) =>
    setFilters(f => ({ ...f, [key]: value }));
  useDebounce(() => setQuery(text.trim()), 300, [text]);

  const fetchPage = useCallback(
    (cursor?: string, signal?: AbortSignal) =>
      learningApi.listResources(
        {
          q: query || undefined,
          sort: (sort as ListLearningResourcesRequest['sort']) || undefined,
          kind: (filters.kind as LearningResourceKind) || undefined,
          format: (filters.format as LearningFormat) || undefined,
          level: (filters.level as LearningLevel) || undefined,
          freshness: (filters.freshness as LearningFreshnessState) || undefined,
          tag: filters.tag || undefined,
          owner: filters.owner || undefined,
          entityRef: filters.system || undefined,
          cursor,
        },
        { signal },
      ),
    [learningApi, query, sort, filters],
  );
  const reset = () => {
    setText('');
    setQuery('');
    setTagText('');
    setFilters(NO_FILTERS);
  };
  const narrowedBy = [
    query && `“${query}”`,
    ...(Object.keys(NO_FILTERS) as Array<keyof Filters>)
      .filter(key => filters[key])
      .map(
        key => `${FILTER_LABELS[key]}: ${filterValueLabel(key, filters[key])}`,
      ),
  ].filter(Boolean);
  const { page: state, loading, error, loadMore } = usePagedList(fetchPage);

  return (
    <Grid container spacing={2} alignItems="flex-end">
      <Grid item xs={12}>
        {/* on a surface of its own, so that the field labels keep their contrast */}
        <Paper>
          <Grid
            container
            spacing={2}
            alignItems="flex-end"
            style={{ padding: 16, margin: 0, width: '100%' }}
          >
            <Grid item xs={12} md={6}>
              <TextField
                fullWidth
                id="learning-browse-search"
                label="Search"
                placeholder='kafka partitions, "exactly once", -bootcamp'
                helperText='All words match; "quotes" for a phrase, -word to leave out, or for either'
                value={text}
                onChange={e => setText(e.target.value)}
                inputProps={{ 'aria-label': 'Search learning material' }}
              />
            </Grid>
            <Grid item xs={6} md={3}>
              <FilterSelect
                fullWidth
                id="learning-browse-sort"
                label="Order"
                value={sort}
                onChange={setSort}
                options={[
                  ['', query ? 'Best match' : 'Title'],
                  ['title', 'Title'],
                  ['updated', 'Recently changed'],
                ]}
              />
            </Grid>
            <Grid item xs={6} md={3}>
              <TextField
                fullWidth
                id="learning-browse-tag"
                label="Tag"
                placeholder="kafka"
                value={tagText}
                onChange={e => setTagText(e.target.value)}
              />
            </Grid>
            {select('kind', 'Kind', filters.kind, setFilter('kind'), [
              ['', 'All kinds'],
              ...LEARNING_RESOURCE_KINDS.map(
                k => [k, kindLabel(k)] as FilterOption,
              ),
            ])}
            {select('format', 'Format', filters.format, setFilter('format'), [
              ['', 'All formats'],
              ...LEARNING_FORMATS.map(f => [f, formatLabel(f)] as FilterOption),
            ])}
            {select('level', 'Level', filters.level, setFilter('level'), [
              ['', 'All levels'],
              ...LEARNING_LEVELS.map(l => [l, capitalize(l)] as FilterOption),
            ])}
            {select(
              'freshness',
              'Freshness',
              filters.freshness,
              setFilter('freshness'),
              [
                ['', 'Any'],
                ...LEARNING_FRESHNESS_STATES.map(
                  f => [f, freshnessLabel(f)] as FilterOption,
                ),
              ],
            )}
            <Grid item xs={12} md={6}>
              <CatalogRefPicker
                label="System"
                kinds={['System']}
                value={filters.system}
                onChange={setFilter('system')}
              />
            </Grid>
            <Grid item xs={12} md={6}>
              <CatalogRefPicker
                label="Owner"
                kinds={['Group', 'User']}
                value={filters.owner}
                onChange={setFilter('owner')}
              />
            </Grid>
          </Grid>
        </Paper>
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
            highlight={searchWords(query)}
            emptyContent={
              narrowedBy.length > 0 ? (
                <div style={{ padding: 16 }}>
                  <Typography variant="body2" color="textSecondary">
                    Nothing matches {narrowedBy.join(', ')}.
                  </Typography>
                  <Button
                    size="small"
                    color="primary"
                    onClick={reset}
                    style={{ marginTop: 8 }}
                  >
                    Clear search and filters
                  </Button>
                </div>
              ) : (
                <Typography
                  variant="body2"
                  color="textSecondary"
                  style={{ padding: 16 }}
                >
                  There is no learning material yet.
                </Typography>
              )
            }
          />
        )}
      </Grid>
      {state?.nextCursor && (
        <Grid item xs={12}>
          <LoadMoreButton loading={loading} onClick={loadMore} />
        </Grid>
      )}
    </Grid>
  );
}
