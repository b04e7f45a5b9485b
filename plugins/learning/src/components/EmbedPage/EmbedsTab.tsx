import {
  Link,
  ResponseErrorPanel,
  Table,
  TableColumn,
} from '@backstage/core-components';
import { useApi, useRouteRef } from '@backstage/core-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import {
  LEARNING_EMBED_STATUSES,
  LearningEmbed,
  LearningEmbedStatus,
} from '@tech-learning/backstage-plugin-learning-common';
import Chip from '@material-ui/core/Chip';
import Grid from '@material-ui/core/Grid';
import Paper from '@material-ui/core/Paper';
import Typography from '@material-ui/core/Typography';
import { useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { learningApiRef } from '../../api';
import { embedRouteRef } from '../../routes';
import { FilterSelect } from '../shared/FilterSelect';
import { capitalize } from '../shared/format';
import { seatsOf, whenOf } from './embedFormat';

/** Embeds listed at once; the rest are counted. */
const LIMIT = 100;

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

/**
 * The embeds tab of /learning: short stints inside other teams, open ones
 * first by default, each linking to its page.
 */
export function EmbedsTab() {
  const learningApi = useApi(learningApiRef);
  const [status, setStatus] = useState<LearningEmbedStatus | ''>('open');
  const state = useAsync(
    () =>
      learningApi.listEmbeds({
        status: status || undefined,
        sort: 'title',
        limit: LIMIT,
      }),
    [learningApi, status],
  );

  if (state.error) {
    return <ResponseErrorPanel error={state.error} />;
  }
  const page = state.value;
  return (
    <Grid container spacing={2}>
      <Grid item xs={12}>
        <Paper style={{ padding: 16 }}>
          <FilterSelect
            id="learning-embeds-status"
            label="Status"
            value={status}
            onChange={value => setStatus(value as LearningEmbedStatus | '')}
            options={[
              ['', 'Any status'],
              ...LEARNING_EMBED_STATUSES.map((s): [string, string] => [
                s,
                capitalize(s),
              ]),
            ]}
          />
        </Paper>
      </Grid>
      <Grid item xs={12}>
        <Table<LearningEmbed>
          title={`Embeds (${page?.totalCount ?? 0})`}
          isLoading={state.loading}
          columns={columns}
          data={page?.items ?? []}
          options={{
            paging: false,
            search: false,
            sorting: false,
            padding: 'dense',
          }}
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
      </Grid>
    </Grid>
  );
}
