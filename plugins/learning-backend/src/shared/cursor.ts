import { InputError } from '@backstage/errors';
import { Knex } from 'knex';
import { toIsoTimestamp } from './timestamps';

/**
 * The orders of paged lists: by title, most recently changed first, or
 * best match of a text query first.
 */
export type ListSort = 'title' | 'updated' | 'relevance';

/**
 * A page of a list: its order, its size, and where the last one ended.
 * Lists that search text may also be ordered by relevance.
 */
export interface PageRequest<TSort extends ListSort = 'title' | 'updated'> {
  sort: TSort;
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

/**
 * One page of a filtered table (aliased `alias`), by title or most
 * recently changed first, from the position a cursor names; with the
 * number of all matching rows and the cursor of the next page.
 */
export async function keysetPage<
  TRow extends { id: string; title: string; updated_at: string | Date },
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
  const column =
    page.sort === 'title' ? `${alias}.title` : `${alias}.updated_at`;
  const direction = page.sort === 'title' ? 'asc' : 'desc';
  if (page.cursor) {
    const { value, id } = decodeCursor(page.cursor, page.sort);
    const op = direction === 'asc' ? '>' : '<';
    // the first condition alone lets the database start its index scan at
    // the cursor (with only the OR it reads the index from the start)
    query
      .where(column, `${op}=`, value)
      .where(q =>
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
            value:
              page.sort === 'title'
                ? last.title
                : toIsoTimestamp(last.updated_at),
            id: last.id,
          })
        : undefined,
  };
}

/**
 * One page of the matches of a text search, best first (ties by id), from
 * the position a cursor names. `ranked` selects the `id` and `search_rank`
 * (higher is better) of every match, its filters applied. The number of
 * all matches comes in the same pass as the page (a window count), and
 * only the page's rows are read in full, by `load` (in the order given):
 * a search that matches thousands ranks them all, but reads 20.
 */
export async function rankedPage<TItem>(
  db: Knex,
  ranked: Knex.QueryBuilder,
  page: PageRequest<ListSort>,
  load: (ids: string[]) => Promise<TItem[]>,
): Promise<{ items: TItem[]; totalCount: number; nextCursor?: string }> {
  const counted = db
    .from(ranked.as('m'))
    .select('m.id', 'm.search_rank', db.raw('count(*) over () as total_count'));
  const query = db.from(counted.as('w')).select('w.*');
  if (page.cursor) {
    const position = decodeCursor(page.cursor, 'relevance');
    const rank = Number(position.value);
    if (!Number.isFinite(rank)) {
      throw new InputError('cursor is not a cursor this API returned');
    }
    query.where(q =>
      q
        .where('w.search_rank', '<', rank)
        .orWhere(q2 =>
          q2.where('w.search_rank', rank).andWhere('w.id', '>', position.id),
        ),
    );
  }
  query
    .orderBy('w.search_rank', 'desc')
    .orderBy('w.id', 'asc')
    .limit(page.limit + 1);

  const rows: Array<{ id: string; search_rank: number; total_count: number }> =
    await query;
  const pageRows = rows.slice(0, page.limit);
  const last = pageRows[pageRows.length - 1];
  // past the last match, the window has no row to count on
  const totalCount = rows.length
    ? Number(rows[0].total_count)
    : Number((await db.from(ranked.as('m')).count({ count: '*' }))[0].count);
  return {
    items: await load(pageRows.map(row => row.id)),
    totalCount,
    nextCursor:
      rows.length > page.limit && last
        ? encodeCursor('relevance', {
            // a double prints as the shortest text that reads back as itself
            value: String(Number(last.search_rank)),
            id: last.id,
          })
        : undefined,
  };
}

/**
 * One page of a list ranked in memory (best first, ties by id), from the
 * position a cursor names; the cursor is that of `rankedPage`.
 */
export function rankedListPage<T extends { id: string; score: number }>(
  ranked: T[],
  page: { limit: number; cursor?: string },
): { items: T[]; totalCount: number; nextCursor?: string } {
  let rest = ranked;
  if (page.cursor) {
    const position = decodeCursor(page.cursor, 'relevance');
    const score = Number(position.value);
    if (!Number.isFinite(score)) {
      throw new InputError('cursor is not a cursor this API returned');
    }
    rest = ranked.filter(
      r => r.score < score || (r.score === score && r.id > position.id),
    );
  }
  const items = rest.slice(0, page.limit);
  const last = items[items.length - 1];
  return {
    items,
    totalCount: ranked.length,
    nextCursor:
      rest.length > page.limit && last
        ? encodeCursor('relevance', { value: String(last.score), id: last.id })
        : undefined,
  };
}

/** An opaque cursor of a keyset page: where the last row of a page was. */
export function encodeKeyset(position: Record<string, string | number>) {
  return Buffer.from(JSON.stringify(position)).toString('base64url');
}

/**
 * The position a cursor of `encodeKeyset` names, checked by `isPosition`;
 * a 400 for anything else.
 */
export function decodeKeyset<T>(
  cursor: string,
  isPosition: (value: any) => value is T,
): T {
  try {
    const parsed = JSON.parse(
      Buffer.from(cursor, 'base64url').toString('utf8'),
    );
    if (isPosition(parsed)) {
      return parsed;
    }
  } catch {
    // answered below
  }
  throw new InputError('cursor is not a cursor this API returned');
}
