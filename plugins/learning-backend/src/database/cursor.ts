import { InputError } from '@backstage/errors';
import { ResourceSort } from './LearningStore';

interface CursorPosition {
  value: string;
  id: string;
}

/** An opaque cursor: the sort and the last row's sort value and id. */
export function encodeCursor(sort: ResourceSort, position: CursorPosition) {
  return Buffer.from(
    JSON.stringify({ s: sort, v: position.value, i: position.id }),
  ).toString('base64url');
}

export function decodeCursor(
  cursor: string,
  sort: ResourceSort,
): CursorPosition {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new InputError('cursor is not a cursor this API returned');
  }
  const p = parsed as { s?: unknown; v?: unknown; i?: unknown };
  if (
    typeof p !== 'object' ||
    p === null ||
    typeof p.v !== 'string' ||
    typeof p.i !== 'string'
  ) {
    throw new InputError('cursor is not a cursor this API returned');
  }
  if (p.s !== sort) {
    throw new InputError(
      `cursor was made for sort '${p.s}', not '${sort}'; start again without it`,
    );
  }
  return { value: p.v, id: p.i };
}
