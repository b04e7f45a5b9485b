import {
  DEFAULT_PAGE_SIZE,
  LearningRouter,
  refParam,
  RouteContext,
} from '../shared/routes';
import { toCalendar } from '../shared/calendar';
import { CohortService } from './CohortService';
import { cohortName } from './schedule';

/** Cohorts: starting, listing, joining and leaving, members, calendars. */
export function cohortRoutes(
  router: LearningRouter,
  { anyCaller, userOnly, userRefOf, audited, appUrl }: RouteContext,
  cohorts: CohortService,
): void {
  router.get('/resources/:id/cohorts', async (req, res) => {
    const credentials = await anyCaller(req);
    res.json(
      await cohorts.listForResource(
        req.params.id,
        credentials,
        userRefOf(credentials),
      ),
    );
  });
  // Cohorts change nothing entity summaries show: audited only.
  router.post('/resources/:id/cohorts', async (req, res) => {
    const credentials = await userOnly(req);
    const { id } = req.params;
    const cohort = await audited(
      req,
      'cohort-create',
      { resourceId: id },
      () =>
        cohorts.create(
          id,
          req.body,
          credentials,
          credentials.principal.userEntityRef,
        ),
      c => ({ cohortId: c.id }),
    );
    res.status(201).json(cohort);
  });
  router.get('/cohorts', async (req, res) => {
    const credentials = await anyCaller(req);
    const q = req.query;
    res.json(
      await cohorts.list(
        {
          entityRef: refParam('entityRef', q.entityRef),
          mine: q.mine,
          status: q.status,
        },
        { limit: q.limit ?? DEFAULT_PAGE_SIZE, cursor: q.cursor },
        credentials,
        userRefOf(credentials),
      ),
    );
  });
  router.get('/cohorts/:cohortId', async (req, res) => {
    const credentials = await anyCaller(req);
    res.json(
      await cohorts.get(
        req.params.cohortId,
        credentials,
        userRefOf(credentials),
      ),
    );
  });
  router.patch('/cohorts/:cohortId', async (req, res) => {
    const credentials = await anyCaller(req);
    const { cohortId } = req.params;
    res.json(
      await audited(req, 'cohort-update', { cohortId }, () =>
        cohorts.update(cohortId, req.body, credentials, userRefOf(credentials)),
      ),
    );
  });
  router.delete('/cohorts/:cohortId', async (req, res) => {
    const credentials = await anyCaller(req);
    const { cohortId } = req.params;
    await audited(req, 'cohort-delete', { cohortId }, () =>
      cohorts.delete(cohortId, credentials),
    );
    res.status(204).end();
  });
  router.put('/cohorts/:cohortId/membership', async (req, res) => {
    const credentials = await userOnly(req);
    const { cohortId } = req.params;
    const { cohort } = await audited(
      req,
      'cohort-join',
      { cohortId },
      () =>
        cohorts.join(
          cohortId,
          credentials,
          credentials.principal.userEntityRef,
        ),
      r => ({ joined: r.joined }),
    );
    res.json(cohort);
  });
  router.delete('/cohorts/:cohortId/membership', async (req, res) => {
    const credentials = await userOnly(req);
    const { cohortId } = req.params;
    await audited(
      req,
      'cohort-leave',
      { cohortId },
      () =>
        cohorts.leave(
          cohortId,
          credentials,
          credentials.principal.userEntityRef,
        ),
      left => ({ left }),
    );
    res.status(204).end();
  });
  router.get('/cohorts/:cohortId/members', async (req, res) => {
    const credentials = await anyCaller(req);
    res.json({
      items: await cohorts.members(
        req.params.cohortId,
        credentials,
        userRefOf(credentials),
      ),
    });
  });
  router.get('/cohorts/:cohortId/calendar', async (req, res) => {
    const credentials = await anyCaller(req);
    const readable = await cohorts.readable(req.params.cohortId, credentials);
    const { cohort, resource } = readable;
    const name = cohortName(cohort, resource);
    const link = appUrl(`/learning/cohorts/${encodeURIComponent(cohort.id)}`);
    const schedule = await cohorts.scheduleOf(readable, credentials);
    res
      .type('text/calendar')
      .attachment(`cohort-${cohort.id}.ics`)
      .send(
        toCalendar(
          name,
          schedule.map(week => ({
            uid: `cohort-${cohort.id}-week-${week.index}@tech-learning`,
            title: `${name}, week ${week.index + 1}: ${week.title}`,
            description: `${resource.title}: ${week.title}. ${link}`,
            url: link,
            firstDay: week.startsOn,
            lastDay: week.endsOn,
          })),
        ),
      );
  });
}
