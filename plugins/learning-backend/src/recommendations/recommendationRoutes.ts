import {
  DEFAULT_PAGE_SIZE,
  LearningRouter,
  refParam,
  RouteContext,
} from '../shared/routes';
import { fieldError } from '../shared/errors';
import { RecommendationService } from './RecommendationService';

/** Suggestions, dismissals, related material, experts and settings. */
export function recommendationRoutes(
  router: LearningRouter,
  { anyCaller, userOnly, audited }: RouteContext,
  recommendations: RecommendationService,
): void {
  router.get('/me/recommendations', async (req, res) => {
    const credentials = await userOnly(req);
    res.json(
      await recommendations.suggest(credentials, {
        limit: req.query.limit ?? DEFAULT_PAGE_SIZE,
        cursor: req.query.cursor,
      }),
    );
  });

  router.put('/me/dismissals/:id', async (req, res) => {
    const credentials = await userOnly(req);
    const { id } = req.params;
    await audited(req, 'recommendation-dismiss', { resourceId: id }, () =>
      recommendations.dismiss(id, credentials),
    );
    res.status(204).end();
  });

  router.delete('/me/dismissals/:id', async (req, res) => {
    const credentials = await userOnly(req);
    const { id } = req.params;
    await audited(req, 'recommendation-undo-dismiss', { resourceId: id }, () =>
      recommendations.undoDismissal(id, credentials),
    );
    res.status(204).end();
  });

  router.get('/me/learning-with-you', async (req, res) => {
    const credentials = await userOnly(req);
    const ids = req.query.resourceIds
      .split(',')
      .map(id => id.trim())
      .filter(Boolean);
    if (ids.length === 0 || ids.length > 50) {
      throw fieldError(
        'resourceIds',
        'give between 1 and 50 comma-separated resource ids',
        'query',
      );
    }
    res.json(await recommendations.learningWithYou(ids, credentials));
  });

  router.get('/resources/:id/related', async (req, res) => {
    const credentials = await anyCaller(req);
    res.json(
      await recommendations.related(
        req.params.id,
        credentials,
        req.query.limit ?? 10,
      ),
    );
  });

  router.get('/experts', async (req, res) => {
    const credentials = await anyCaller(req);
    const about = RecommendationService.aboutOf({
      entityRef: refParam('entityRef', req.query.entityRef),
      tag: req.query.tag,
    });
    res.json(
      await recommendations.experts(about, credentials, req.query.limit ?? 10),
    );
  });

  router.get('/me/expertise', async (req, res) => {
    res.json(await recommendations.expertise(await userOnly(req)));
  });

  router.get('/me/settings', async (req, res) => {
    const credentials = await userOnly(req);
    res.json(
      await recommendations.getSettings(credentials.principal.userEntityRef),
    );
  });

  router.put('/me/settings', async (req, res) => {
    const credentials = await userOnly(req);
    const settings = await audited(
      req,
      'settings-put',
      { shareExpertise: req.body.shareExpertise },
      () =>
        recommendations.putSettings(
          credentials.principal.userEntityRef,
          req.body,
        ),
    );
    res.json(settings);
  });
}
