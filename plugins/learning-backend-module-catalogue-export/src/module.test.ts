import http from 'node:http';
import { AddressInfo } from 'node:net';
import { createServiceFactory } from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { notificationService } from '@backstage/plugin-notifications-node';
import learningPlugin from '@tech-learning/backstage-plugin-learning-backend';
import request from 'supertest';
import { learningModuleCatalogueExport } from './module';

jest.setTimeout(60_000);

describe('learningModuleCatalogueExport', () => {
  it('delivers the configured export as learning material of the backend', async () => {
    const csv = [
      'key,title,summary,format,level,owner,entityRefs',
      'k8s-101,Kubernetes 101,Pods and services,video,beginner,group:default/platform-team,component:default/portal',
      // invalid (no such level): left out by the backend, the rest applied
      'bad,Bad,Bad,video,expert,group:default/platform-team,',
    ].join('\n');
    const files = http.createServer((_req, res) => res.end(csv));
    await new Promise<void>(resolve => files.listen(0, '127.0.0.1', resolve));
    const host = `localhost:${(files.address() as AddressInfo).port}`;
    try {
      const { server } = await startTestBackend({
        features: [
          learningPlugin,
          learningModuleCatalogueExport,
          catalogServiceMock.factory({ entities: [] }),
          createServiceFactory({
            service: notificationService,
            deps: {},
            factory: () => ({ send: async () => {} }),
          }),
          mockServices.rootConfig.factory({
            data: {
              backend: { reading: { allow: [{ host }] } },
              learning: {
                catalogueExports: [
                  {
                    id: 'academy',
                    target: `http://${host}/export.csv`,
                    // no initial delay: the test scheduler runs it at start
                    schedule: {
                      frequency: { hours: 1 },
                      timeout: { minutes: 1 },
                    },
                  },
                ],
              },
            },
          }),
        ],
      });
      const listed = await request(server)
        .get('/api/learning/resources')
        .set('Authorization', mockCredentials.user.header());
      expect(listed.body.items).toEqual([
        expect.objectContaining({
          title: 'Kubernetes 101',
          links: [
            { entityRef: 'component:default/portal', relation: 'teaches' },
          ],
          source: { type: 'provider', provider: 'catalogue-export:academy' },
        }),
      ]);
    } finally {
      await new Promise(resolve => files.close(resolve));
    }
  });
});
