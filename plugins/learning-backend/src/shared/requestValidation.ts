import { InputError } from '@backstage/errors';
import { ErrorRequestHandler, RequestHandler } from 'express';
import * as OpenApiValidator from 'express-openapi-validator';
import { FieldInputError, FieldProblem } from './errors';

type OpenApiDocument = Parameters<
  typeof OpenApiValidator.middleware
>[0]['apiSpec'];

/** A problem as express-openapi-validator reports it. */
interface ValidatorProblem {
  path: string;
  message: string;
}

const LOCATIONS: Record<string, FieldProblem['in']> = {
  body: 'body',
  query: 'query',
  params: 'path',
  path: 'path',
};

/** `/body/links/0/entityRef` → body, `links.0.entityRef`. */
function toFieldProblem(problem: ValidatorProblem): FieldProblem {
  const [, location = '', ...rest] = problem.path.split('/');
  return {
    field: rest.join('.') || location,
    in: LOCATIONS[location] ?? 'body',
    message: problem.message,
  };
}

/**
 * Validates requests against the spec, as Backstage's validated OpenAPI
 * router does (same options, and every problem rather than the first), but
 * answers a 400 with each problem at its field (`error.fields`) rather than
 * in one sentence. Mount it before the
 * typed router, which then validates nothing a second time.
 */
export function validateRequests(spec: object): RequestHandler[] {
  const validators = OpenApiValidator.middleware({
    validateRequests: {
      coerceTypes: false,
      allowUnknownQueryParameters: false,
      // every problem, so that a form shows them all at once
      allErrors: true,
    },
    useRequestUrl: true,
    ignoreUndocumented: true,
    validateResponses: false,
    // the validator resolves the spec in place: it gets a copy of its own
    apiSpec: structuredClone(spec) as OpenApiDocument,
  });
  const toFieldErrors: ErrorRequestHandler = (error, _req, _res, next) => {
    const problems: ValidatorProblem[] | undefined = error?.errors;
    if (error?.status === 400 && Array.isArray(problems) && problems.length) {
      next(new FieldInputError(problems.map(toFieldProblem)));
    } else {
      next(new InputError(error?.message ?? String(error)));
    }
  };
  return [...validators, toFieldErrors as unknown as RequestHandler];
}
