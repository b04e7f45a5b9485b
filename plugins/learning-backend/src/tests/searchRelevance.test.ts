import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { ProvidedLearningResource } from '@tech-learning/backstage-plugin-learning-node';
import { parse as parseCsv } from 'csv-parse/sync';
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { DatabaseResourceStore } from '../resources/DatabaseResourceStore';
import { getMigratedClient } from '../shared/migrate';
import { parseLearningDocuments } from '../sources/parseLearningDocuments';
import relevance from './searchRelevance.json';

jest.setTimeout(60_000);

const examples = path.resolve(__dirname, '../../../../examples');
const read = (file: string) =>
  fs.readFileSync(path.join(examples, file), 'utf8');

/**
 * The demo's learning material, from the files the demo backend reads: the
 * company's material, the YAML beside two services' code, and the academy
 * catalogue (only the columns the search reads).
 */
function demoMaterial(): Array<[string, ProvidedLearningResource[]]> {
  const repos = ['ledger-service', 'identity'].map(
    repo =>
      [
        repo,
        parseLearningDocuments(read(`repos/${repo}/learning.yaml`), {
          location: `url:${repo}`,
          namespace: 'default',
        }).resources,
      ] as [string, ProvidedLearningResource[]],
  );
  const academy: Array<Record<string, string>> = parseCsv(
    read('repos/academy/catalogue.csv'),
    { columns: true },
  );
  return [
    ['demo-material', YAML.parse(read('learning/demo-material.yaml'))],
    ...repos,
    [
      'academy',
      academy.map(row => ({
        key: row.key,
        kind: row.kind as ProvidedLearningResource['kind'],
        title: row.title,
        summary: row.summary,
        format: row.format as ProvidedLearningResource['format'],
        level: row.level as ProvidedLearningResource['level'],
        tags: row.tags.split(';'),
        owner: row.owner,
      })),
    ],
  ];
}

describe('search relevance on the demo material', () => {
  const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

  it.each(databases.eachSupportedId())(
    'puts the resource a query means first for at least 18 of 20 queries, on %p',
    async databaseId => {
      const knex = await databases.init(databaseId);
      const store = new DatabaseResourceStore(
        await getMigratedClient(mockServices.database({ knex })),
        { defaultReviewIntervalDays: 180 },
      );
      let loaded = 0;
      for (const [provider, resources] of demoMaterial()) {
        await store.replaceProviderResources(provider, resources);
        loaded += resources.length;
      }
      expect(loaded).toBeGreaterThan(15);

      const misses: string[] = [];
      for (const { q, first } of relevance.queries) {
        const page = await store.listResources(
          { query: q },
          { sort: 'relevance', limit: 3 },
        );
        const titles = page.items.map(i => i.title);
        if (titles[0] !== first) {
          misses.push(
            `"${q}": wanted "${first}", got ${JSON.stringify(titles)}`,
          );
        }
      }
      const hits = relevance.queries.length - misses.length;
      // the figure issue 15 asks for, in the test output
      // eslint-disable-next-line no-console
      console.log(
        `search relevance on ${databaseId}: expected first for ${hits} of ${
          relevance.queries.length
        } queries${misses.length ? `; missed ${misses.join('; ')}` : ''}`,
      );
      expect(relevance.queries).toHaveLength(20);
      expect(hits).toBeGreaterThanOrEqual(18);
    },
  );
});
