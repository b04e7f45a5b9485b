import { InputError } from '@backstage/errors';
import type { LearningApiComponents } from '@tech-learning/backstage-plugin-learning-common';

/** What is wrong with one field of a request (`FieldProblem` of the spec). */
export type FieldProblem = LearningApiComponents['schemas']['FieldProblem'];

/** The problems as one sentence: `field: problem; field: problem`. */
function describe(fields: FieldProblem[]): string {
  return fields.map(f => `${f.field}: ${f.message}`).join('; ');
}

/**
 * An error whose problems each name their field: as data in `error.fields`
 * of the answer (an own property, which Backstage's error handler
 * serialises), and as `field: problem; ...` in its message.
 */
export function withFields<TError extends Error>(
  create: (message: string) => TError,
  fields: FieldProblem[],
): TError & { fields: FieldProblem[] } {
  return Object.assign(create(describe(fields)), { fields });
}

/** A 400 whose problems each name their field. */
export class FieldInputError extends InputError {
  readonly fields: FieldProblem[];

  constructor(fields: FieldProblem[]) {
    super(describe(fields));
    this.fields = fields;
  }
}

/** A 400 about one field of the request body (or of `where`). */
export function fieldError(
  field: string,
  message: string,
  where: FieldProblem['in'] = 'body',
): FieldInputError {
  return new FieldInputError([{ field, in: where, message }]);
}

/** A 429: the caller did something too often; they may again later. */
export class TooManyRequestsError extends Error {
  readonly name = 'TooManyRequestsError';
  readonly statusCode = 429;

  constructor(
    message: string,
    /** Seconds until the caller may try again. */
    readonly retryAfterSeconds: number,
  ) {
    super(message);
  }
}
