import { PermissionCriteria } from '@backstage/plugin-permission-common';
import { Knex } from 'knex';
import { wherePermitted } from '../shared/sql';
import { ResourcePermissionQuery } from './ResourceStore';

/**
 * A conditional read decision on resources as a WHERE clause on a query of
 * `learning_resources` aliased `r`, for every list that must leave out what
 * the caller may not read.
 */
export function whereResourcePermitted(
  db: Knex,
  query: Knex.QueryBuilder,
  criteria: PermissionCriteria<ResourcePermissionQuery>,
): void {
  wherePermitted(query, criteria, (q, condition) => {
    if (condition.property === 'source') {
      q.where('r.source_type', condition.value);
    } else if (condition.values.length === 0) {
      q.whereRaw('1 = 0');
    } else if (condition.property === 'owner') {
      q.whereIn('r.owner_ref', condition.values);
    } else {
      q.whereIn(
        'r.id',
        db('learning_resource_smes')
          .whereIn('user_ref', condition.values)
          .select('resource_id'),
      );
    }
  });
}
