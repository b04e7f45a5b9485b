import { mockServices } from '@backstage/backend-test-utils';
import {
  LearningEmbed,
  LearningEmbedApplication,
} from '@tech-learning/backstage-plugin-learning-common';
import { EntityRefChecker } from '../shared/EntityRefChecker';
import { EmbedAuthorizer } from './EmbedAuthorizer';
import { EmbedNotifier } from './EmbedNotifier';
import { EmbedService } from './EmbedService';
import { EmbedStore } from './EmbedStore';

const embed = {
  id: 'e1',
  title: 'Two weeks on payments',
  host: 'group:default/payments-team',
  startsOn: '2027-02-01',
} as LearningEmbed;
const application = {
  id: 'a1',
  embedId: 'e1',
  applicantRef: 'user:default/carol',
  state: 'accepted',
} as LearningEmbedApplication;

describe('EmbedNotifier', () => {
  it('tells the applicant of a decision', async () => {
    const send = jest.fn().mockResolvedValue(undefined);
    const notifier = new EmbedNotifier({
      notifications: { send },
      logger: mockServices.logger.mock(),
    });
    await notifier.decided(embed, application);
    expect(send).toHaveBeenCalledWith({
      recipients: { type: 'entity', entityRef: 'user:default/carol' },
      payload: expect.objectContaining({
        title: 'Your application to “Two weeks on payments” was accepted',
        description:
          'Welcome: group:default/payments-team expects you from 2027-02-01.',
        link: '/learning/embeds/e1',
        severity: 'normal',
      }),
    });
  });

  it('logs a notification it cannot send, and does not throw', async () => {
    const logger = mockServices.logger.mock();
    const notifier = new EmbedNotifier({
      notifications: {
        send: jest.fn().mockRejectedValue(new Error('notifications down')),
      },
      logger,
    });
    await expect(notifier.pending(embed, 2)).resolves.toBeUndefined();
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringContaining('notifications down'),
    );
  });

  it('reminds each host of its embeds with applications left pending', async () => {
    const send = jest.fn().mockResolvedValue(undefined);
    const store = {
      countPendingApplications: jest.fn().mockResolvedValue([
        { embedId: 'e1', count: 3 },
        { embedId: 'gone', count: 1 },
      ]),
      getEmbeds: jest.fn().mockResolvedValue([embed]),
    };
    const service = new EmbedService({
      store: store as Partial<EmbedStore> as EmbedStore,
      authorizer: {} as EmbedAuthorizer,
      refs: {} as EntityRefChecker,
      notifier: new EmbedNotifier({
        notifications: { send },
        logger: mockServices.logger.mock(),
      }),
    });
    const before = Date.now();
    expect(await service.remindOfPending(3 * 24 * 3_600_000)).toBe(2);
    const [olderThan] = store.countPendingApplications.mock.calls[0];
    expect(Date.parse(olderThan)).toBeGreaterThanOrEqual(
      before - 3 * 24 * 3_600_000,
    );
    expect(Date.parse(olderThan)).toBeLessThanOrEqual(
      Date.now() - 3 * 24 * 3_600_000,
    );
    // an embed deleted meanwhile is left out
    expect(send).toHaveBeenCalledTimes(1);
    expect(send).toHaveBeenCalledWith({
      recipients: { type: 'entity', entityRef: 'group:default/payments-team' },
      payload: expect.objectContaining({
        title: '3 applications wait for a decision',
        scope: 'embed:e1:pending',
      }),
    });
  });
});
