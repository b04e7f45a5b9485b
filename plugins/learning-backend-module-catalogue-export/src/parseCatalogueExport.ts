import { ProvidedLearningResource } from '@tech-learning/backstage-plugin-learning-node';
import { parse } from 'csv-parse/sync';

/**
 * The format of a catalogue export.
 *
 * @public
 */
export type CatalogueExportFormat = 'json' | 'csv';

/**
 * The columns a CSV export may have; `key`, `title` and the rest as in JSON.
 *
 * @public
 */
export const CSV_COLUMNS = [
  'key',
  'kind',
  'title',
  'summary',
  'description',
  'format',
  'level',
  'durationMinutes',
  'language',
  'tags',
  'urls',
  'owner',
  'smes',
  'entityRefs',
  'reviewIntervalDays',
] as const;

/** `a; b ;c` as `['a', 'b', 'c']`. */
function list(value: string | undefined): string[] {
  return (value ?? '')
    .split(';')
    .map(v => v.trim())
    .filter(Boolean);
}

function wholeNumber(value: string | undefined): number | undefined {
  if (!value?.trim()) return undefined;
  const n = Number(value);
  // left for the backend's validation to name, rather than dropped here
  return Number.isFinite(n) ? n : (value as unknown as number);
}

/** One CSV row as a provided resource; empty cells are left out. */
function fromRow(row: Record<string, string>): ProvidedLearningResource {
  const text = (column: string) => row[column]?.trim() || undefined;
  const resource = {
    key: text('key'),
    kind: text('kind') ?? 'course',
    title: text('title'),
    summary: text('summary'),
    description: text('description'),
    format: text('format'),
    level: text('level'),
    durationMinutes: wholeNumber(row.durationMinutes),
    language: text('language'),
    tags: list(row.tags),
    urls: list(row.urls).map(url => ({ url })),
    owner: text('owner'),
    smes: list(row.smes),
    links: list(row.entityRefs).map(entityRef => ({
      entityRef,
      relation: 'teaches',
    })),
    reviewIntervalDays: wholeNumber(row.reviewIntervalDays),
  };
  return Object.fromEntries(
    Object.entries(resource).filter(([, v]) => v !== undefined),
  ) as unknown as ProvidedLearningResource;
}

/**
 * Reads a catalogue export: JSON (an array of resources as a provider
 * delivers them, or `{ "items": [...] }`) or CSV (a header row naming
 * `CSV_COLUMNS`; lists separated by `;`; `entityRefs` are linked as
 * taught). Only the shape is checked here: the learning backend validates
 * each resource, and leaves out (and logs) an invalid one.
 *
 * @public
 */
export function parseCatalogueExport(
  text: string,
  format: CatalogueExportFormat,
): ProvidedLearningResource[] {
  if (format === 'json') {
    const value: unknown = JSON.parse(text);
    const items = Array.isArray(value)
      ? value
      : (value as { items?: unknown })?.items;
    if (!Array.isArray(items)) {
      throw new Error(
        'a JSON export is an array of resources, or an object with one in "items"',
      );
    }
    return items as ProvidedLearningResource[];
  }
  const rows: Record<string, string>[] = parse(text, {
    columns: true,
    skip_empty_lines: true,
    trim: true,
    bom: true,
  });
  const header = rows.length ? Object.keys(rows[0]) : [];
  const unknown = header.filter(
    column => !(CSV_COLUMNS as readonly string[]).includes(column),
  );
  if (unknown.length > 0) {
    throw new Error(
      `unknown CSV columns: ${unknown.join(', ')} (known: ${CSV_COLUMNS.join(
        ', ',
      )})`,
    );
  }
  return rows.map(fromRow);
}

/**
 * The format of a target, from its file name unless configured.
 *
 * @public
 */
export function formatOf(
  target: string,
  configured?: string,
): CatalogueExportFormat {
  const format =
    configured ?? (new URL(target).pathname.endsWith('.csv') ? 'csv' : 'json');
  if (format !== 'json' && format !== 'csv') {
    throw new Error(`format '${format}' is not json or csv`);
  }
  return format;
}
