import { Table, TableColumn } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { LearningResourceSummary } from '@tech-learning/backstage-plugin-learning-common';
import Chip from '@material-ui/core/Chip';
import Typography from '@material-ui/core/Typography';
import { ReactNode } from 'react';
import { Highlighted } from '../format/Highlighted';
import { ResourceTitleLink } from '../format/ResourceTitleLink';
import {
  capitalize,
  formatDuration,
  formatLabel,
  kindLabel,
} from '../format/format';
import { LIST_TABLE_OPTIONS } from './tableOptions';

/** A row: the resource and, optionally, a note about how it relates. */
interface ResourceRow {
  resource: LearningResourceSummary;
  note?: string;
}

const titleColumn = (highlight: string[]): TableColumn<ResourceRow> => ({
  title: 'Title',
  field: 'resource.title',
  width: '35%',
  render: row => (
    <>
      <Typography variant="body2" component="div">
        <ResourceTitleLink resource={row.resource}>
          <Highlighted text={row.resource.title} words={highlight} />
        </ResourceTitleLink>
      </Typography>
      <Typography variant="body2" color="textSecondary">
        <Highlighted text={row.resource.summary} words={highlight} />
      </Typography>
    </>
  ),
});

const columns: TableColumn<ResourceRow>[] = [
  { title: 'Kind', render: row => kindLabel(row.resource.kind) },
  { title: 'Format', render: row => formatLabel(row.resource.format) },
  { title: 'Level', render: row => capitalize(row.resource.level) },
  {
    title: 'Duration',
    render: row => formatDuration(row.resource.durationMinutes) ?? '—',
  },
  {
    title: 'Owner',
    // a team's name reads as one, not broken at its hyphens
    cellStyle: { whiteSpace: 'nowrap' },
    render: row => (
      <EntityRefLink entityRef={row.resource.owner} defaultKind="group" />
    ),
  },
  {
    title: 'Tags',
    render: row =>
      row.resource.tags.map(tag => (
        <Chip key={tag} label={tag} size="small" variant="outlined" />
      )),
  },
];

/**
 * Resources as a table, with an optional column of notes; the words of a
 * search (`highlight`) are marked in titles and summaries.
 */
export function ResourceTable(props: {
  title: string;
  rows: ResourceRow[];
  noteTitle?: string;
  emptyContent: ReactNode;
  actions?: ReactNode;
  highlight?: string[];
}) {
  const { title, rows, noteTitle, emptyContent, highlight = [] } = props;
  const allColumns = [
    titleColumn(highlight),
    ...columns,
    ...(noteTitle
      ? [{ title: noteTitle, render: (row: ResourceRow) => row.note }]
      : []),
  ];
  return (
    <Table<ResourceRow>
      title={title}
      columns={allColumns}
      data={rows}
      options={LIST_TABLE_OPTIONS}
      emptyContent={emptyContent}
    />
  );
}
