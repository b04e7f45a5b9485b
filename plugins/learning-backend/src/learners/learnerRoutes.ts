import {
  DEFAULT_PAGE_SIZE,
  LearningRouter,
  RouteContext,
} from '../shared/routes';
import { toCalendar } from '../shared/calendar';
import { LearnerService } from './LearnerService';

/** Enrolments, feedback, sessions, and the caller's own learning. */
export function learnerRoutes(
  router: LearningRouter,
  { anyCaller, userOnly, write, appUrl }: RouteContext,
  learners: LearnerService,
): void {
  router.get('/resources/:id/enrolment', async (req, res) => {
    const credentials = await userOnly(req);
    res.json(
      await learners.getEnrolment(
        req.params.id,
        credentials.principal.userEntityRef,
        credentials,
      ),
    );
  });

  router.put('/resources/:id/enrolment', async (req, res) => {
    const credentials = await userOnly(req);
    const { id } = req.params;
    const { created, enrolment } = await write(
      req,
      'enrolment-put',
      { resourceId: id },
      () =>
        learners.putEnrolment(
          id,
          credentials.principal.userEntityRef,
          req.body,
          credentials,
        ),
      r => ({ state: r.enrolment.state, progress: r.enrolment.progress }),
    );
    res.status(created ? 201 : 200).json(enrolment);
  });

  router.delete('/resources/:id/enrolment', async (req, res) => {
    const credentials = await userOnly(req);
    const { id } = req.params;
    await write(req, 'enrolment-delete', { resourceId: id }, () =>
      learners.deleteEnrolment(
        id,
        credentials.principal.userEntityRef,
        credentials,
      ),
    );
    res.status(204).end();
  });

  router.get('/resources/:id/feedback', async (req, res) => {
    const credentials = await anyCaller(req);
    res.json(
      await learners.listFeedback(
        req.params.id,
        {
          limit: req.query.limit ?? DEFAULT_PAGE_SIZE,
          offset: req.query.offset ?? 0,
        },
        credentials,
      ),
    );
  });

  router.put('/resources/:id/feedback', async (req, res) => {
    const credentials = await userOnly(req);
    const { id } = req.params;
    const feedback = await write(req, 'feedback-put', { resourceId: id }, () =>
      learners.putFeedback(
        id,
        credentials.principal.userEntityRef,
        req.body,
        credentials,
      ),
    );
    res.json(feedback);
  });

  router.delete('/resources/:id/feedback', async (req, res) => {
    const credentials = await userOnly(req);
    const { id } = req.params;
    await write(req, 'feedback-delete', { resourceId: id }, () =>
      learners.deleteFeedback(
        id,
        credentials.principal.userEntityRef,
        credentials,
      ),
    );
    res.status(204).end();
  });

  router.get('/resources/:id/sessions', async (req, res) => {
    const credentials = await anyCaller(req);
    res.json({
      items: await learners.listSessions(req.params.id, credentials),
    });
  });

  router.get(
    '/resources/:id/sessions/:sessionId/calendar',
    async (req, res) => {
      const credentials = await anyCaller(req);
      const { resource, session } = await learners.getSession(
        req.params.id,
        req.params.sessionId,
        credentials,
      );
      const link = appUrl(
        `/learning/resources/${encodeURIComponent(resource.id)}`,
      );
      res
        .type('text/calendar')
        .attachment(`session-${session.id}.ics`)
        .send(
          toCalendar(resource.title, [
            {
              uid: `session-${session.id}@tech-learning`,
              title: resource.title,
              description: `${resource.summary} ${link}`,
              url: session.url ?? link,
              ...(session.location ? { location: session.location } : {}),
              startsAt: session.startsAt,
              endsAt: session.endsAt,
            },
          ]),
        );
    },
  );

  router.post('/resources/:id/sessions', async (req, res) => {
    const credentials = await anyCaller(req);
    const { id } = req.params;
    const session = await write(
      req,
      'session-create',
      { resourceId: id },
      () => learners.createSession(id, req.body, credentials),
      s => ({ sessionId: s.id }),
    );
    res.status(201).json(session);
  });

  router.put('/resources/:id/sessions/:sessionId', async (req, res) => {
    const credentials = await anyCaller(req);
    const { id, sessionId } = req.params;
    const session = await write(
      req,
      'session-update',
      { resourceId: id, sessionId },
      () => learners.updateSession(id, sessionId, req.body, credentials),
    );
    res.json(session);
  });

  router.delete('/resources/:id/sessions/:sessionId', async (req, res) => {
    const credentials = await anyCaller(req);
    const { id, sessionId } = req.params;
    await write(req, 'session-delete', { resourceId: id, sessionId }, () =>
      learners.deleteSession(id, sessionId, credentials),
    );
    res.status(204).end();
  });

  router.get('/me/learning', async (req, res) => {
    const credentials = await userOnly(req);
    res.json(
      await learners.myLearning(
        credentials.principal.userEntityRef,
        {
          state: req.query.state,
          limit: req.query.limit ?? DEFAULT_PAGE_SIZE,
          offset: req.query.offset ?? 0,
        },
        credentials,
      ),
    );
  });
}
