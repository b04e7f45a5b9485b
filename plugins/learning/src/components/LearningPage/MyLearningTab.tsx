import {
  EmptyState,
  LinkButton,
  Progress,
  ResponseErrorPanel,
  Table,
  TableColumn,
} from '@backstage/core-components';
import { useApi, useRouteRef } from '@backstage/core-plugin-api';
import {
  LEARNING_ENROLMENT_STATES,
  LearningEnrolmentState,
  MyLearningItem,
} from '@tech-learning/backstage-plugin-learning-common';
import Box from '@material-ui/core/Box';
import LinearProgress from '@material-ui/core/LinearProgress';
import Typography from '@material-ui/core/Typography';
import { useCallback, useState } from 'react';
import { learningApiRef } from '../../api';
import { rootRouteRef } from '../../routes';
import { ResourceTitleLink } from '../format/ResourceTitleLink';
import { StateTabs } from '../lists/StateTabs';
import { LoadMoreButton } from '../lists/LoadMoreButton';
import { usePagedList } from '../../hooks/usePagedList';
import { enrolmentStateLabel, formatDate, kindLabel } from '../format/format';
import { LIST_TABLE_OPTIONS } from '../lists/tableOptions';
import { MyRecordsCard } from './MyRecordsCard';

const PAGE = 20;

const columns: TableColumn<MyLearningItem>[] = [
  {
    title: 'Title',
    width: '40%',
    render: ({ resource }) => (
      <>
        <Typography variant="body2" component="div">
          <ResourceTitleLink resource={resource} />
        </Typography>
        <Typography variant="body2" color="textSecondary">
          {resource.summary}
        </Typography>
      </>
    ),
  },
  { title: 'Kind', render: ({ resource }) => kindLabel(resource.kind) },
  {
    title: 'State',
    render: ({ enrolment }) => enrolmentStateLabel(enrolment.state),
  },
  {
    title: 'Progress',
    render: ({ enrolment, resource }) => (
      <Box display="flex" alignItems="center" minWidth={120}>
        <Box flexGrow={1} mr={1}>
          <LinearProgress
            variant="determinate"
            value={enrolment.progress}
            aria-label={`Progress in ${resource.title}`}
          />
        </Box>
        <Typography variant="body2">{enrolment.progress}%</Typography>
      </Box>
    ),
  },
  {
    title: 'Changed',
    render: ({ enrolment }) => formatDate(enrolment.updatedAt),
  },
];

type Filter = LearningEnrolmentState | 'all';

/** The signed-in user's enrolments: enrolled, in progress, completed. */
function MyLearningList() {
  const learningApi = useApi(learningApiRef);
  const learningRoute = useRouteRef(rootRouteRef);
  const [filter, setFilter] = useState<Filter>('all');
  // offsets, as the cursors of the paged list
  const fetchPage = useCallback(
    async (cursor?: string) => {
      const offset = Number(cursor ?? 0);
      const page = await learningApi.getMyLearning({
        state: filter === 'all' ? undefined : filter,
        limit: PAGE,
        offset,
      });
      const next = offset + page.items.length;
      return {
        ...page,
        nextCursor:
          next < page.totalCount && page.items.length > 0
            ? String(next)
            : undefined,
      };
    },
    [learningApi, filter],
  );
  const { page, loading, error, loadMore } = usePagedList(fetchPage);
  const items = page?.items;
  const total = page?.totalCount ?? 0;

  return (
    <>
      <StateTabs
        value={filter}
        states={LEARNING_ENROLMENT_STATES}
        labelOf={enrolmentStateLabel}
        ariaLabel="Filter my learning"
        onChange={setFilter}
      />
      <Box mt={2}>
        {error && <ResponseErrorPanel error={error} />}
        {!items && loading && <Progress />}
        {items && items.length === 0 && !error && (
          <EmptyState
            missing="content"
            title={
              filter === 'all'
                ? 'You have not enrolled in anything yet'
                : `Nothing ${enrolmentStateLabel(filter).toLocaleLowerCase(
                    'en-US',
                  )}`
            }
            description="Enrol from a course's page, or from the page of a service you want to learn."
            action={
              <LinkButton
                variant="contained"
                color="primary"
                to={`${learningRoute()}/all`}
              >
                Browse learning material
              </LinkButton>
            }
          />
        )}
        {items && items.length > 0 && (
          <Table<MyLearningItem>
            title={`${total} ${total === 1 ? 'item' : 'items'}`}
            columns={columns}
            data={items}
            options={LIST_TABLE_OPTIONS}
          />
        )}
        {page?.nextCursor && (
          <Box mt={2}>
            <LoadMoreButton loading={loading} onClick={loadMore} />
          </Box>
        )}
      </Box>
    </>
  );
}

/**
 * My learning: the signed-in user's enrolments, and their records to
 * download or erase (after which the list is read again).
 */
export function MyLearningTab() {
  const [version, setVersion] = useState(0);
  return (
    <>
      <MyLearningList key={version} />
      <Box mt={3}>
        <MyRecordsCard onErased={() => setVersion(v => v + 1)} />
      </Box>
    </>
  );
}
