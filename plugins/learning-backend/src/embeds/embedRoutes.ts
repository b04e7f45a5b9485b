import {
  DEFAULT_PAGE_SIZE,
  LearningRouter,
  refParam,
  RouteContext,
} from '../shared/routes';
import { EmbedService } from './EmbedService';

/** Embeds, their applications and decisions, and the caller's applications. */
export function embedRoutes(
  router: LearningRouter,
  { anyCaller, userOnly, userRefOf, write, audited }: RouteContext,
  embeds: EmbedService,
): void {
  router.get('/embeds', async (req, res) => {
    const credentials = await anyCaller(req);
    const q = req.query;
    res.json(
      await embeds.list(
        {
          host: refParam('host', q.host, ['group']),
          entityRef: refParam('entityRef', q.entityRef),
          skill: q.skill,
          status: q.status,
          startsFrom: q.startsFrom,
          startsTo: q.startsTo,
        },
        {
          sort: q.sort ?? 'title',
          limit: q.limit ?? DEFAULT_PAGE_SIZE,
          cursor: q.cursor,
        },
        credentials,
      ),
    );
  });
  router.post('/embeds', async (req, res) => {
    const credentials = await anyCaller(req);
    const created = await write(
      req,
      'embed-create',
      { title: String(req.body?.title ?? '') },
      () => embeds.create(req.body, credentials, userRefOf(credentials)),
      e => ({ embedId: e.id }),
    );
    res.status(201).json(created);
  });
  router.get('/embeds/:id', async (req, res) => {
    const credentials = await anyCaller(req);
    res.json(await embeds.get(req.params.id, credentials));
  });
  router.patch('/embeds/:id', async (req, res) => {
    const credentials = await anyCaller(req);
    const { id } = req.params;
    res.json(
      await write(req, 'embed-update', { embedId: id }, () =>
        embeds.update(id, req.body, credentials),
      ),
    );
  });
  router.delete('/embeds/:id', async (req, res) => {
    const credentials = await anyCaller(req);
    const { id } = req.params;
    await write(req, 'embed-delete', { embedId: id }, () =>
      embeds.delete(id, credentials),
    );
    res.status(204).end();
  });
  router.post('/embeds/:id/close', async (req, res) => {
    const credentials = await anyCaller(req);
    const { id } = req.params;
    const { embed } = await write(req, 'embed-close', { embedId: id }, () =>
      embeds.close(id, credentials, userRefOf(credentials)),
    );
    res.json(embed);
  });
  router.get('/embeds/:id/applications', async (req, res) => {
    const credentials = await anyCaller(req);
    res.json({
      items: await embeds.listApplications(req.params.id, credentials),
    });
  });
  router.put(
    '/embeds/:id/applications/:applicationId/decision',
    async (req, res) => {
      const credentials = await userOnly(req);
      const { id, applicationId } = req.params;
      res.json(
        await write(
          req,
          'embed-decide',
          { embedId: id, applicationId },
          () =>
            embeds.decide(
              id,
              applicationId,
              req.body,
              credentials,
              credentials.principal.userEntityRef,
            ),
          r => ({ state: r.application.state }),
        ),
      );
    },
  );
  router.get('/embeds/:id/application', async (req, res) => {
    const credentials = await userOnly(req);
    res.json(
      await embeds.myApplication(
        req.params.id,
        credentials,
        credentials.principal.userEntityRef,
      ),
    );
  });
  // Applying changes nothing entity pages show: audited only.
  router.put('/embeds/:id/application', async (req, res) => {
    const credentials = await userOnly(req);
    const { id } = req.params;
    const { application, created } = await audited(
      req,
      'embed-apply',
      { embedId: id },
      () =>
        embeds.apply(
          id,
          req.body,
          credentials,
          credentials.principal.userEntityRef,
        ),
      r => ({ state: r.application.state }),
    );
    res.status(created ? 201 : 200).json(application);
  });
  router.delete('/embeds/:id/application', async (req, res) => {
    const credentials = await userOnly(req);
    const { id } = req.params;
    res.json(
      await write(req, 'embed-withdraw', { embedId: id }, () =>
        embeds.withdraw(id, credentials, credentials.principal.userEntityRef),
      ),
    );
  });
  router.get('/me/applications', async (req, res) => {
    const credentials = await userOnly(req);
    res.json({
      items: await embeds.myApplications(
        credentials,
        credentials.principal.userEntityRef,
      ),
    });
  });
}
