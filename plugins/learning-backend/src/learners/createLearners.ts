import { Knex } from 'knex';
import {
  ResourceAuthorizer,
  ResourceService,
  ResourceStore,
} from '../resources';
import { FeatureRoutes } from '../shared/routes';
import { DatabaseLearnerStore } from './DatabaseLearnerStore';
import { DatabaseStatementStore } from './DatabaseStatementStore';
import { LearnerService } from './LearnerService';
import { learnerRoutes } from './learnerRoutes';

/**
 * Enrolments, feedback and sessions: their store, service and routes; and
 * the statements of learning record stores that enrolments follow from.
 */
export function createLearners(deps: {
  db: Knex;
  resources: {
    store: ResourceStore;
    service: ResourceService;
    authorizer: ResourceAuthorizer;
  };
}) {
  const store = new DatabaseLearnerStore(deps.db);
  const service = new LearnerService({
    resources: deps.resources.service,
    store: deps.resources.store,
    learners: store,
    authorizer: deps.resources.authorizer,
  });
  return {
    store,
    statements: new DatabaseStatementStore(deps.db),
    service,
    routes: ((router, context) =>
      learnerRoutes(router, context, service)) satisfies FeatureRoutes,
  };
}
