import { AuditorService } from '@backstage/backend-plugin-api';
import { JsonObject } from '@backstage/types';
import { Request } from 'express';

/**
 * Runs a write as an audit event: `success` with what it changed, or
 * `fail` with the error, which is then rethrown.
 */
export async function audited<T>(
  auditor: AuditorService,
  req: Request<any, any, any, any, any>,
  eventId: string,
  meta: JsonObject,
  write: () => Promise<T>,
  describe?: (result: T) => JsonObject,
): Promise<T> {
  const event = await auditor.createEvent({
    eventId,
    severityLevel: 'medium',
    request: req,
    meta,
  });
  try {
    const result = await write();
    await event.success(describe ? { meta: describe(result) } : undefined);
    return result;
  } catch (error) {
    await event.fail({ error: error as Error });
    throw error;
  }
}
