import { Knex } from 'knex';
import { toIsoTimestamp } from '../shared/timestamps';
import { LearningSourceRecord, SourceStore } from './SourceStore';

interface SourceRow {
  id: string;
  target: string;
  entity_ref: string | null;
  etag: string | null;
  document_count: number | null;
  errors: string | null;
  checked_at: string | Date | null;
  changed_at: string | Date | null;
}

function toRecord(row: SourceRow): LearningSourceRecord {
  return {
    id: row.id,
    target: row.target,
    ...(row.entity_ref ? { entityRef: row.entity_ref } : {}),
    ...(row.etag ? { etag: row.etag } : {}),
    ...(row.document_count !== null
      ? { documentCount: row.document_count }
      : {}),
    errors: row.errors ? JSON.parse(row.errors) : [],
    ...(row.checked_at ? { checkedAt: toIsoTimestamp(row.checked_at) } : {}),
    ...(row.changed_at ? { changedAt: toIsoTimestamp(row.changed_at) } : {}),
  };
}

/** Learning YAML sources with knex, on SQLite and PostgreSQL. */
export class DatabaseSourceStore implements SourceStore {
  constructor(private readonly db: Knex) {}

  async listSources(
    filter: { entityRef?: string } = {},
  ): Promise<LearningSourceRecord[]> {
    const query = this.db<SourceRow>('learning_sources').orderBy('target');
    if (filter.entityRef) {
      query.where({ entity_ref: filter.entityRef });
    }
    return (await query).map(toRecord);
  }

  async saveSource(source: LearningSourceRecord): Promise<void> {
    const row: SourceRow = {
      id: source.id,
      target: source.target,
      entity_ref: source.entityRef ?? null,
      etag: source.etag ?? null,
      document_count: source.documentCount ?? null,
      errors: source.errors.length ? JSON.stringify(source.errors) : null,
      checked_at: source.checkedAt ?? null,
      changed_at: source.changedAt ?? null,
    };
    await this.db('learning_sources').insert(row).onConflict('id').merge();
  }

  async deleteSources(ids: string[]): Promise<void> {
    if (ids.length > 0) {
      await this.db('learning_sources').whereIn('id', ids).delete();
    }
  }
}
