import { Knex } from 'knex';
import { TextQuery, toFtsQueries, toTsQueries } from '../shared/textQuery';

/*
 * Full-text search over the table the migration keeps beside the resources
 * (`learning_resource_search`: a weighted `tsvector` on PostgreSQL, FTS5 on
 * SQLite).
 */

/**
 * How much a match counts by where it is: title, tags, summary,
 * description. PostgreSQL's `ts_rank` takes them from D up to A (the
 * migration weighs title A, tags B, summary C, description D); SQLite's
 * `bm25` per FTS5 column, the first being the unindexed resource id.
 */
const TS_RANK_WEIGHTS = '{0.1, 0.2, 0.4, 1.0}';
const BM25_WEIGHTS = '0, 10.0, 4.0, 2.0, 1.0';

const isPostgres = (db: Knex) => db.client.config.client === 'pg';

/** The rows of the search table whose documents match an engine's query. */
function matchingRows(db: Knex, engineQuery: string): Knex.QueryBuilder {
  return db('learning_resource_search').whereRaw(
    isPostgres(db)
      ? `document @@ to_tsquery('english', ?)`
      : 'learning_resource_search MATCH ?',
    [engineQuery],
  );
}

/** The ids of the resources whose documents match an engine's query. */
function matchingIds(db: Knex, engineQuery: string): Knex.QueryBuilder {
  return matchingRows(db, engineQuery).select('resource_id');
}

function enginesQueries(db: Knex, text: TextQuery) {
  return isPostgres(db) ? toTsQueries(text) : toFtsQueries(text);
}

/**
 * The resources that match a text query, each with its relevance (higher
 * is better), as a query of `id` and `search_rank` on the search table
 * alone; undefined when the query only excludes, and there is nothing to
 * rank by.
 */
export function rankedMatches(
  db: Knex,
  text: TextQuery,
): Knex.QueryBuilder | undefined {
  const { matching, excluding } = enginesQueries(db, text);
  if (!matching) {
    return undefined;
  }
  if (isPostgres(db)) {
    const query = matchingRows(db, matching).select({
      id: 'resource_id',
      search_rank: db.raw(
        `ts_rank('${TS_RANK_WEIGHTS}', document, to_tsquery('english', ?))::float8`,
        [matching],
      ),
    });
    if (excluding) {
      query.whereRaw(`NOT (document @@ to_tsquery('english', ?))`, [excluding]);
    }
    return query;
  }
  // FTS5 puts the exclusions in the MATCH expression; bm25 is lower for
  // better matches, and knows its table by name only
  return matchingRows(db, matching).select({
    id: 'resource_id',
    search_rank: db.raw(`-bm25(learning_resource_search, ${BM25_WEIGHTS})`),
  });
}

/**
 * Narrows a query of resources (aliased `r`) to those that match a text
 * query, in the same SQL as its other filters.
 */
export function whereText(
  db: Knex,
  query: Knex.QueryBuilder,
  text: TextQuery,
): void {
  const { matching, excluding } = enginesQueries(db, text);
  if (matching) {
    query.whereIn('r.id', matchingIds(db, matching));
  }
  // on SQLite the exclusions are part of `matching` when there is one
  if (excluding && (isPostgres(db) || !matching)) {
    query.whereNotIn('r.id', matchingIds(db, excluding));
  }
}
