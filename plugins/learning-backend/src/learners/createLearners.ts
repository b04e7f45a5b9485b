import { Knex } from 'knex';
import {
  ResourceAuthorizer,
  ResourceService,
  ResourceStore,
} from '../resources';
import { FeatureRoutes } from '../shared/routes';
import { DatabaseLearnerStore } from './DatabaseLearnerStore';
import { LearnerService } from './LearnerService';
import { learnerRoutes } from './learnerRoutes';

/** Enrolments, feedback and sessions: their store, service and routes. */
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
    service,
    routes: ((router, context) =>
      learnerRoutes(router, context, service)) satisfies FeatureRoutes,
  };
}
