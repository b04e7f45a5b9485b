import type { LearningApiPaths } from '@tech-learning/backstage-plugin-learning-common';

/**
 * Request and response types of each path and method of the backend's
 * OpenAPI spec, from the types generated from it: a path, parameter or
 * field renamed in the spec breaks the client's build, not a page.
 */
type Paths = LearningApiPaths;

export type ApiPath = keyof Paths;
export type ApiMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

type Operation<P extends ApiPath, M extends ApiMethod> = NonNullable<
  Paths[P][M]
>;

/** The methods a path has. */
export type MethodOf<P extends ApiPath> = {
  [M in ApiMethod]-?: [Operation<P, M>] extends [never] ? never : M;
}[ApiMethod];

type JsonContent<T> = T extends { content: { 'application/json': infer B } }
  ? B
  : T extends { content: { 'text/calendar': infer C } }
  ? C
  : undefined;

type Responses<P extends ApiPath, M extends ApiMethod> = Operation<
  P,
  M
>['responses'];

/** The body of the success answer: none for 204. */
export type ResponseOf<P extends ApiPath, M extends MethodOf<P>> = JsonContent<
  Responses<P, M>[keyof Responses<P, M> & (200 | 201 | 202)]
>;

type Parameters<P extends ApiPath, M extends ApiMethod> = Operation<
  P,
  M
>['parameters'];

/** What a call of a path and method takes, path parameters required. */
export type RequestOf<P extends ApiPath, M extends MethodOf<P>> = ([
  NonNullable<Parameters<P, M>['path']>,
] extends [never]
  ? { path?: undefined }
  : { path: NonNullable<Parameters<P, M>['path']> }) & {
  query?: Parameters<P, M>['query'];
  body?: Operation<P, M> extends { requestBody?: infer B }
    ? JsonContent<NonNullable<B>>
    : never;
};
