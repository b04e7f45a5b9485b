import {
  AuditorService,
  BackstageCredentials,
  BackstageUserPrincipal,
  HttpAuthService,
} from '@backstage/backend-plugin-api';
import { ApiRouter } from '@backstage/backend-openapi-utils';
import { JsonObject } from '@backstage/types';
import { normalizeFullEntityRef } from '@tech-learning/backstage-plugin-learning-common';
import { spec } from '../schema/openapi/generated/router';
import { audited } from './audit';
import { fieldError } from './errors';

/** The one typed router of the plugin, generated from `openapi.yaml`. */
export type LearningRouter = ApiRouter<typeof spec>;

/** The page size of lists when the request sets none. */
export const DEFAULT_PAGE_SIZE = 20;

/** Parses an optional full entity ref from a request parameter. */
export function refParam(
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
    throw fieldError(name, (e as Error).message, 'query');
  }
}

/** The ref of an entity given as kind, namespace and name path segments. */
export function pathRef(
  params: { kind?: string; namespace: string; name: string },
  kind?: string,
): string {
  const ref = `${kind ?? params.kind}:${params.namespace}/${params.name}`;
  try {
    return normalizeFullEntityRef(ref, { kinds: kind ? [kind] : undefined });
  } catch (e) {
    throw fieldError('entity', (e as Error).message, 'path');
  }
}

type AuditedRequest = Parameters<typeof audited>[1];

/** A change, audited as `eventId` with `meta` and what `describe` adds. */
type AuditedWrite = <T>(
  req: AuditedRequest,
  eventId: string,
  meta: JsonObject,
  change: () => Promise<T>,
  describe?: (result: T) => JsonObject,
) => Promise<T>;

/** What every feature's routes use: callers, and audited writes. */
export interface RouteContext {
  /** The credentials of a user or a service. */
  anyCaller(req: unknown): Promise<BackstageCredentials>;
  /** The credentials of a user; others get a 401/403. */
  userOnly(req: unknown): Promise<BackstageCredentials<BackstageUserPrincipal>>;
  /** The user's ref, when the caller is a user. */
  userRefOf(credentials: BackstageCredentials): string | undefined;
  /**
   * A write, audited and, once it has changed something, followed by a
   * refresh of what entity summaries show. A refused or invalid write
   * changes nothing (each one is a transaction), so it leaves every
   * viewer's cache alone.
   */
  write: AuditedWrite;
  /** A write that changes nothing entity summaries show: only audited. */
  audited: AuditedWrite;
  /**
   * The address of a page of the app (`/learning/...`), absolute when
   * `app.baseUrl` is configured: for links that leave Backstage, such as
   * those in calendar files.
   */
  appUrl(path: string): string;
}

export function createRouteContext(options: {
  httpAuth: HttpAuthService;
  auditor: AuditorService;
  /** Called after every write that changed something. */
  materialChanged: () => Promise<void>;
  /** `app.baseUrl`, if configured. */
  appBaseUrl?: string;
}): RouteContext {
  const { httpAuth, auditor, materialChanged } = options;
  const appBaseUrl = (options.appBaseUrl ?? '').replace(/\/+$/, '');
  // The typed router's requests are express requests with typed queries.
  type AnyRequest = Parameters<HttpAuthService['credentials']>[0];
  return {
    anyCaller: req =>
      httpAuth.credentials(req as AnyRequest, { allow: ['user', 'service'] }),
    userOnly: req =>
      httpAuth.credentials(req as AnyRequest, { allow: ['user'] }),
    userRefOf: credentials =>
      (credentials.principal as Partial<BackstageUserPrincipal>).userEntityRef,
    write: (req, eventId, meta, change, describe) =>
      audited(
        auditor,
        req,
        eventId,
        meta,
        async () => {
          const result = await change();
          await materialChanged();
          return result;
        },
        describe,
      ),
    audited: (req, eventId, meta, change, describe) =>
      audited(auditor, req, eventId, meta, change, describe),
    appUrl: path => `${appBaseUrl}${path}`,
  };
}

/** A feature's routes, mounted on the one router. */
export type FeatureRoutes = (
  router: LearningRouter,
  context: RouteContext,
) => void;
