import { LearningRouter, pathRef, RouteContext } from '../shared/routes';
import { UsageRecorder } from '../shared/usage';
import { EntitySummaryService } from './EntitySummaryService';
import { GroupLearnersService } from './GroupLearnersService';

/** What an entity's pages show: its summary, and what a group learns. */
export function entityRoutes(
  router: LearningRouter,
  { anyCaller, userRefOf }: RouteContext,
  {
    summaries,
    groups,
    usage,
  }: {
    summaries: EntitySummaryService;
    groups: GroupLearnersService;
    usage: UsageRecorder;
  },
): void {
  router.get('/entities/:kind/:namespace/:name/learners', async (req, res) => {
    const credentials = await anyCaller(req);
    res.json(await groups.get(pathRef(req.params), credentials));
  });

  router.get('/entities/:kind/:namespace/:name/summary', async (req, res) => {
    const credentials = await anyCaller(req);
    // EntityLearningSummary, serialised by the service from cached parts
    res.type('application/json').send(
      await summaries.renderSummary(
        pathRef(req.params),
        credentials,
        userRefOf(credentials),
        // a page view is counted per entity and day, not per viewer
        req.query.view ? usage.viewed.bind(usage) : undefined,
      ),
    );
  });
}
