import { mockServices } from '@backstage/backend-test-utils';
import { hideInternalErrors } from './internalErrors';

function handle(error: unknown) {
  const next = jest.fn();
  const res = { setHeader: jest.fn() };
  hideInternalErrors(mockServices.logger.mock())(
    error,
    {} as never,
    res as never,
    next,
  );
  return { passed: next.mock.calls[0][0], res };
}

describe('hideInternalErrors', () => {
  it.each([
    [
      'PostgreSQL shutting down',
      {
        code: '57P01',
        message: 'terminating connection due to administrator command',
      },
    ],
    [
      'a refused connection',
      { code: 'ECONNREFUSED', message: 'connect ECONNREFUSED 127.0.0.1:5432' },
    ],
    [
      'a connection cut under a query',
      { message: 'Connection terminated unexpectedly' },
    ],
    [
      'an empty pool',
      {
        name: 'KnexTimeoutError',
        message: 'Knex: Timeout acquiring a connection.',
      },
    ],
    [
      'another plugin that could not reach its database',
      {
        name: 'ResponseError',
        message: 'Request failed with 500 Internal Server Error',
        cause: { name: 'Error', code: 'ECONNREFUSED' },
      },
    ],
  ])('answers %s as 503 with Retry-After', (_what, fields) => {
    const { passed, res } = handle(Object.assign(new Error(), fields));
    expect(passed.name).toBe('ServiceUnavailableError');
    expect(passed.message).not.toMatch(/5432|ECONN|administrator/);
    expect(res.setHeader).toHaveBeenCalledWith('Retry-After', '5');
  });

  it('leaves other errors to the 500 path', () => {
    const { passed, res } = handle(
      Object.assign(new Error('syntax error at or near "FROM"'), {
        code: '42601',
      }),
    );
    expect(passed.name).not.toBe('ServiceUnavailableError');
    expect(res.setHeader).not.toHaveBeenCalled();
  });
});
