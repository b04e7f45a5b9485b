import { createHash, randomUUID } from 'node:crypto';
import { InputError } from '@backstage/errors';
import { Knex } from 'knex';

/** What a provider sync changed. */
export interface ProviderSyncResult {
  created: number;
  updated: number;
  deleted: number;
  unchanged: number;
}

/** The columns of a row a provider owns, by the provider's key. */
interface ProviderOwnedRow {
  id: string;
  source_key: string | null;
  source_hash: string | null;
}

/**
 * Makes the rows a provider owns in `table` the items it delivered, inside
 * the caller's transaction: an item whose hash is unchanged costs nothing,
 * a new key is created, a changed one updated (unless `update` keeps the
 * row as it is and says so with false), and rows whose key was not
 * delivered are deleted. Refuses a delivery that names a key twice.
 *
 * Returns the counts, and the id of every delivered key that has a row.
 */
export async function syncProviderRows<
  TItem extends { key: string },
  TRow extends ProviderOwnedRow,
>(options: {
  tx: Knex.Transaction;
  table: string;
  provider: string;
  /** What the keys are called in messages: `the key`, `the embed key`. */
  keyNoun: string;
  items: TItem[];
  /** The rows the provider owns now, read in `tx`. */
  existing: TRow[];
  create(item: TItem, row: { id: string; hash: string }): Promise<void>;
  update(item: TItem, current: TRow, hash: string): Promise<boolean>;
}): Promise<{ counts: ProviderSyncResult; ids: Map<string, string> }> {
  const { tx, table, provider, keyNoun, items, existing } = options;
  const keys = new Set<string>();
  for (const item of items) {
    if (keys.has(item.key)) {
      throw new InputError(
        `Provider ${provider} delivered ${keyNoun} '${item.key}' twice`,
      );
    }
    keys.add(item.key);
  }

  const byKey = new Map(existing.map(row => [row.source_key!, row]));
  const counts: ProviderSyncResult = {
    created: 0,
    updated: 0,
    deleted: 0,
    unchanged: 0,
  };
  const ids = new Map<string, string>();
  for (const item of items) {
    const hash = createHash('sha256')
      .update(JSON.stringify(item))
      .digest('hex');
    const current = byKey.get(item.key);
    if (!current) {
      const id = randomUUID();
      await options.create(item, { id, hash });
      ids.set(item.key, id);
      counts.created += 1;
      continue;
    }
    ids.set(item.key, current.id);
    if (current.source_hash === hash) {
      counts.unchanged += 1;
    } else if (await options.update(item, current, hash)) {
      counts.updated += 1;
    }
  }

  const gone = existing.filter(row => !keys.has(row.source_key!));
  if (gone.length > 0) {
    await tx(table)
      .whereIn(
        'id',
        gone.map(row => row.id),
      )
      .delete();
    counts.deleted = gone.length;
  }
  return { counts, ids };
}
