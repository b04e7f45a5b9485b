import { LearningRouter, refParam, RouteContext } from '../shared/routes';
import { SourceService } from './SourceService';

/** The learning YAML files read for entities, and reading them again. */
export function sourceRoutes(
  router: LearningRouter,
  { userOnly, audited }: RouteContext,
  sources: SourceService,
): void {
  router.get('/sources', async (req, res) => {
    const credentials = await userOnly(req);
    res.json({
      items: await sources.list(
        refParam('entityRef', req.query.entityRef),
        credentials,
      ),
    });
  });
  router.post('/sources/refresh', async (req, res) => {
    const credentials = await userOnly(req);
    const entityRef = refParam('entityRef', req.query.entityRef);
    await audited(
      req,
      'sources-refresh',
      { entityRef: entityRef ?? null },
      () => sources.refresh(entityRef, credentials),
    );
    res.status(202).end();
  });
}
