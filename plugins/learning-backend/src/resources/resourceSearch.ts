import { Knex } from 'knex';
import { TextQuery, toFtsQueries, toTsQueries } from '../shared/textQuery';

/**
 * How much a match counts by where it is: title, tags, summary,
 * description. PostgreSQL's `ts_rank` takes them from D up to A (the
 * migration weighs title A, tags B, summary C, description D); SQLite's
 * `bm25` per FTS5 column, the first being the unindexed resource id.
 */
const TS_RANK_WEIGHTS = '{0.1, 0.2, 0.4, 1.0}';
const BM25_WEIGHTS = '0, 10.0, 4.0, 2.0, 1.0';

const isPostgres = (db: Knex) => db.client.config.client === 'pg';

/**
 * Narrows a query of resources (aliased `r`) to those that match a text
 * query, in the same SQL as its other filters, through the full-text
 * table the migration keeps (`learning_resource_search`, a `tsvector` on
 * PostgreSQL, FTS5 on SQLite). Returns the expression of each row's
 * relevance, higher is better, or undefined when the query only excludes
 * and there is nothing to rank by.
 */
export function whereText(
  db: Knex,
  query: Knex.QueryBuilder,
  text: TextQuery,
): Knex.Raw | undefined {
  if (isPostgres(db)) {
    const { matching, excluding } = toTsQueries(text);
    const excluded = excluding
      ? db.raw(`to_tsquery('english', ?)`, [excluding])
      : undefined;
    if (!matching) {
      query.whereNotIn(
        'r.id',
        db('learning_resource_search')
          .whereRaw('document @@ ?', [excluded!])
          .select('resource_id'),
      );
      return undefined;
    }
    const matched = db.raw(`to_tsquery('english', ?)`, [matching]);
    query
      .join('learning_resource_search as s', 's.resource_id', 'r.id')
      .whereRaw('s.document @@ ?', [matched]);
    if (excluded) {
      query.whereRaw('NOT (s.document @@ ?)', [excluded]);
    }
    return db.raw(`ts_rank('${TS_RANK_WEIGHTS}', s.document, ?)::float8`, [
      matched,
    ]);
  }

  const { matching, excluding } = toFtsQueries(text);
  if (!matching) {
    query.whereNotIn(
      'r.id',
      db('learning_resource_search')
        .whereRaw('learning_resource_search MATCH ?', [excluding!])
        .select('resource_id'),
    );
    return undefined;
  }
  // FTS5 knows its table by name only: no alias
  query
    .join(
      'learning_resource_search',
      'learning_resource_search.resource_id',
      'r.id',
    )
    .whereRaw('learning_resource_search MATCH ?', [matching]);
  // bm25 is lower for better matches
  return db.raw(`-bm25(learning_resource_search, ${BM25_WEIGHTS})`);
}
