/**
 * Reads a timestamp column as an ISO 8601 string. PostgreSQL returns a
 * Date; SQLite returns what was stored (an ISO string from this plugin, or
 * `YYYY-MM-DD HH:MM:SS` in UTC from CURRENT_TIMESTAMP).
 */
export function toIsoTimestamp(value: string | Date | number): string {
  if (value instanceof Date) {
    return value.toISOString();
  }
  if (typeof value === 'number') {
    return new Date(value).toISOString();
  }
  const utc = /[zZ]|[+-]\d\d:?\d\d$/.test(value)
    ? value
    : `${value.replace(' ', 'T')}Z`;
  return new Date(utc).toISOString();
}
