import { ResponseError } from '@backstage/errors';
import refusals from './refusals.json';

/**
 * The backend's real answer to a refused request, as the client throws it:
 * recorded by the backend's `tests/fieldErrors.test.ts`, which checks that
 * they are still what it answers.
 */
export function refusal(name: keyof typeof refusals): Promise<ResponseError> {
  const { status, body } = refusals[name];
  return ResponseError.fromResponse(
    new Response(JSON.stringify(body), {
      status,
      headers: { 'Content-Type': 'application/json' },
    }),
  );
}
