import {
  DEFAULT_PAGE_SIZE,
  LearningRouter,
  pathRef,
  refParam,
  RouteContext,
} from '../shared/routes';
import { UsageRecorder } from '../shared/usage';
import { ResourceService } from './ResourceService';
import { ResourceFilter } from './ResourceStore';

/** Learning resources: list, create, read, change, delete, links, SMEs. */
export function resourceRoutes(
  router: LearningRouter,
  { anyCaller, userRefOf, write }: RouteContext,
  resources: ResourceService,
  usage: UsageRecorder,
): void {
  router.get('/resources', async (req, res) => {
    const credentials = await anyCaller(req);
    const q = req.query;
    const filter: Omit<ResourceFilter, 'permission'> = {
      kind: q.kind,
      format: q.format,
      level: q.level,
      tag: q.tag,
      entityRef: refParam('entityRef', q.entityRef),
      stepEntityRef: refParam('stepEntityRef', q.stepEntityRef),
      owner: refParam('owner', q.owner, ['group', 'user']),
      sme: refParam('sme', q.sme, ['user']),
      freshness: q.freshness,
      query: q.q,
    };
    const page = await resources.list(
      filter,
      {
        sort: q.sort ?? (q.q ? 'relevance' : 'title'),
        limit: q.limit ?? DEFAULT_PAGE_SIZE,
        cursor: q.cursor,
      },
      credentials,
    );
    // a search of text alone that found nothing tells what is missing
    const userRef = userRefOf(credentials);
    const narrowed = Object.entries(filter).some(
      ([key, value]) => key !== 'query' && value !== undefined,
    );
    if (q.q && !narrowed && !q.cursor && page.items.length === 0 && userRef) {
      usage.searchFoundNothing(q.q, userRef);
    }
    res.json(page);
  });

  router.post('/resources', async (req, res) => {
    const credentials = await anyCaller(req);
    const created = await write(
      req,
      'resource-create',
      { title: String(req.body?.title ?? '') },
      () => resources.create(req.body, credentials, userRefOf(credentials)),
      r => ({ resourceId: r.id }),
    );
    res.status(201).json(created);
  });

  router.get('/resources/:id', async (req, res) => {
    const credentials = await anyCaller(req);
    res.json(await resources.get(req.params.id, credentials));
  });

  router.patch('/resources/:id', async (req, res) => {
    const credentials = await anyCaller(req);
    const { id } = req.params;
    const updated = await write(
      req,
      'resource-update',
      { resourceId: id, fields: Object.keys(req.body ?? {}) },
      () => resources.update(id, req.body, credentials),
    );
    res.json(updated);
  });

  router.delete('/resources/:id', async (req, res) => {
    const credentials = await anyCaller(req);
    const { id } = req.params;
    await write(req, 'resource-delete', { resourceId: id }, () =>
      resources.delete(id, credentials),
    );
    res.status(204).end();
  });

  router.post('/resources/:id/links', async (req, res) => {
    const credentials = await anyCaller(req);
    const { id } = req.params;
    const outcome = await write(
      req,
      'resource-link',
      { resourceId: id, entityRef: String(req.body?.entityRef ?? '') },
      () =>
        resources.addLink(id, req.body, credentials, userRefOf(credentials)),
      done =>
        done.type === 'suggested'
          ? { suggestionId: done.suggestion.id }
          : { created: done.created },
    );
    if (outcome.type === 'suggested') {
      res.status(202).json(outcome.suggestion);
    } else {
      res.status(outcome.created ? 201 : 200).json(outcome.resource);
    }
  });

  router.delete(
    '/resources/:id/links/:kind/:namespace/:name',
    async (req, res) => {
      const credentials = await anyCaller(req);
      const { id } = req.params;
      const entityRef = pathRef(req.params);
      await write(req, 'resource-unlink', { resourceId: id, entityRef }, () =>
        resources.removeLink(id, entityRef, req.query.relation, credentials),
      );
      res.status(204).end();
    },
  );

  router.post('/resources/:id/smes', async (req, res) => {
    const credentials = await anyCaller(req);
    const { id } = req.params;
    const { created, resource } = await write(
      req,
      'resource-sme-add',
      { resourceId: id, userRef: String(req.body?.userRef ?? '') },
      () => resources.addSme(id, req.body, credentials),
    );
    res.status(created ? 201 : 200).json(resource);
  });

  router.delete('/resources/:id/smes/:namespace/:name', async (req, res) => {
    const credentials = await anyCaller(req);
    const { id } = req.params;
    const userRef = pathRef(req.params, 'user');
    await write(req, 'resource-sme-remove', { resourceId: id, userRef }, () =>
      resources.removeSme(id, userRef, credentials),
    );
    res.status(204).end();
  });
}
