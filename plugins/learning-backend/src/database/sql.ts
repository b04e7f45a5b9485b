/** Escapes LIKE wildcards; use with `escape '\'`. */
export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, c => `\\${c}`);
}

/** Groups rows by a string column, keeping their order. */
export function groupBy<T extends Record<string, unknown>>(
  rows: T[],
  key: keyof T,
): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const k = row[key] as string;
    const list = map.get(k);
    if (list) {
      list.push(row);
    } else {
      map.set(k, [row]);
    }
  }
  return map;
}

/** Counts as numbers: PostgreSQL returns bigint counts as strings. */
export function toNumber(value: unknown): number {
  return typeof value === 'number' ? value : Number(value ?? 0);
}
