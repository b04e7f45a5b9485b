import { ResponseError } from '@backstage/errors';
import type { LearningApiComponents } from '@tech-learning/backstage-plugin-learning-common';

type FieldProblem = LearningApiComponents['schemas']['FieldProblem'];

/**
 * The problems of a refused request that name their field, as the backend
 * answers them (`error.fields` of its error body); none for other errors.
 */
function fieldProblemsOf(error: Error): FieldProblem[] {
  if (!(error instanceof ResponseError)) {
    return [];
  }
  const fields = (error.body.error as { fields?: unknown }).fields;
  return Array.isArray(fields) ? (fields as FieldProblem[]) : [];
}

/**
 * Splits the problems of a refused request by the top-level field of the
 * form they concern (`links.0.entityRef` is shown at `links`, as
 * `0.entityRef: problem`), so that a form shows each at its field; the
 * rest, and an error that names no field, stay in `other`.
 */
export function splitFieldErrors(
  error: Error | undefined,
  fields: readonly string[],
): { byField: Record<string, string>; other?: string } {
  if (!error) {
    return { byField: {} };
  }
  const problems = fieldProblemsOf(error);
  if (problems.length === 0) {
    return { byField: {}, other: error.message };
  }
  const known = new Set(fields);
  const byField: Record<string, string> = {};
  const other: string[] = [];
  for (const problem of problems) {
    const [field, ...rest] = problem.field.split('.');
    if (known.has(field)) {
      const detail = rest.length
        ? `${rest.join('.')}: ${problem.message}`
        : problem.message;
      byField[field] = byField[field] ? `${byField[field]}; ${detail}` : detail;
    } else {
      other.push(`${problem.field}: ${problem.message}`);
    }
  }
  return { byField, other: other.length ? other.join('; ') : undefined };
}
