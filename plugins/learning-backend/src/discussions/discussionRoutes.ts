import { Response } from 'express';
import { TooManyRequestsError } from '../shared/errors';
import { LearningRouter, RouteContext } from '../shared/routes';
import { DiscussionService } from './DiscussionService';

/** The page size of discussions when the request sets none. */
const DEFAULT_DISCUSSION_PAGE = 100;

/** Runs a post, with a Retry-After header on a 429. */
async function withRetryAfter<T>(res: Response, post: () => Promise<T>) {
  try {
    return await post();
  } catch (error) {
    if (error instanceof TooManyRequestsError) {
      res.setHeader('Retry-After', String(error.retryAfterSeconds));
    }
    throw error;
  }
}

/** Discussions of resources, path steps and cohorts; posts; the FAQ. */
export function discussionRoutes(
  router: LearningRouter,
  { anyCaller, userOnly, userRefOf, audited }: RouteContext,
  discussions: DiscussionService,
): void {
  const page = (q: { limit?: number; cursor?: string }) => ({
    limit: q.limit ?? DEFAULT_DISCUSSION_PAGE,
    cursor: q.cursor,
  });

  router.get('/resources/:id/discussion', async (req, res) => {
    const credentials = await anyCaller(req);
    const d = await discussions.ofResource(req.params.id, credentials, true);
    res.json(
      await discussions.list(d, page(req.query), userRefOf(credentials)),
    );
  });
  router.get('/resources/:id/steps/:stepId/discussion', async (req, res) => {
    const credentials = await anyCaller(req);
    const d = await discussions.ofStep(
      req.params.id,
      req.params.stepId,
      credentials,
      true,
    );
    res.json(
      await discussions.list(d, page(req.query), userRefOf(credentials)),
    );
  });
  router.get('/cohorts/:cohortId/discussion', async (req, res) => {
    const credentials = await anyCaller(req);
    const d = await discussions.ofCohort(req.params.cohortId, credentials);
    res.json(
      await discussions.list(d, page(req.query), userRefOf(credentials)),
    );
  });

  // Posts change nothing entity summaries show: audited only.
  router.post('/resources/:id/discussion', async (req, res) => {
    const credentials = await userOnly(req);
    const user = credentials.principal.userEntityRef;
    const post = await withRetryAfter(res, () =>
      audited(
        req,
        'discussion-post',
        { discussion: `resource:${req.params.id}` },
        async () =>
          discussions.post(
            await discussions.ofResource(req.params.id, credentials),
            req.body,
            user,
          ),
        p => ({ postId: p.id, kind: p.kind }),
      ),
    );
    res.status(201).json(post);
  });
  router.post('/resources/:id/steps/:stepId/discussion', async (req, res) => {
    const credentials = await userOnly(req);
    const user = credentials.principal.userEntityRef;
    const { id, stepId } = req.params;
    const post = await withRetryAfter(res, () =>
      audited(
        req,
        'discussion-post',
        { discussion: `step:${id}:${stepId}` },
        async () =>
          discussions.post(
            await discussions.ofStep(id, stepId, credentials),
            req.body,
            user,
          ),
        p => ({ postId: p.id, kind: p.kind }),
      ),
    );
    res.status(201).json(post);
  });
  router.post('/cohorts/:cohortId/discussion', async (req, res) => {
    const credentials = await userOnly(req);
    const user = credentials.principal.userEntityRef;
    const { cohortId } = req.params;
    const post = await withRetryAfter(res, () =>
      audited(
        req,
        'discussion-post',
        { discussion: `cohort:${cohortId}` },
        async () =>
          discussions.post(
            await discussions.ofCohort(cohortId, credentials),
            req.body,
            user,
          ),
        p => ({ postId: p.id, kind: p.kind }),
      ),
    );
    res.status(201).json(post);
  });

  router.patch('/posts/:postId', async (req, res) => {
    const credentials = await userOnly(req);
    const { postId } = req.params;
    res.json(
      await audited(req, 'discussion-edit', { postId }, () =>
        discussions.edit(
          postId,
          req.body,
          credentials,
          credentials.principal.userEntityRef,
        ),
      ),
    );
  });
  router.delete('/posts/:postId', async (req, res) => {
    const credentials = await userOnly(req);
    const { postId } = req.params;
    await audited(req, 'discussion-delete', { postId }, () =>
      discussions.delete(
        postId,
        credentials,
        credentials.principal.userEntityRef,
      ),
    );
    res.status(204).end();
  });
  router.put('/posts/:postId/hidden', async (req, res) => {
    const credentials = await userOnly(req);
    const { postId } = req.params;
    res.json(
      await audited(
        req,
        'discussion-hide',
        // the reason is kept with the audit event as well as the post
        { postId, reason: String(req.body?.reason ?? '') },
        () =>
          discussions.hide(
            postId,
            req.body,
            credentials,
            credentials.principal.userEntityRef,
          ),
      ),
    );
  });
  router.delete('/posts/:postId/hidden', async (req, res) => {
    const credentials = await userOnly(req);
    const { postId } = req.params;
    res.json(
      await audited(req, 'discussion-unhide', { postId }, () =>
        discussions.unhide(postId, credentials),
      ),
    );
  });
  router.put('/posts/:postId/accepted', async (req, res) => {
    const credentials = await userOnly(req);
    const { postId } = req.params;
    res.json(
      await audited(req, 'discussion-accept', { postId }, () =>
        discussions.accept(
          postId,
          true,
          credentials,
          credentials.principal.userEntityRef,
        ),
      ),
    );
  });
  router.delete('/posts/:postId/accepted', async (req, res) => {
    const credentials = await userOnly(req);
    const { postId } = req.params;
    res.json(
      await audited(req, 'discussion-unaccept', { postId }, () =>
        discussions.accept(
          postId,
          false,
          credentials,
          credentials.principal.userEntityRef,
        ),
      ),
    );
  });
  router.get('/resources/:id/faq', async (req, res) => {
    const credentials = await anyCaller(req);
    res.json({ items: await discussions.faq(req.params.id, credentials) });
  });
}
