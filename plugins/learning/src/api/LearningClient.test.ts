import { LearningClient } from './LearningClient';

describe('LearningClient', () => {
  const discoveryApi = {
    getBaseUrl: jest.fn().mockResolvedValue('http://backend/api/learning'),
  };

  function client(response: Response) {
    const fetch = jest.fn().mockResolvedValue(response);
    return {
      fetch,
      client: new LearningClient({ discoveryApi, fetchApi: { fetch } }),
    };
  }

  it('gets the entity summary by the parts of the ref', async () => {
    const { fetch, client: c } = client(
      new Response(JSON.stringify({ items: [] }), { status: 200 }),
    );
    await expect(
      c.getEntitySummary('component:default/payments-api'),
    ).resolves.toEqual({ items: [] });
    expect(fetch).toHaveBeenCalledWith(
      'http://backend/api/learning/entities/component/default/payments-api/summary',
    );
  });

  it('sends only the given list parameters', async () => {
    const { fetch, client: c } = client(
      new Response(JSON.stringify({ items: [], totalCount: 0 })),
    );
    await c.listResources({ q: 'kafka & streams', kind: 'course', tag: '' });
    expect(fetch).toHaveBeenCalledWith(
      'http://backend/api/learning/resources?q=kafka+%26+streams&kind=course',
    );
  });

  it('throws a ResponseError with the backend message', async () => {
    const { client: c } = client(
      new Response(
        JSON.stringify({
          error: {
            name: 'NotFoundError',
            message: 'No learning resource with id x',
          },
          request: { method: 'GET', url: '/resources/x' },
          response: { statusCode: 404 },
        }),
        { status: 404, headers: { 'content-type': 'application/json' } },
      ),
    );
    await expect(c.getResource('x')).rejects.toMatchObject({
      name: 'ResponseError',
      statusCode: 404,
      cause: { message: 'No learning resource with id x' },
    });
  });
});
