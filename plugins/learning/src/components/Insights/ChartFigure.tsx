import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import { ReactNode, useState } from 'react';
import { FigureTable } from './FigureTable';
import { FigureColumn } from './figureTable';

/**
 * A chart with its numbers: the chart for those who would rather look,
 * and at a click the same numbers as a table (with its CSV), for those who
 * would rather read or cannot see the chart.
 */
export function ChartFigure<T>(props: {
  title: string;
  /** One sentence on what the chart shows, read out with it. */
  description: string;
  chart: ReactNode;
  columns: FigureColumn<T>[];
  rows: T[];
  rowKey(row: T): string;
  fileName: string;
  empty: ReactNode;
}) {
  const [asTable, setAsTable] = useState(false);
  const id = `figure-${props.fileName}`;
  return (
    <Box component="figure" m={0} mb={3} aria-labelledby={`${id}-title`}>
      <Box display="flex" alignItems="center" justifyContent="space-between">
        <Typography variant="h6" component="h3" id={`${id}-title`}>
          {props.title}
        </Typography>
        {props.rows.length > 0 && (
          <Button
            size="small"
            onClick={() => setAsTable(t => !t)}
            aria-pressed={asTable}
          >
            {asTable ? 'Show chart' : 'Show table'}
          </Button>
        )}
      </Box>
      <Typography
        variant="body2"
        color="textSecondary"
        component="figcaption"
        id={`${id}-description`}
      >
        {props.description}
      </Typography>
      {props.rows.length === 0 && (
        <Typography variant="body2" color="textSecondary">
          {props.empty}
        </Typography>
      )}
      {props.rows.length > 0 &&
        (asTable ? (
          <FigureTable
            caption={`${props.title}: the numbers`}
            columns={props.columns}
            rows={props.rows}
            rowKey={props.rowKey}
            fileName={props.fileName}
            empty={props.empty}
          />
        ) : (
          <Box height={280}>{props.chart}</Box>
        ))}
    </Box>
  );
}
