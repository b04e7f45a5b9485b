import http from 'node:http';
import { AddressInfo } from 'node:net';
import { createHash } from 'node:crypto';
import { mockServices } from '@backstage/backend-test-utils';
import { UrlReaders } from '@backstage/backend-defaults/urlReader';
import { ConfigReader } from '@backstage/config';
import { LearningProviderFullMutation } from '@tech-learning/backstage-plugin-learning-node';
import { CatalogueExportProvider } from './CatalogueExportProvider';

describe('CatalogueExportProvider', () => {
  let body = '';
  const statuses: number[] = [];
  let server: http.Server;
  let base: string;

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      const etag = `"${createHash('sha1').update(body).digest('hex')}"`;
      const status = req.headers['if-none-match'] === etag ? 304 : 200;
      statuses.push(status);
      res.writeHead(status, { etag }).end(status === 200 ? body : undefined);
    });
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
    base = `localhost:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise(resolve => server.close(resolve)));

  function provider(target: string) {
    const applied: LearningProviderFullMutation[] = [];
    const config = new ConfigReader({
      backend: { reading: { allow: [{ host: base }] } },
    });
    const p = new CatalogueExportProvider({
      id: 'academy',
      target,
      format: 'csv',
      reader: UrlReaders.default({
        config,
        logger: mockServices.logger.mock(),
      }),
      logger: mockServices.logger.mock(),
    });
    return {
      p,
      applied,
      connect: () =>
        p.connect({
          applyMutation: async m => void applied.push(m),
          applyStatements: jest.fn(),
          getCursor: jest.fn(),
        }),
    };
  }

  it('applies the export in full, and costs one conditional request when it did not change', async () => {
    const { p, applied, connect } = provider(`http://${base}/export.csv`);
    expect(p.getProviderName()).toBe('catalogue-export:academy');
    body =
      'key,title,summary,format,level,owner\na,A,About a,video,beginner,group:default/team\n';
    // a run before the backend connects waits for it
    const early = p.refresh();
    await connect();
    expect(await early).toBe('applied');
    expect(applied).toEqual([
      {
        type: 'full',
        resources: [
          expect.objectContaining({ key: 'a', title: 'A', kind: 'course' }),
        ],
      },
    ]);
    statuses.length = 0;
    expect(await p.refresh()).toBe('unchanged');
    expect(statuses).toEqual([304]);

    // a broken export applies nothing, and is read in full next time
    body = 'key,colour\na,blue\n';
    await expect(p.refresh()).rejects.toThrow(
      /catalogue-export:academy: .* is not a valid csv export: unknown CSV columns: colour/,
    );
    expect(applied).toHaveLength(1);
    body =
      'key,title,summary,format,level,owner\nb,B,About b,video,beginner,group:default/team\n';
    expect(await p.refresh()).toBe('applied');
    expect(applied[1].resources.map(r => r.key)).toEqual(['b']);
  });

  it('reads nothing outside the reading allow list', async () => {
    const { p, applied, connect } = provider(
      `http://${base.replace('localhost', '127.0.0.1')}/export.csv`,
    );
    await connect();
    statuses.length = 0;
    await expect(p.refresh()).rejects.toThrow(/is not allowed/);
    expect(statuses).toEqual([]);
    expect(applied).toEqual([]);
  });
});
