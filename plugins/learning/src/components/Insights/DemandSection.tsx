import { InfoCard } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import {
  LearningDemandWeek,
  LearningEmptyPage,
  LearningSearchMiss,
} from '@tech-learning/backstage-plugin-learning-common';
import { useTheme } from '@material-ui/core/styles';
import { learningApiRef } from '../../api';
import { useReloadableAsync } from '../../hooks/useReloadableAsync';
import { AsyncContent } from '../format/AsyncContent';
import { ChartFigure } from './ChartFigure';
import { FigureChart } from './FigureChart';
import { FigureTable } from './FigureTable';
import { FigureColumn } from './figureTable';

/** What a cell of fewer than 5 people shows instead of its number. */
const WITHHELD = 'fewer than 5';

const activityColumns: FigureColumn<LearningDemandWeek>[] = [
  { title: 'Week of', value: a => a.week },
  { title: 'Format', value: a => a.format },
  { title: 'Kind', value: a => a.kind },
  { title: 'Enrolments', value: a => a.enrolments ?? WITHHELD, numeric: true },
  {
    title: 'Completions',
    value: a => a.completions ?? WITHHELD,
    numeric: true,
  },
];

const missColumns: FigureColumn<LearningSearchMiss>[] = [
  { title: 'Search', value: m => m.query },
  { title: 'Times searched', value: m => m.searches, numeric: true },
  { title: 'Last searched', value: m => m.lastSearched },
];

const emptyPageColumns: FigureColumn<LearningEmptyPage>[] = [
  {
    title: 'Entity',
    value: p => p.entityRef,
    render: p => <EntityRefLink entityRef={p.entityRef} />,
  },
  {
    title: 'Views with nothing to show',
    value: p => p.emptyViews,
    numeric: true,
  },
  { title: 'Views', value: p => p.views, numeric: true },
];

/**
 * Enrolments or completions per week and format, summed over the cells
 * shown: those of fewer than 5 people are not in the sums.
 */
function byWeekAndFormat(
  activity: LearningDemandWeek[],
  field: 'enrolments' | 'completions',
) {
  const weeks = new Map<string, Record<string, string | number>>();
  for (const cell of activity) {
    const row = weeks.get(cell.week) ?? { week: cell.week };
    const value = cell[field];
    if (value !== undefined) {
      row[cell.format] = Number(row[cell.format] ?? 0) + value;
    }
    weeks.set(cell.week, row);
  }
  return [...weeks.values()];
}

/**
 * Demand: what people enrol in and complete, week by week and by format;
 * the searches that found nothing; the entity pages opened that had no
 * material to show. Figures about people only where 5 or more.
 */
export function DemandSection(props: { weeks: number }) {
  const learningApi = useApi(learningApiRef);
  const theme = useTheme();
  const state = useReloadableAsync(
    () => learningApi.getInsightsDemand(props.weeks),
    [learningApi, props.weeks],
  );
  const colors = [
    theme.palette.primary.main,
    theme.palette.secondary.main,
    theme.palette.success.main,
    theme.palette.warning.main,
    theme.palette.info.main,
    theme.palette.error.main,
    theme.palette.grey[600],
    theme.palette.text.primary,
  ];
  return (
    <InfoCard
      title="Demand"
      subheader="What people take, and what they look for and do not find"
    >
      <AsyncContent
        state={state}
        failure="Could not load the demand"
        isEmpty={() => false}
        empty=""
      >
        {demand => {
          const formats = [
            ...new Set(demand.activity.map(a => a.format)),
          ].sort();
          return (
            <>
              {(['enrolments', 'completions'] as const).map(field => (
                <ChartFigure
                  key={field}
                  title={`${
                    field === 'enrolments' ? 'Enrolments' : 'Completions'
                  } per week, by format`}
                  description={`${
                    field === 'enrolments' ? 'Enrolments' : 'Completions'
                  } each week in each format of material; a format and kind that fewer than 5 people ${
                    field === 'enrolments' ? 'enrolled in' : 'completed'
                  } that week is left out.`}
                  fileName={`${field}-by-week`}
                  rows={demand.activity}
                  rowKey={a => `${a.week}|${a.format}|${a.kind}`}
                  columns={activityColumns}
                  empty="Nobody enrolled in anything in these weeks."
                  chart={
                    <FigureChart
                      type="stacked-bars"
                      x="week"
                      data={byWeekAndFormat(demand.activity, field)}
                      series={formats.map((format, i) => ({
                        key: format,
                        color: colors[i % colors.length],
                      }))}
                    />
                  }
                />
              ))}
              <FigureTable
                caption="Searches that found nothing"
                fileName="searches-that-found-nothing"
                rows={demand.searchMisses}
                rowKey={m => m.query}
                columns={missColumns}
                empty="No search that found nothing was made by 5 people or more."
              />
              <FigureTable
                caption="Pages with nothing to learn"
                fileName="pages-with-nothing-to-learn"
                rows={demand.emptyPages}
                rowKey={p => p.entityRef}
                columns={emptyPageColumns}
                empty="Every entity page opened had material to show."
              />
            </>
          );
        }}
      </AsyncContent>
    </InfoCard>
  );
}
