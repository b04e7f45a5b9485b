import { LoggerService } from '@backstage/backend-plugin-api';
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
 * Keeps what went wrong inside out of answers: an error that is not one
 * the plugin tells users (a database's, with its SQL; a bug's, with its
 * stack) is logged with an id and answered as a bare 500 naming that id.
 * Backstage itself hides only PostgreSQL's errors. In development the
 * error goes through as it is.
 */
export function hideInternalErrors(logger: LoggerService): ErrorRequestHandler {
  return (error, _req, _res, next) => {
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
