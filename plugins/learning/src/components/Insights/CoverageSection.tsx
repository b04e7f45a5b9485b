import { parseEntityRef } from '@backstage/catalog-model';
import { InfoCard, Link } from '@backstage/core-components';
import { useApi, useRouteRef } from '@backstage/core-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import {
  LearningCoverageGroup,
  LearningDebtItem,
} from '@tech-learning/backstage-plugin-learning-common';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { useTheme } from '@material-ui/core/styles';
import { useEffect, useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { InsightsCoverageRequest, learningApiRef } from '../../api';
import { useReloadableAsync } from '../../hooks/useReloadableAsync';
import { newResourceRouteRef } from '../../routes';
import { AsyncContent } from '../format/AsyncContent';
import { FilterOption, FilterSelect } from '../lists/FilterSelect';
import { LoadMoreButton } from '../lists/LoadMoreButton';
import { ChartFigure } from './ChartFigure';
import { FigureChart } from './FigureChart';
import { FigureTable } from './FigureTable';
import { FigureColumn } from './figureTable';

const PAGE = 20;

/** An entity ref's name, for chart labels; "none" for the empty key. */
const shortName = (ref: string) => (ref ? parseEntityRef(ref).name : 'none');

const percent = (share?: number) =>
  share === undefined ? undefined : `${Math.round(share * 100)} %`;

const groupColumns = (title: string): FigureColumn<LearningCoverageGroup>[] => [
  {
    title,
    value: g => g.key || 'none',
    render: g => (g.key ? <EntityRefLink entityRef={g.key} /> : <em>none</em>),
  },
  { title: 'Entities', value: g => g.entities, numeric: true },
  { title: 'Taught', value: g => g.covered, numeric: true },
  { title: 'In production', value: g => g.production, numeric: true },
  {
    title: 'In production, taught',
    value: g => g.productionCovered,
    numeric: true,
  },
  {
    title: 'Weighted coverage',
    value: g => percent(g.weightedCoverage),
    numeric: true,
  },
];

type Filters = Required<
  Pick<InsightsCoverageRequest, 'owner' | 'system' | 'lifecycle'>
> & { kind: '' | 'component' | 'api' };

const NO_FILTERS: Filters = { owner: '', system: '', kind: '', lifecycle: '' };

/**
 * Coverage: how many components and APIs per system and owner have
 * material that teaches them, weighted by lifecycle, and the learning
 * debt, most depended on first, with a way to add material to each.
 */
export function CoverageSection() {
  const learningApi = useApi(learningApiRef);
  const newResource = useRouteRef(newResourceRouteRef);
  const theme = useTheme();
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const request: InsightsCoverageRequest = {
    owner: filters.owner || undefined,
    system: filters.system || undefined,
    kind: filters.kind || undefined,
    lifecycle: filters.lifecycle || undefined,
  };
  const state = useReloadableAsync(
    () => learningApi.getInsightsCoverage({ ...request, limit: PAGE }),
    [learningApi, filters],
  );
  // the filters' choices, from the whole catalog
  const choices = useAsync(
    () => learningApi.getInsightsCoverage({ limit: 1 }),
    [learningApi],
  );
  const [more, setMore] = useState<LearningDebtItem[]>([]);
  const [cursor, setCursor] = useState<string>();
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<Error>();
  useEffect(() => {
    setMore([]);
    setCursor(state.value?.debt.nextCursor);
  }, [state.value]);

  const loadMore = async () => {
    setLoadingMore(true);
    setMoreError(undefined);
    try {
      const page = await learningApi.getInsightsCoverage({
        ...request,
        limit: PAGE,
        cursor,
      });
      setMore(m => [...m, ...page.debt.items]);
      setCursor(page.debt.nextCursor);
    } catch (e) {
      setMoreError(e as Error);
    } finally {
      setLoadingMore(false);
    }
  };
  const allDebt = async () => {
    const items: LearningDebtItem[] = [];
    let next: string | undefined;
    do {
      const page = await learningApi.getInsightsCoverage({
        ...request,
        limit: 100,
        cursor: next,
      });
      items.push(...page.debt.items);
      next = page.debt.nextCursor;
    } while (next);
    return items;
  };

  const options = (
    groups: LearningCoverageGroup[] | undefined,
    all: string,
    label: (key: string) => string = shortName,
  ): FilterOption[] => [
    ['', all],
    ...(groups ?? [])
      .filter(g => g.key)
      .map(g => [g.key, label(g.key)] as FilterOption),
  ];
  const set = (key: keyof Filters) => (value: string) =>
    setFilters(f => ({ ...f, [key]: value }));

  const debtColumns: FigureColumn<LearningDebtItem>[] = [
    {
      title: 'Entity',
      value: d => d.entityRef,
      render: d => <EntityRefLink entityRef={d.entityRef} />,
    },
    { title: 'Kind', value: d => d.kind },
    {
      title: 'Owner',
      value: d => d.ownerRef,
      render: d =>
        d.ownerRef ? <EntityRefLink entityRef={d.ownerRef} /> : '–',
    },
    { title: 'System', value: d => d.systemRef && shortName(d.systemRef) },
    { title: 'Lifecycle', value: d => d.lifecycle },
    { title: 'Dependents', value: d => d.dependents, numeric: true },
    { title: 'Page views (30 days)', value: d => d.views, numeric: true },
    {
      title: 'Add',
      value: () => undefined,
      render: d => (
        <Link
          to={`${newResource()}?entity=${encodeURIComponent(d.entityRef)}`}
          aria-label={`Add material that teaches ${shortName(d.entityRef)}`}
        >
          Add material
        </Link>
      ),
    },
  ];

  return (
    <InfoCard
      title="Coverage"
      subheader="Which components and APIs people can learn"
    >
      <Box display="flex" flexWrap="wrap" style={{ gap: 16 }} mb={2}>
        <FilterSelect
          id="coverage-owner"
          label="Owner"
          value={filters.owner}
          onChange={set('owner')}
          options={options(choices.value?.byOwner, 'All owners')}
        />
        <FilterSelect
          id="coverage-system"
          label="System"
          value={filters.system}
          onChange={set('system')}
          options={options(choices.value?.bySystem, 'All systems')}
        />
        <FilterSelect
          id="coverage-kind"
          label="Kind"
          value={filters.kind}
          onChange={set('kind')}
          options={[
            ['', 'Components and APIs'],
            ['component', 'Components'],
            ['api', 'APIs'],
          ]}
        />
        <FilterSelect
          id="coverage-lifecycle"
          label="Lifecycle"
          value={filters.lifecycle}
          onChange={set('lifecycle')}
          options={options(
            choices.value?.byLifecycle,
            'All lifecycles',
            key => key,
          )}
        />
      </Box>
      <AsyncContent
        state={state}
        failure="Could not load the coverage"
        isEmpty={c => c.total.entities === 0}
        empty="No component or API matches these filters."
      >
        {coverage => (
          <>
            <Typography variant="body1" paragraph>
              {coverage.total.covered} of {coverage.total.entities} components
              and APIs have material that teaches them; of those in production,{' '}
              {coverage.total.productionCovered} of {coverage.total.production}.
              Weighted by lifecycle (production counts three times, deprecated
              not at all):{' '}
              <strong>{percent(coverage.total.weightedCoverage) ?? '–'}</strong>
              .
            </Typography>
            <ChartFigure
              title="Coverage by system"
              description="Components and APIs of each system, taught and not taught, the largest systems first."
              fileName="coverage-by-system"
              rows={coverage.bySystem}
              rowKey={g => g.key}
              columns={groupColumns('System')}
              empty="No system."
              chart={
                <FigureChart
                  type="stacked-bars"
                  x="system"
                  data={coverage.bySystem.map(g => ({
                    system: shortName(g.key),
                    taught: g.covered,
                    untaught: g.entities - g.covered,
                  }))}
                  series={[
                    {
                      key: 'taught',
                      name: 'Taught',
                      color: theme.palette.success.main,
                    },
                    {
                      key: 'untaught',
                      name: 'Not taught',
                      color: theme.palette.grey[400],
                    },
                  ]}
                />
              }
            />
            <FigureTable
              caption="Coverage by owner"
              fileName="coverage-by-owner"
              rows={coverage.byOwner}
              rowKey={g => g.key}
              columns={groupColumns('Owner')}
              empty="No owner."
            />
            <FigureTable
              caption="Coverage by lifecycle"
              fileName="coverage-by-lifecycle"
              rows={coverage.byLifecycle}
              rowKey={g => g.key}
              columns={groupColumns('Lifecycle').map((c, i) =>
                i === 0
                  ? {
                      ...c,
                      render: (g: LearningCoverageGroup) => g.key || 'none',
                    }
                  : c,
              )}
              empty="No lifecycle."
            />
            <FigureTable
              caption={`Learning debt: ${coverage.debt.totalItems} without material`}
              fileName="learning-debt"
              rows={[...coverage.debt.items, ...more]}
              rowKey={d => d.entityRef}
              columns={debtColumns}
              empty="Every component and API here has material that teaches it."
              allRows={allDebt}
              footer={
                <Box mt={1}>
                  {moreError && (
                    <Typography color="error" variant="body2" role="alert">
                      Could not load more: {moreError.message}
                    </Typography>
                  )}
                  {cursor && (
                    <LoadMoreButton loading={loadingMore} onClick={loadMore} />
                  )}
                </Box>
              }
            />
          </>
        )}
      </AsyncContent>
    </InfoCard>
  );
}
