import {
  DEFAULT_PAGE_SIZE,
  LearningRouter,
  refParam,
  RouteContext,
} from '../shared/routes';
import { DEFAULT_WEEKS, InsightsService } from './InsightsService';

/** The program's insights: coverage, health and demand. */
export function insightsRoutes(
  router: LearningRouter,
  { anyCaller }: RouteContext,
  insights: InsightsService,
): void {
  router.get('/insights/coverage', async (req, res) => {
    const credentials = await anyCaller(req);
    const q = req.query;
    res.json(
      await insights.coverage(
        {
          owner: refParam('owner', q.owner, ['group', 'user']),
          system: refParam('system', q.system, ['system']),
          kind: q.kind,
          lifecycle: q.lifecycle?.toLocaleLowerCase('en-US'),
        },
        { limit: q.limit ?? DEFAULT_PAGE_SIZE, cursor: q.cursor },
        credentials,
      ),
    );
  });

  router.get('/insights/health', async (req, res) => {
    const credentials = await anyCaller(req);
    res.json(
      await insights.health(req.query.weeks ?? DEFAULT_WEEKS, credentials),
    );
  });

  router.get('/insights/demand', async (req, res) => {
    const credentials = await anyCaller(req);
    res.json(
      await insights.demand(req.query.weeks ?? DEFAULT_WEEKS, credentials),
    );
  });
}
