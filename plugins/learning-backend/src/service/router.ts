import { HttpAuthService, LoggerService } from '@backstage/backend-plugin-api';
import { InputError, NotFoundError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { normalizeFullEntityRef } from '@tech-learning/backstage-plugin-learning-common';
import express from 'express';
import { LearningStore, ResourceFilter } from '../database/LearningStore';
import { createOpenApiRouter } from '../schema/openapi/generated/router';
import { EntitySummaryService } from './EntitySummaryService';

export interface RouterOptions {
  logger: LoggerService;
  httpAuth: HttpAuthService;
  catalog: CatalogService;
  store: LearningStore;
}

const DEFAULT_PAGE_SIZE = 20;

/** Parses an optional full entity ref from a query parameter. */
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

export async function createRouter(
  options: RouterOptions,
): Promise<express.Router> {
  const { httpAuth, catalog, store } = options;
  const summaries = new EntitySummaryService({ store, catalog });
  const router = await createOpenApiRouter();

  router.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });

  router.get('/resources', async (req, res) => {
    await httpAuth.credentials(req, { allow: ['user', 'service'] });
    const q = req.query;
    const filter: ResourceFilter = {
      kind: q.kind,
      format: q.format,
      level: q.level,
      tag: q.tag,
      entityRef: refParam('entityRef', q.entityRef),
      owner: refParam('owner', q.owner, ['group', 'user']),
      sme: refParam('sme', q.sme, ['user']),
      query: q.q,
    };
    const page = await store.listResources(filter, {
      sort: q.sort ?? 'title',
      limit: q.limit ?? DEFAULT_PAGE_SIZE,
      cursor: q.cursor,
    });
    res.json(page);
  });

  router.get('/resources/:id', async (req, res) => {
    await httpAuth.credentials(req, { allow: ['user', 'service'] });
    const resource = await store.getResource(req.params.id);
    if (!resource) {
      throw new NotFoundError(`No learning resource with id ${req.params.id}`);
    }
    res.json(resource);
  });

  router.get('/entities/:kind/:namespace/:name/summary', async (req, res) => {
    const credentials = await httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    const { kind, namespace, name } = req.params;
    const entityRef = refParam('entity', `${kind}:${namespace}/${name}`)!;
    res.json(await summaries.getSummary(entityRef, credentials));
  });

  return router;
}
