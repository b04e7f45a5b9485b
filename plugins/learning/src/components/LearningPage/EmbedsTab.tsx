import {
  Link,
  LinkButton,
  Progress,
  ResponseErrorPanel,
  Table,
  TableColumn,
} from '@backstage/core-components';
import { useApi, useRouteRef } from '@backstage/core-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { usePermission } from '@backstage/plugin-permission-react';
import {
  LEARNING_EMBED_STATUSES,
  LearningEmbed,
  learningEmbedCreatePermission,
  LearningEmbedStatus,
} from '@tech-learning/backstage-plugin-learning-common';
import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import Grid from '@material-ui/core/Grid';
import Paper from '@material-ui/core/Paper';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import AddIcon from '@material-ui/icons/Add';
import { useCallback, useState } from 'react';
import useDebounce from 'react-use/esm/useDebounce';
import { learningApiRef } from '../../api';
import { embedRouteRef, newEmbedRouteRef } from '../../routes';
import { CatalogRefPicker } from '../forms/CatalogRefPicker';
import { FilterOption, FilterSelect } from '../lists/FilterSelect';
import { capitalize, LINKABLE_KINDS } from '../format/format';
import { LoadMoreButton } from '../lists/LoadMoreButton';
import { usePagedList } from '../../hooks/usePagedList';
import { seatsOf, whenOf } from '../format/embedFormat';
import { LIST_TABLE_OPTIONS } from '../lists/tableOptions';

function EmbedTitle({ embed }: { embed: LearningEmbed }) {
  const embedRoute = useRouteRef(embedRouteRef);
  return (
    <>
      <Typography variant="body2" component="div">
        <Link to={embedRoute({ id: embed.id })}>{embed.title}</Link>
      </Typography>
      <Typography variant="body2" color="textSecondary">
        {embed.summary}
      </Typography>
    </>
  );
}

const columns: TableColumn<LearningEmbed>[] = [
  {
    title: 'Embed',
    width: '35%',
    render: embed => <EmbedTitle embed={embed} />,
  },
  {
    title: 'Host',
    cellStyle: { whiteSpace: 'nowrap' },
    render: embed => (
      <EntityRefLink entityRef={embed.host} defaultKind="group" />
    ),
  },
  { title: 'When', render: embed => whenOf(embed) },
  { title: 'Seats', render: embed => seatsOf(embed) },
  {
    title: 'Skills taught',
    render: embed =>
      embed.skillsTaught.map(skill => (
        <Chip key={skill} label={skill} size="small" variant="outlined" />
      )),
  },
];

type Filters = {
  status: LearningEmbedStatus | '';
  host: string;
  entityRef: string;
  skill: string;
  startsFrom: string;
  startsTo: string;
};

/**
 * The embeds tab of /learning: short stints inside other teams, filtered by
 * status (open ones by default), host team, entity, skill and start
 * window, a page at a time; each links to its page. Those who may post
 * embeds post one from here.
 */
export function EmbedsTab() {
  const learningApi = useApi(learningApiRef);
  const newEmbedRoute = useRouteRef(newEmbedRouteRef);
  const create = usePermission({ permission: learningEmbedCreatePermission });
  const [filters, setFilters] = useState<Filters>({
    status: 'open',
    host: '',
    entityRef: '',
    skill: '',
    startsFrom: '',
    startsTo: '',
  });
  const [skillText, setSkillText] = useState('');
  useDebounce(
    () => {
      const skill = skillText.trim();
      setFilters(f => (f.skill === skill ? f : { ...f, skill }));
    },
    300,
    [skillText],
  );
  const setFilter = (key: keyof Filters) => (value: string) =>
    setFilters(f => ({ ...f, [key]: value }));
  const fetchPage = useCallback(
    (cursor?: string) =>
      learningApi.listEmbeds({
        status: filters.status || undefined,
        host: filters.host || undefined,
        entityRef: filters.entityRef || undefined,
        skill: filters.skill || undefined,
        startsFrom: filters.startsFrom || undefined,
        startsTo: filters.startsTo || undefined,
        sort: 'title',
        cursor,
      }),
    [learningApi, filters],
  );
  const { page, loading, error, loadMore } = usePagedList(fetchPage);
  const day = (key: 'startsFrom' | 'startsTo', label: string) => (
    <TextField
      id={`learning-embeds-${key}`}
      type="date"
      fullWidth
      label={label}
      InputLabelProps={{ shrink: true }}
      value={filters[key]}
      onChange={e => setFilter(key)(e.target.value)}
    />
  );

  return (
    <Grid container spacing={2}>
      <Grid item xs={12}>
        <Paper>
          <Box p={2}>
            <Grid container spacing={2} alignItems="flex-end">
              <Grid item xs={6} md={2}>
                <FilterSelect
                  fullWidth
                  id="learning-embeds-status"
                  label="Status"
                  value={filters.status}
                  onChange={setFilter('status')}
                  options={[
                    ['', 'Any status'],
                    ...LEARNING_EMBED_STATUSES.map(
                      (s): FilterOption => [s, capitalize(s)],
                    ),
                  ]}
                />
              </Grid>
              <Grid item xs={6} md={2}>
                <TextField
                  id="learning-embeds-skill"
                  fullWidth
                  label="Skill"
                  placeholder="Kotlin"
                  value={skillText}
                  onChange={e => setSkillText(e.target.value)}
                />
              </Grid>
              <Grid item xs={6} md={2}>
                {day('startsFrom', 'Starting from')}
              </Grid>
              <Grid item xs={6} md={2}>
                {day('startsTo', 'Starting by')}
              </Grid>
              <Grid item xs={12} md={4}>
                {create.allowed && (
                  <Box display="flex" justifyContent="flex-end">
                    <LinkButton
                      to={newEmbedRoute()}
                      variant="contained"
                      color="primary"
                      startIcon={<AddIcon />}
                    >
                      Post an embed
                    </LinkButton>
                  </Box>
                )}
              </Grid>
              <Grid item xs={12} md={6}>
                <CatalogRefPicker
                  label="Host team"
                  kinds={['Group']}
                  value={filters.host}
                  onChange={setFilter('host')}
                />
              </Grid>
              <Grid item xs={12} md={6}>
                <CatalogRefPicker
                  label="Works on"
                  kinds={LINKABLE_KINDS}
                  value={filters.entityRef}
                  onChange={setFilter('entityRef')}
                />
              </Grid>
            </Grid>
          </Box>
        </Paper>
      </Grid>
      <Grid item xs={12}>
        {error && <ResponseErrorPanel error={error} />}
        {!page && loading && <Progress />}
        {page && (
          <Table<LearningEmbed>
            title={`Embeds (${page.totalCount})`}
            isLoading={loading}
            columns={columns}
            data={page.items}
            options={LIST_TABLE_OPTIONS}
            emptyContent={
              <Typography
                variant="body2"
                color="textSecondary"
                style={{ padding: 16 }}
              >
                No embed matches. Teams post embeds to take someone in for a few
                weeks.
              </Typography>
            }
          />
        )}
      </Grid>
      {page?.nextCursor && (
        <Grid item xs={12}>
          <LoadMoreButton loading={loading} onClick={loadMore} />
        </Grid>
      )}
    </Grid>
  );
}
