import { InfoCard, Link } from '@backstage/core-components';
import { useApi, useRouteRef } from '@backstage/core-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import {
  LearningFreshnessWeek,
  LearningLowRated,
  LearningSmeLoad,
} from '@tech-learning/backstage-plugin-learning-common';
import Typography from '@material-ui/core/Typography';
import { useTheme } from '@material-ui/core/styles';
import { learningApiRef } from '../../api';
import { useReloadableAsync } from '../../hooks/useReloadableAsync';
import { resourceRouteRef } from '../../routes';
import { AsyncContent } from '../format/AsyncContent';
import { ChartFigure } from './ChartFigure';
import { ChartSeries, FigureChart } from './FigureChart';
import { FigureTable } from './FigureTable';
import { FigureColumn } from './figureTable';

const freshnessColumns: FigureColumn<LearningFreshnessWeek>[] = [
  { title: 'Week of', value: w => w.week },
  { title: 'Fresh', value: w => w.fresh, numeric: true },
  { title: 'Due for review', value: w => w.due, numeric: true },
  {
    title: 'Possibly outdated',
    value: w => w.possiblyOutdated,
    numeric: true,
  },
  { title: 'Broken', value: w => w.broken, numeric: true },
];

const smeColumns: FigureColumn<LearningSmeLoad>[] = [
  {
    title: 'SME',
    value: s => s.userRef,
    render: s => <EntityRefLink entityRef={s.userRef} defaultKind="user" />,
  },
  { title: 'Material', value: s => s.resources, numeric: true },
  { title: 'Reviews due', value: s => s.reviewsDue, numeric: true },
  { title: 'Open questions', value: s => s.openQuestions, numeric: true },
  { title: 'Sessions', value: s => s.sessions, numeric: true },
];

const days = (value?: number) =>
  value === undefined ? '–' : `${value} day${value === 1 ? '' : 's'}`;

/**
 * Health: the material by freshness state week by week, how long reviews
 * wait once due, what each SME carries, and the lowest-rated material.
 */
export function HealthSection(props: { weeks: number }) {
  const learningApi = useApi(learningApiRef);
  const resourceRoute = useRouteRef(resourceRouteRef);
  const theme = useTheme();
  const state = useReloadableAsync(
    () => learningApi.getInsightsHealth(props.weeks),
    [learningApi, props.weeks],
  );
  const ratedColumns: FigureColumn<LearningLowRated>[] = [
    {
      title: 'Material',
      value: r => r.title,
      render: r => (
        <Link to={resourceRoute({ id: r.resourceId })}>{r.title}</Link>
      ),
    },
    { title: 'Average rating', value: r => r.averageRating, numeric: true },
    { title: 'Ratings', value: r => r.ratings, numeric: true },
    { title: 'Comments', value: r => r.comments, numeric: true },
  ];
  const lines: ChartSeries[] = [
    { key: 'fresh', name: 'Fresh', color: theme.palette.success.main },
    { key: 'due', name: 'Due for review', color: theme.palette.warning.main },
    {
      key: 'possiblyOutdated',
      name: 'Possibly outdated',
      color: theme.palette.info.main,
    },
    { key: 'broken', name: 'Broken', color: theme.palette.error.main },
  ];
  return (
    <InfoCard
      title="Health"
      subheader="Is the material fresh, and who keeps it so"
    >
      <AsyncContent
        state={state}
        failure="Could not load the health of the material"
        isEmpty={() => false}
        empty=""
      >
        {health => (
          <>
            <ChartFigure
              title="Material by freshness"
              description="How much material was fresh, due for review, possibly outdated or broken at the end of each week; the last week is now."
              fileName="freshness-by-week"
              rows={health.freshness}
              rowKey={w => w.week}
              columns={freshnessColumns}
              empty="No material yet."
              chart={
                <FigureChart
                  type="lines"
                  x="week"
                  data={health.freshness}
                  series={lines}
                />
              }
            />
            <Typography variant="h6" component="h3">
              Review waits
            </Typography>
            <Typography variant="body1" paragraph>
              {health.reviewWaits.reviews === 0
                ? 'No review in the last 26 weeks waited once due.'
                : `Of the ${
                    health.reviewWaits.reviews
                  } reviews in the last 26 weeks that came after their due date, half waited ${days(
                    health.reviewWaits.medianDays,
                  )} or less, and nine in ten ${days(
                    health.reviewWaits.p90Days,
                  )} or less.`}{' '}
              {health.reviewWaits.waitingNow === 0
                ? 'Nothing waits for review now.'
                : `${health.reviewWaits.waitingNow} wait${
                    health.reviewWaits.waitingNow === 1 ? 's' : ''
                  } now, the longest for ${days(
                    health.reviewWaits.longestWaitingDays,
                  )}.`}
            </Typography>
            <FigureTable
              caption="What the SMEs carry"
              fileName="sme-load"
              rows={health.smeLoad}
              rowKey={s => s.userRef}
              columns={smeColumns}
              empty="No material has SMEs yet."
            />
            <FigureTable
              caption="Lowest rated"
              fileName="lowest-rated"
              rows={health.lowestRated}
              rowKey={r => r.resourceId}
              columns={ratedColumns}
              empty="No material has been rated by 5 people or more yet."
            />
          </>
        )}
      </AsyncContent>
    </InfoCard>
  );
}
