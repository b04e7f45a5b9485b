import { InputError } from '@backstage/errors';
import { Knex } from 'knex';
import { toIsoTimestamp } from './timestamps';

/**
 * The orders of paged lists: by title, most recently changed first, or
 * best match of a text query first.
 */
export type ListSort = 'title' | 'updated' | 'relevance';

/** A page of a list: its order, its size, and where the last one ended. */
export interface PageRequest {
  sort: ListSort;
  limit: number;
  cursor?: string;
}

interface CursorPosition {
  value: string;
  id: string;
}

/** An opaque cursor: the sort and the last row's sort value and id. */
function encodeCursor(sort: ListSort, position: CursorPosition) {
  return Buffer.from(
    JSON.stringify({ s: sort, v: position.value, i: position.id }),
  ).toString('base64url');
}

function decodeCursor(cursor: string, sort: ListSort): CursorPosition {
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

/** The column a relevance-ordered query holds each row's score in. */
export const SEARCH_RANK_COLUMN = 'search_rank';

/**
 * One page of a filtered table (aliased `alias`), by title, most recently
 * changed first, or by relevance (highest `search_rank` first, which the
 * rows must then carry), from the position a cursor names; with the number
 * of all matching rows and the cursor of the next page.
 */
export async function keysetPage<
  TRow extends {
    id: string;
    title: string;
    updated_at: string | Date;
    [SEARCH_RANK_COLUMN]?: number;
  },
  TItem,
>(
  filtered: Knex.QueryBuilder,
  alias: string,
  page: PageRequest,
  hydrate: (rows: TRow[]) => Promise<TItem[]>,
): Promise<{ items: TItem[]; totalCount: number; nextCursor?: string }> {
  const [{ count }] = await filtered
    .clone()
    .clearSelect()
    .count({ count: `${alias}.id` });

  const query = filtered.clone().select(`${alias}.*`);
  const column = `${alias}.${
    { title: 'title', updated: 'updated_at', relevance: SEARCH_RANK_COLUMN }[
      page.sort
    ]
  }`;
  const direction = page.sort === 'title' ? 'asc' : 'desc';
  if (page.cursor) {
    const position = decodeCursor(page.cursor, page.sort);
    const id = position.id;
    const value =
      page.sort === 'relevance' ? Number(position.value) : position.value;
    if (typeof value === 'number' && !Number.isFinite(value)) {
      throw new InputError('cursor is not a cursor this API returned');
    }
    const op = direction === 'asc' ? '>' : '<';
    query.where(q =>
      q
        .where(column, op, value)
        .orWhere(q2 =>
          q2.where(column, value).andWhere(`${alias}.id`, '>', id),
        ),
    );
  }
  query
    .orderBy(column, direction)
    .orderBy(`${alias}.id`, 'asc')
    .limit(page.limit + 1);

  const rows: TRow[] = await query;
  const pageRows = rows.slice(0, page.limit);
  const last = pageRows[pageRows.length - 1];
  return {
    items: await hydrate(pageRows),
    totalCount: Number(count),
    nextCursor:
      rows.length > page.limit && last
        ? encodeCursor(page.sort, {
            value: cursorValue(page.sort, last),
            id: last.id,
          })
        : undefined,
  };
}

function cursorValue(
  sort: ListSort,
  row: {
    title: string;
    updated_at: string | Date;
    [SEARCH_RANK_COLUMN]?: number;
  },
): string {
  if (sort === 'title') {
    return row.title;
  }
  if (sort === 'updated') {
    return toIsoTimestamp(row.updated_at);
  }
  // a double prints as the shortest text that reads back as itself
  return String(Number(row[SEARCH_RANK_COLUMN]));
}
