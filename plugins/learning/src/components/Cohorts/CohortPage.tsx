import {
  Content,
  Header,
  InfoCard,
  Link,
  Page,
  Progress,
} from '@backstage/core-components';
import {
  useApi,
  useRouteRef,
  useRouteRefParams,
} from '@backstage/core-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { LearningCohort } from '@tech-learning/backstage-plugin-learning-common';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Grid from '@material-ui/core/Grid';
import LinearProgress from '@material-ui/core/LinearProgress';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { learningApiRef } from '../../api';
import { useAction } from '../../hooks/useAction';
import { useReloadableAsync } from '../../hooks/useReloadableAsync';
import { cohortRouteRef, resourceRouteRef, rootRouteRef } from '../../routes';
import { Discussion } from '../Discussion';
import { AsyncContent } from '../format/AsyncContent';
import { formatDate } from '../format/format';
import { describeCohort } from './CohortsCard';
import { downloadFile } from '../format/downloadFile';
import { JoinCohortButton } from './JoinCohortButton';
import { LoadFailure } from '../format/LoadFailure';

/** The weeks of the cohort, this week marked, each step linked. */
function ScheduleCard(props: { cohort: LearningCohort }) {
  const { cohort } = props;
  const resourceRoute = useRouteRef(resourceRouteRef);
  const learningApi = useApi(learningApiRef);
  const { error, run } = useAction();
  return (
    <InfoCard title="Schedule">
      <List dense aria-label="Schedule">
        {cohort.schedule.map(week => {
          const now = week.index === cohort.currentWeek;
          return (
            <ListItem
              key={week.index}
              disableGutters
              aria-current={now ? 'step' : undefined}
            >
              <ListItemText
                primaryTypographyProps={{
                  style: now ? { fontWeight: 'bold' } : undefined,
                }}
                primary={
                  <>
                    {`Week ${week.index + 1}: `}
                    {week.resourceId ? (
                      <Link to={resourceRoute({ id: week.resourceId })}>
                        {week.title}
                      </Link>
                    ) : (
                      week.title
                    )}
                    {now ? ' (this week)' : ''}
                  </>
                }
                secondary={`${formatDate(week.startsOn)} to ${formatDate(
                  week.endsOn,
                )}`}
              />
            </ListItem>
          );
        })}
      </List>
      <Button
        variant="outlined"
        size="small"
        onClick={() =>
          run(async () =>
            downloadFile(
              await learningApi.getCohortCalendar(cohort.id),
              `cohort-${cohort.id}.ics`,
              'text/calendar',
            ),
          )
        }
      >
        Add to calendar
      </Button>
      {error && (
        <Alert severity="error" role="alert">
          {error}
        </Alert>
      )}
    </InfoCard>
  );
}

/** The members and their progress, for members and the facilitator. */
function MembersCard(props: { cohort: LearningCohort; version: number }) {
  const { cohort } = props;
  const learningApi = useApi(learningApiRef);
  // the backend decides who is inside (members and the facilitator)
  const state = useReloadableAsync(
    () =>
      learningApi.listCohortMembers(cohort.id).catch(e => {
        if ((e as { statusCode?: number }).statusCode === 403) {
          return undefined;
        }
        throw e;
      }),
    [learningApi, cohort.id, cohort.isMember, props.version],
  );
  return (
    <InfoCard title={`Members (${cohort.memberCount} of ${cohort.capacity})`}>
      {!state.loading && !state.error && state.value === undefined ? (
        <Typography variant="body2" color="textSecondary">
          Only members see who is in the cohort and how far they are.
        </Typography>
      ) : (
        <AsyncContent
          state={state}
          failure="Could not load the members"
          isEmpty={value => !value || value.items.length === 0}
          empty="Nobody has joined yet."
        >
          {value => (
            <List dense aria-label="Members">
              {value!.items.map(member => (
                <ListItem key={member.userRef} disableGutters>
                  <ListItemText
                    primary={
                      <EntityRefLink
                        entityRef={member.userRef}
                        defaultKind="user"
                      />
                    }
                    secondaryTypographyProps={{ component: 'div' }}
                    secondary={
                      <>
                        <LinearProgress
                          variant="determinate"
                          value={member.progress}
                          aria-label={`Progress of ${member.userRef}`}
                        />
                        {`${member.weeksDone} of ${cohort.weeks} weeks done`}
                      </>
                    }
                  />
                </ListItem>
              ))}
            </List>
          )}
        </AsyncContent>
      )}
    </InfoCard>
  );
}

