import { TestApiRegistry } from '@backstage/test-utils';
import { learningApiRef } from '../../api';
import { embed, paymentsApi, summary } from '../../__testUtils__/fixtures';
import { isLearningAvailable } from './isLearningAvailable';

describe('isLearningAvailable', () => {
  const apisWith = (getEntitySummary: jest.Mock) =>
    TestApiRegistry.from([learningApiRef, { getEntitySummary }]);

  it('is true when material is linked to the entity or its system', async () => {
    const getEntitySummary = jest.fn().mockResolvedValue(summary);
    await expect(
      isLearningAvailable(paymentsApi, { apis: apisWith(getEntitySummary) }),
    ).resolves.toBe(true);
    expect(getEntitySummary).toHaveBeenCalledWith(
      'component:default/payments-api',
    );
  });

  it('is true when only an open embed works on it', async () => {
    const getEntitySummary = jest.fn().mockResolvedValue({
      ...summary,
      items: [],
      embeds: [{ embed, via: 'entity' }],
    });
    await expect(
      isLearningAvailable(paymentsApi, { apis: apisWith(getEntitySummary) }),
    ).resolves.toBe(true);
  });

  it('is false without material or embeds, when the backend fails, or without the API', async () => {
    await expect(
      isLearningAvailable(paymentsApi, {
        apis: apisWith(jest.fn().mockResolvedValue({ ...summary, items: [] })),
      }),
    ).resolves.toBe(false);
    await expect(
      isLearningAvailable(paymentsApi, {
        apis: apisWith(jest.fn().mockRejectedValue(new Error('down'))),
      }),
    ).resolves.toBe(false);
    await expect(
      isLearningAvailable(paymentsApi, { apis: TestApiRegistry.from() }),
    ).resolves.toBe(false);
  });
});
