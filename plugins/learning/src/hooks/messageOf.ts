import { ResponseError } from '@backstage/errors';

/**
 * What went wrong, in the backend's words when it refused the request
 * (`Request failed with 429` says nothing a user can act on).
 */
export function messageOf(error: Error): string {
  if (error instanceof ResponseError) {
    const said = (error.body?.error as { message?: unknown } | undefined)
      ?.message;
    if (typeof said === 'string' && said) {
      return said;
    }
  }
  return error.message;
}