/** Cancels the cohort after asking, for its creator and facilitator. */
function CancelButton(props: { cohort: LearningCohort }) {
  const learningApi = useApi(learningApiRef);
  const navigate = useNavigate();
  const resourceRoute = useRouteRef(resourceRouteRef);
  const [sure, setSure] = useState(false);
  const { busy, error, run } = useAction();
  return (
    <>
      {sure ? (
        <Box display="flex" style={{ gap: 8 }} alignItems="center">
          <Typography variant="body2">
            Cancel it for all {props.cohort.memberCount} members, with its
            discussion?
          </Typography>
          <Button
            color="secondary"
            disabled={busy}
            onClick={() =>
              run(async () => {
                await learningApi.deleteCohort(props.cohort.id);
                navigate(resourceRoute({ id: props.cohort.resourceId }));
              })
            }
          >
            Cancel the cohort
          </Button>
          <Button onClick={() => setSure(false)}>Keep it</Button>
        </Box>
      ) : (
        <Button color="secondary" onClick={() => setSure(true)}>
          Cancel cohort
        </Button>
      )}
      {error && (
        <Alert severity="error" role="alert">
          {error}
        </Alert>
      )}
    </>
  );
}

/**
 * The page of one cohort: its schedule (this week's step), its members and
 * their progress (for members), its discussion, joining and leaving.
 */
export function CohortPage() {
  const { id } = useRouteRefParams(cohortRouteRef);
  const learningApi = useApi(learningApiRef);
  const learningRoute = useRouteRef(rootRouteRef);
  const resourceRoute = useRouteRef(resourceRouteRef);
  const [changed, setChanged] = useState<LearningCohort>();
  const [version, setVersion] = useState(0);
  const state = useReloadableAsync(async () => {
    setChanged(undefined);
    return learningApi.getCohort(id);
  }, [learningApi, id, version]);
  const cohort = changed ?? state.value;

  const body = () => {
    if (state.loading && !cohort) {
      return <Progress />;
    }
    if (state.error) {
      return (
        <LoadFailure
          error={state.error}
          title="No such cohort"
          description="It may have been cancelled, or you may not see it."
        />
      );
    }
    if (!cohort) {
      return null;
    }
    return (
      <Grid container spacing={3}>
        <Grid item xs={12}>
          <Box
            display="flex"
            alignItems="center"
            flexWrap="wrap"
            style={{ gap: 8 }}
          >
            <Typography variant="body1">
              {describeCohort(cohort)} ·{' '}
              <Link
                to={resourceRoute({ id: cohort.resourceId })}
                underline="always"
              >
                {cohort.resourceTitle}
              </Link>
              {cohort.facilitator && (
                <>
                  {' · facilitated by '}
                  <EntityRefLink
                    entityRef={cohort.facilitator}
                    defaultKind="user"
                  />
                </>
              )}
            </Typography>
            <JoinCohortButton
              cohort={cohort}
              onChange={joined => {
                if (joined) {
                  setChanged(joined);
                } else {
                  setVersion(v => v + 1);
                }
              }}
            />
            {cohort.mayManage && <CancelButton cohort={cohort} />}
          </Box>
        </Grid>
        <Grid item xs={12} md={8}>
          <Discussion
            // who may post changes with the membership
            key={String(cohort.isMember)}
            place={{ cohortId: cohort.id }}
            title="The cohort's discussion"
            cannotPost="Join the cohort to post in its discussion."
          />
        </Grid>
        <Grid item xs={12} md={4}>
          <Grid container spacing={3} direction="column">
            <Grid item>
              <ScheduleCard cohort={cohort} />
            </Grid>
            <Grid item>
              <MembersCard
                cohort={cohort}
                version={version + (changed ? 1 : 0)}
              />
            </Grid>
          </Grid>
        </Grid>
      </Grid>
    );
  };

  return (
    <Page themeId="tool">
      <Header
        title={
          cohort ? cohort.title ?? `${cohort.resourceTitle} cohort` : 'Cohort'
        }
        subtitle={
          cohort ? `Taking ${cohort.resourceTitle} together` : undefined
        }
        type="Learning"
        typeLink={learningRoute()}
      />
      <Content>{body()}</Content>
    </Page>
  );
}
