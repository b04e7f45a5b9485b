import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { ConflictError } from '@backstage/errors';
import { ResourceAuthorizer } from '../resources';
import { SourceService } from './SourceService';
import { SourceStore } from './SourceStore';

describe('SourceService', () => {
  function service(triggerTask: jest.Mock) {
    return new SourceService({
      sources: {} as SourceStore,
      authorizer: {
        isAllowedBasic: async () => true,
      } as unknown as ResourceAuthorizer,
      scheduler: { triggerTask } as never,
      taskId: 'learning-yaml-sources',
      logger: mockServices.logger.mock(),
      retryMs: 10,
    });
  }

  it('asks for a run now when none is under way', async () => {
    const triggerTask = jest.fn().mockResolvedValue(undefined);
    await service(triggerTask).refresh(undefined, mockCredentials.user());
    expect(triggerTask).toHaveBeenCalledTimes(1);
    expect(triggerTask).toHaveBeenCalledWith('learning-yaml-sources');
  });

  it('asks again once the run under way is over, which may have read the files before they changed', async () => {
    const triggerTask = jest
      .fn()
      .mockRejectedValueOnce(new ConflictError('running'))
      .mockRejectedValueOnce(new ConflictError('running'))
      .mockRejectedValueOnce(new ConflictError('running'))
      .mockResolvedValue(undefined);
    const sources = service(triggerTask);
    await sources.refresh(undefined, mockCredentials.user());
    // a second request meanwhile waits with the first
    await sources.refresh(undefined, mockCredentials.user());
    expect(triggerTask).toHaveBeenCalledTimes(2);
    await new Promise(resolve => setTimeout(resolve, 200));
    expect(triggerTask).toHaveBeenCalledTimes(4);
  });

  it('passes on other errors of the scheduler', async () => {
    const triggerTask = jest.fn().mockRejectedValue(new Error('database away'));
    await expect(
      service(triggerTask).refresh(undefined, mockCredentials.user()),
    ).rejects.toThrow('database away');
  });
});
