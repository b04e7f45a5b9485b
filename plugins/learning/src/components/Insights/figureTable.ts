import { ReactNode } from 'react';

/** A column of a figure's table: its title, and its value in a row. */
export interface FigureColumn<T> {
  title: string;
  /** The value, as the CSV has it; also shown unless `render` is given. */
  value(row: T): string | number | undefined;
  /** What the table shows, when not the value itself. */
  render?(row: T): ReactNode;
  numeric?: boolean;
}

/** A cell as CSV has it: quoted where needed, never read as a formula. */
function csvCell(value: string | number | undefined): string {
  if (value === undefined) {
    return '';
  }
  if (typeof value === 'number') {
    return String(value);
  }
  // a spreadsheet runs a cell that starts with = + - @ as a formula
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A table as CSV (RFC 4180): a header row, then a line per row. */
export function toCsv<T>(columns: FigureColumn<T>[], rows: T[]): string {
  return [
    columns.map(c => csvCell(c.title)).join(','),
    ...rows.map(row => columns.map(c => csvCell(c.value(row))).join(',')),
  ]
    .map(line => `${line}\r\n`)
    .join('');
}
