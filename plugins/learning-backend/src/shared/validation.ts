import { FieldInputError, FieldProblem } from './errors';
import {
  LEARNING_LINK_RELATIONS,
  isHttpUrl,
  normalizeFullEntityRef,
} from '@tech-learning/backstage-plugin-learning-common';
import { z } from 'zod';

/** Refuses anything but http and https URLs. */
export const httpUrl = z
  .string()
  .max(2048)
  .refine(isHttpUrl, { message: 'must be an http or https URL' });

/** A full entity ref, normalised; optionally of given kinds only. */
export const entityRef = (kinds?: string[]) =>
  z
    .string()
    .max(255)
    .transform((value, ctx) => {
      try {
        return normalizeFullEntityRef(value, { kinds });
      } catch (e) {
        ctx.addIssue({ code: 'custom', message: (e as Error).message });
        return z.NEVER;
      }
    });

/** Links to catalog entities, as resources and embeds take them. */
export const linksSchema = z
  .array(
    z.object({
      entityRef: entityRef(),
      relation: z.enum(LEARNING_LINK_RELATIONS),
    }),
  )
  .max(100);

/** Each zod issue as a problem of the field it names. */
function problemsOf(
  error: z.ZodError,
  where: FieldProblem['in'],
): FieldProblem[] {
  return error.issues.map(issue => ({
    field: issue.path.length ? issue.path.join('.') : where,
    in: where,
    message: issue.message,
  }));
}

/** Names the field and the problem of each zod issue. */
export function describeIssues(error: z.ZodError): string {
  return new FieldInputError(problemsOf(error, 'body')).message;
}

/**
 * Parses a request body (or parameter) with a schema, or throws a 400 that
 * names each field and its problem, as data and in its message.
 */
export function parseInput<T extends z.ZodType>(
  schema: T,
  value: unknown,
  where: FieldProblem['in'] = 'body',
): z.output<T> {
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new FieldInputError(problemsOf(result.error, where));
  }
  return result.data;
}

type SameKeys<A, B> = [A] extends [B]
  ? [B] extends [A]
    ? true
    : false
  : false;

/**
 * A zod schema of a request body that takes exactly the fields the OpenAPI
 * spec declares for it (`TSpec`, a generated type): it compiles only while
 * the two agree, so a field is declared in the spec, and zod adds what the
 * spec cannot say (refs normalised, rules across fields).
 */
export function bodyOf<TSpec>() {
  return <TSchema extends z.ZodType<object>>(
    schema: TSchema &
      (SameKeys<keyof z.input<TSchema>, keyof TSpec> extends true
        ? unknown
        : {
            'fields differ from the spec': [
              Exclude<keyof z.input<TSchema>, keyof TSpec>,
              Exclude<keyof TSpec, keyof z.input<TSchema>>,
            ];
          }),
  ): TSchema => schema;
}
