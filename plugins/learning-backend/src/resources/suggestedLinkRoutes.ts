import {
  DEFAULT_PAGE_SIZE,
  LearningRouter,
  refParam,
  RouteContext,
} from '../shared/routes';
import { SuggestedLinkService } from './SuggestedLinkService';

/** Suggested links: list, accept, dismiss. */
export function suggestedLinkRoutes(
  router: LearningRouter,
  { anyCaller, userOnly, write, audited }: RouteContext,
  suggestions: SuggestedLinkService,
): void {
  router.get('/link-suggestions', async (req, res) => {
    const credentials = await anyCaller(req);
    const q = req.query;
    res.json(
      await suggestions.list(
        {
          entityRef: refParam('entityRef', q.entityRef),
          resourceId: q.resourceId,
          reviewable: q.reviewable,
        },
        { limit: q.limit ?? DEFAULT_PAGE_SIZE, cursor: q.cursor },
        credentials,
      ),
    );
  });

  router.post('/link-suggestions/:suggestionId/accept', async (req, res) => {
    const credentials = await userOnly(req);
    const { suggestionId } = req.params;
    const resource = await write(
      req,
      'link-suggestion-accept',
      { suggestionId },
      () => suggestions.accept(suggestionId, credentials),
      r => ({ resourceId: r.id }),
    );
    res.json(resource);
  });

  router.post('/link-suggestions/:suggestionId/dismiss', async (req, res) => {
    const credentials = await userOnly(req);
    const { suggestionId } = req.params;
    await audited(req, 'link-suggestion-dismiss', { suggestionId }, () =>
      suggestions.dismiss(
        suggestionId,
        credentials,
        credentials.principal.userEntityRef,
      ),
    );
    res.status(204).end();
  });
}
