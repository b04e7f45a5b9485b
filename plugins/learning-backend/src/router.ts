import {
  AuditorService,
  BackstageCredentials,
  BackstageUserPrincipal,
  HttpAuthService,
} from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import { JsonObject } from '@backstage/types';
import { normalizeFullEntityRef } from '@tech-learning/backstage-plugin-learning-common';
import express from 'express';
import { ResourceFilter } from './resources/ResourceStore';
import { createOpenApiRouter } from './schema/openapi/generated/router';
import { EmbedService } from './embeds/EmbedService';
import { SourceService } from './sources/SourceService';
import { EntitySummaryService } from './entities/EntitySummaryService';
import { GroupLearnersService } from './entities/GroupLearnersService';
import { LearnerService } from './learners/LearnerService';
import { ResourceService } from './resources/ResourceService';
import { ReviewService } from './freshness/ReviewService';
import { audited } from './shared/audit';

export interface RouterOptions {
  httpAuth: HttpAuthService;
  auditor: AuditorService;
  resources: ResourceService;
  learners: LearnerService;
  summaries: EntitySummaryService;
  groups: GroupLearnersService;
  embeds: EmbedService;
  sources: SourceService;
  reviews: ReviewService;
}

const DEFAULT_PAGE_SIZE = 20;

/** Parses an optional full entity ref from a request parameter. */
function refParam(
  name: string,
  value: string | undefined,
  kinds?: string[],
): string | undefined {
  if (value === undefined) {
    return undefined;
  }
  try {
    return normalizeFullEntityRef(value, { kinds });
  } catch (e) {
    throw new InputError(`${name}: ${(e as Error).message}`);
  }
}

/** The ref of an entity given as kind, namespace and name path segments. */
function pathRef(
  params: { kind?: string; namespace: string; name: string },
  kind?: string,
): string {
  return refParam(
    'entity',
    `${kind ?? params.kind}:${params.namespace}/${params.name}`,
    kind ? [kind] : undefined,
  )!;
}

export async function createRouter(
  options: RouterOptions,
): Promise<express.Router> {
  const {
    httpAuth,
    auditor,
    resources,
    learners,
    summaries,
    groups,
    embeds,
    sources,
    reviews,
  } = options;
  const router = await createOpenApiRouter();

  // The typed router's requests are express requests with typed queries.
  type AnyRequest = Parameters<HttpAuthService['credentials']>[0];
  const anyCaller = (req: unknown) =>
    httpAuth.credentials(req as AnyRequest, { allow: ['user', 'service'] });
  const userOnly = (req: unknown) =>
    httpAuth.credentials(req as AnyRequest, { allow: ['user'] });
  const userRefOf = (credentials: BackstageCredentials) =>
    (credentials.principal as Partial<BackstageUserPrincipal>).userEntityRef;

  /**
   * Every write is audited and, once it has changed something, refreshes
   * what entity summaries show (applying to an embed changes nothing they
   * show, and is only audited). A refused or invalid write changes nothing
   * (each one is a transaction), so it leaves every viewer's cache alone.
   */
  function write<T>(
    req: Parameters<typeof audited>[1],
    eventId: string,
    meta: JsonObject,
    change: () => Promise<T>,
    describe?: (result: T) => JsonObject,
  ): Promise<T> {
    return audited(
      auditor,
      req,
      eventId,
      meta,
      async () => {
        const result = await change();
        await summaries.materialChanged();
        return result;
      },
      describe,
    );
  }

  router.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });

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
        sort: q.sort ?? 'title',
        limit: q.limit ?? DEFAULT_PAGE_SIZE,
        cursor: q.cursor,
      },
      credentials,
    );
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
    const { created, resource } = await write(
      req,
      'resource-link',
      { resourceId: id, entityRef: String(req.body?.entityRef ?? '') },
      () => resources.addLink(id, req.body, credentials),
    );
    res.status(created ? 201 : 200).json(resource);
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
  router.put('/embeds/:id/application', async (req, res) => {
    const credentials = await userOnly(req);
    const { id } = req.params;
    const { application, created } = await audited(
      auditor,
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
      auditor,
      req,
      'sources-refresh',
      { entityRef: entityRef ?? null },
      () => sources.refresh(entityRef, credentials),
    );
    res.status(202).end();
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

  router.get('/entities/:kind/:namespace/:name/learners', async (req, res) => {
    const credentials = await anyCaller(req);
    res.json(await groups.get(pathRef(req.params), credentials));
  });

  router.get('/entities/:kind/:namespace/:name/summary', async (req, res) => {
    const credentials = await anyCaller(req);
    // EntityLearningSummary, serialised by the service from cached parts
    res
      .type('application/json')
      .send(
        await summaries.renderSummary(
          pathRef(req.params),
          credentials,
          userRefOf(credentials),
        ),
      );
  });

  return router;
}
