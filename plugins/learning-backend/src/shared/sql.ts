import { PermissionCriteria } from '@backstage/plugin-permission-common';
import {
  isAndCriteria,
  isNotCriteria,
  isOrCriteria,
} from '@backstage/plugin-permission-node';
import { LearningSource } from '@tech-learning/backstage-plugin-learning-common';
import { Knex } from 'knex';

/** Groups rows by a string column, keeping their order. */
export function groupBy<T extends Record<string, unknown>>(
  rows: T[],
  key: keyof T,
): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const k = row[key] as string;
    const list = map.get(k);
    if (list) {
      list.push(row);
    } else {
      map.set(k, [row]);
    }
  }
  return map;
}

/** Counts as numbers: PostgreSQL returns bigint counts as strings. */
export function toNumber(value: unknown): number {
  return typeof value === 'number' ? value : Number(value ?? 0);
}

/**
 * Turns a conditional permission decision into a WHERE clause: allOf,
 * anyOf (none of nothing) and not here, each condition by `where`.
 */
export function wherePermitted<TQuery>(
  query: Knex.QueryBuilder,
  criteria: PermissionCriteria<TQuery>,
  where: (query: Knex.QueryBuilder, condition: TQuery) => void,
): void {
  if (isAndCriteria(criteria)) {
    query.where(q => {
      for (const c of criteria.allOf) {
        q.andWhere(sub => wherePermitted(sub, c, where));
      }
    });
  } else if (isOrCriteria(criteria)) {
    if (criteria.anyOf.length === 0) {
      query.whereRaw('1 = 0');
      return;
    }
    query.where(q => {
      for (const c of criteria.anyOf) {
        q.orWhere(sub => wherePermitted(sub, c, where));
      }
    });
  } else if (isNotCriteria(criteria)) {
    query.whereNot(q => wherePermitted(q, criteria.not, where));
  } else {
    where(query, criteria);
  }
}

/** The source columns that resources and embeds share. */
export interface SourceColumns {
  source_type: 'api' | 'provider';
  source_provider: string | null;
  source_location: string | null;
}

/** Where a row came from, as the API tells it. */
export function sourceOf(row: SourceColumns): LearningSource {
  return row.source_type === 'provider'
    ? {
        type: 'provider',
        provider: row.source_provider!,
        ...(row.source_location ? { location: row.source_location } : {}),
      }
    : { type: 'api' };
}
