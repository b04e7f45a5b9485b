import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import GetAppIcon from '@material-ui/icons/GetApp';
import { ReactNode, useState } from 'react';
import { downloadFile } from '../format/downloadFile';
import { FigureColumn, toCsv } from './figureTable';

/**
 * A table of figures with its caption, and a CSV download of its rows
 * (all of them: `allRows` loads those not shown yet, where a list pages).
 */
export function FigureTable<T>(props: {
  caption: string;
  columns: FigureColumn<T>[];
  rows: T[];
  rowKey(row: T): string;
  /** The CSV's file name, without `.csv`. */
  fileName: string;
  empty: ReactNode;
  allRows?: () => Promise<T[]>;
  footer?: ReactNode;
}) {
  const [error, setError] = useState<Error>();
  const download = async () => {
    setError(undefined);
    try {
      const rows = props.allRows ? await props.allRows() : props.rows;
      downloadFile(
        toCsv(props.columns, rows),
        `${props.fileName}.csv`,
        'text/csv',
      );
    } catch (e) {
      setError(e as Error);
    }
  };
  return (
    <Box mb={3}>
      <Box display="flex" alignItems="center" justifyContent="space-between">
        <Typography variant="h6" component="h3">
          {props.caption}
        </Typography>
        {props.rows.length > 0 && (
          <Button
            size="small"
            startIcon={<GetAppIcon />}
            onClick={download}
            aria-label={`Download ${props.caption} as CSV`}
          >
            CSV
          </Button>
        )}
      </Box>
      {error && (
        <Typography color="error" variant="body2" role="alert">
          Could not download the CSV: {error.message}
        </Typography>
      )}
      {props.rows.length === 0 ? (
        <Typography variant="body2" color="textSecondary">
          {props.empty}
        </Typography>
      ) : (
        <Table size="small" aria-label={props.caption}>
          <TableHead>
            <TableRow>
              {props.columns.map(c => (
                <TableCell key={c.title} align={c.numeric ? 'right' : 'left'}>
                  {c.title}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {props.rows.map(row => (
              <TableRow key={props.rowKey(row)}>
                {props.columns.map(c => (
                  <TableCell key={c.title} align={c.numeric ? 'right' : 'left'}>
                    {c.render ? c.render(row) : c.value(row) ?? '–'}
                  </TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {props.footer}
    </Box>
  );
}
