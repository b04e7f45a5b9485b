import {
  EmptyState,
  Progress,
  ResponseErrorPanel,
  Table,
  TableColumn,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import {
  LearningFreshnessState,
  LearningResource,
} from '@tech-learning/backstage-plugin-learning-common';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { useCallback, useState } from 'react';
import { learningApiRef } from '../../api';
import {
  FreshnessChip,
  freshnessLabel,
  freshnessReasons,
} from '../format/FreshnessChip';
import { LoadMoreButton } from '../lists/LoadMoreButton';
import { MarkReviewedButton } from '../ResourcePage/MarkReviewedButton';
import { ResourceTitleLink } from '../format/ResourceTitleLink';
import { StateTabs } from '../lists/StateTabs';
import { formatDate } from '../format/format';
import { LIST_TABLE_OPTIONS } from '../lists/tableOptions';
import { usePagedList } from '../../hooks/usePagedList';

const PAGE = 20;

/** The states a queue holds, worst first. */
const NEEDS_REVIEW: LearningFreshnessState[] = [
  'broken',
  'possibly-outdated',
  'due',
];

type Filter = LearningFreshnessState | 'all';

function why(resource: LearningResource): string {
  const reasons = freshnessReasons(resource.freshness);
  if (reasons.length > 0) {
    return reasons.join('; ');
  }
  const due = resource.freshness.reviewDueAt;
  return `${
    resource.reviewedAt
      ? `Last reviewed ${formatDate(resource.reviewedAt)}`
      : 'Never reviewed'
  }${due ? `; due ${formatDate(due)}` : ''}`;
}

/**
 * "To review": the material the signed-in user teaches (as an SME, or
 * through the owning group) that is broken, possibly outdated or due, with
 * why, and "Mark reviewed" on each. A reviewed row leaves the list.
 */
export function ReviewQueueTab() {
  const learningApi = useApi(learningApiRef);
  const [filter, setFilter] = useState<Filter>('all');
  const [reviewed, setReviewed] = useState<Map<string, LearningResource>>(
    new Map(),
  );
  const fetchPage = useCallback(
    (cursor?: string) =>
      learningApi.getMyReviewQueue({
        freshness: filter === 'all' ? undefined : filter,
        limit: PAGE,
        cursor,
      }),
    [learningApi, filter],
  );
  const { page, loading, error, loadMore } = usePagedList(fetchPage);
  const items = page?.items;
  const total = page?.totalCount ?? 0;
  const left = total - reviewed.size;

  const columns: TableColumn<LearningResource>[] = [
    {
      title: 'Material',
      width: '30%',
      render: resource => (
        <Typography variant="body2" component="div">
          <ResourceTitleLink resource={resource} />
        </Typography>
      ),
    },
    {
      title: 'State',
      render: resource => (
        <FreshnessChip
          freshness={(reviewed.get(resource.id) ?? resource).freshness}
        />
      ),
    },
    {
      title: 'Why',
      width: '35%',
      render: resource => (
        <Typography variant="body2">
          {reviewed.has(resource.id) ? `Reviewed just now` : why(resource)}
        </Typography>
      ),
    },
    {
      title: 'Owner',
      cellStyle: { whiteSpace: 'nowrap' },
      render: resource => (
        <EntityRefLink entityRef={resource.owner} defaultKind="group" />
      ),
    },
    {
      title: 'Review',
      cellStyle: { whiteSpace: 'nowrap' },
      render: resource =>
        reviewed.has(resource.id) ? null : (
          <MarkReviewedButton
            resource={resource}
            size="small"
            namesResource
            onReviewed={done =>
              setReviewed(previous => new Map(previous).set(done.id, done))
            }
          />
        ),
    },
  ];

  return (
    <>
      <StateTabs
        value={filter}
        states={NEEDS_REVIEW}
        labelOf={freshnessLabel}
        ariaLabel="Filter what to review"
        onChange={value => {
          setFilter(value);
          setReviewed(new Map());
        }}
      />
      <Box mt={2}>
        {error && <ResponseErrorPanel error={error} />}
        {!items && loading && <Progress />}
        {items && items.length === 0 && !error && (
          <EmptyState
            missing="content"
            title="Nothing you teach needs you"
            description="Material you own or are an SME of shows here when it is due for review, when an entity it teaches changed, or when something it names left the catalog."
          />
        )}
        {items && items.length > 0 && (
          <Table<LearningResource>
            title={`${left} ${left === 1 ? 'item needs' : 'items need'} you`}
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
