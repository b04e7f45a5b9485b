import { LoggerService } from '@backstage/backend-plugin-api';
import { ServiceUnavailableError } from '@backstage/errors';
import { ErrorRequestHandler } from 'express';
import { randomBytes } from 'node:crypto';

/** Errors of `@backstage/errors` that the plugin throws with messages for users. */
const TOLD = new Set([
  'InputError',
  'AuthenticationError',
  'NotAllowedError',
  'NotFoundError',
  'ConflictError',
  'NotModifiedError',
  'NotImplementedError',
  'ServiceUnavailableError',
]);

function isTold(error: unknown): boolean {
  const e = error as { name?: unknown; statusCode?: unknown; status?: unknown };
  const status = e?.statusCode ?? e?.status;
  if (typeof status === 'number') {
    return status < 500;
  }
  return typeof e?.name === 'string' && TOLD.has(e.name);
}

/**
 * Codes of a database (or a service) that cannot be reached: refused or
 * broken connections, and PostgreSQL shutting down, starting or gone.
 */
const UNREACHABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  '57P01',
  '57P02',
  '57P03',
  '08000',
  '08001',
  '08003',
  '08006',
]);

/** Seconds a client is asked to wait before it tries again. */
const RETRY_AFTER_SECONDS = 5;

/**
 * Whether the error, or one it was caused by (an answer of another plugin,
 * such as the permission backend's, carries its own cause), is a database
 * or service that could not be reached.
 */
function isUnreachable(error: unknown, depth = 0): boolean {
  const e = error as {
    code?: unknown;
    name?: unknown;
    message?: unknown;
    cause?: unknown;
  };
  if (!e || depth > 5) {
    return false;
  }
  if (typeof e.code === 'string' && UNREACHABLE_CODES.has(e.code)) {
    return true;
  }
  // a pool that could not hand out a connection, or one cut under a query
  if (
    e.name === 'KnexTimeoutError' ||
    (typeof e.message === 'string' &&
      /^Connection terminated|terminating connection due to/.test(e.message))
  ) {
    return true;
  }
  return isUnreachable(e.cause, depth + 1);
}

/**
 * Keeps what went wrong inside out of answers: an error that is not one
 * the plugin tells users (a database's, with its SQL; a bug's, with its
 * stack) is logged with an id and answered as a bare 500 naming that id.
 * A database that cannot be reached is answered 503 with `Retry-After`.
 * Backstage itself hides only PostgreSQL's errors. In development the
 * error goes through as it is.
 */
export function hideInternalErrors(logger: LoggerService): ErrorRequestHandler {
  return (error, _req, res, next) => {
    if (isUnreachable(error)) {
      // not the request's fault, and over soon: say when to try again
      logger.warn(`Could not reach the database: ${error}`);
      res.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
      next(
        new ServiceUnavailableError(
          'The learning backend could not reach its database; try again in a few seconds',
        ),
      );
      return;
    }
    if (process.env.NODE_ENV === 'development' || isTold(error)) {
      next(error);
      return;
    }
    const logId = randomBytes(10).toString('hex');
    logger.error(`Internal error, logId=${logId}`, error as Error);
    const hidden = new Error(
      `An internal error occurred; the server's log has it as logId=${logId}`,
    );
    delete hidden.stack;
    next(hidden);
  };
}
