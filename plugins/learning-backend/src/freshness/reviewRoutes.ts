import {
  DEFAULT_PAGE_SIZE,
  LearningRouter,
  RouteContext,
} from '../shared/routes';
import { ReviewService } from './ReviewService';

/** Marking material reviewed, and what the caller has to review. */
export function reviewRoutes(
  router: LearningRouter,
  { userOnly, write }: RouteContext,
  reviews: ReviewService,
): void {
  router.post('/resources/:id/review', async (req, res) => {
    const credentials = await userOnly(req);
    const { id } = req.params;
    const reviewed = await write(
      req,
      'resource-review',
      { resourceId: id },
      () => reviews.markReviewed(id, credentials),
    );
    res.json(reviewed);
  });

  router.get('/me/review-queue', async (req, res) => {
    const credentials = await userOnly(req);
    res.json(
      await reviews.queue(
        req.query.freshness,
        {
          sort: 'title',
          limit: req.query.limit ?? DEFAULT_PAGE_SIZE,
          cursor: req.query.cursor,
        },
        credentials,
      ),
    );
  });
}
