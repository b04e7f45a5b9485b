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
import Button from '@material-ui/core/Button';
import LinearProgress from '@material-ui/core/LinearProgress';
import Tab from '@material-ui/core/Tab';
import Tabs from '@material-ui/core/Tabs';
import Typography from '@material-ui/core/Typography';
import { useCallback, useEffect, useRef, useState } from 'react';
import { learningApiRef } from '../../api';
import { rootRouteRef } from '../../routes';
import { ResourceTitleLink } from '../shared/ResourceTitleLink';
import { enrolmentStateLabel, formatDate, kindLabel } from '../shared/format';

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
export function MyLearningTab() {
  const learningApi = useApi(learningApiRef);
  const learningRoute = useRouteRef(rootRouteRef);
  const [filter, setFilter] = useState<Filter>('all');
  const [items, setItems] = useState<MyLearningItem[]>();
  const [total, setTotal] = useState(0);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<Error>();
  const latest = useRef(0);

  const load = useCallback(
    async (offset: number) => {
      const request = ++latest.current;
      setLoading(true);
      setError(undefined);
      try {
        const page = await learningApi.getMyLearning({
          state: filter === 'all' ? undefined : filter,
          limit: PAGE,
          offset,
        });
        if (request === latest.current) {
          setItems(previous =>
            offset === 0 ? page.items : [...(previous ?? []), ...page.items],
          );
          setTotal(page.totalCount);
        }
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
    [learningApi, filter],
  );

  useEffect(() => {
    load(0);
  }, [load]);

  return (
    <>
      <Tabs
        value={filter}
        onChange={(_e, value) => setFilter(value)}
        indicatorColor="primary"
        aria-label="Filter my learning"
      >
        <Tab value="all" label="All" />
        {LEARNING_ENROLMENT_STATES.map(state => (
          <Tab key={state} value={state} label={enrolmentStateLabel(state)} />
        ))}
      </Tabs>
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
                to={learningRoute()}
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
            // material-table's sort headers nest focusable elements (an axe
            // violation); the order comes from the backend or our own control
            options={{
              paging: false,
              search: false,
              sorting: false,
              padding: 'dense',
            }}
          />
        )}
        {items && items.length < total && (
          <Box mt={2}>
            <Button
              variant="outlined"
              disabled={loading}
              onClick={() => load(items.length)}
            >
              {loading ? 'Loading…' : 'Load more'}
            </Button>
          </Box>
        )}
      </Box>
    </>
  );
}
