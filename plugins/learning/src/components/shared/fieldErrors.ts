/**
 * The backend names the field of each problem in an input error:
 * `title: must be at most 200 characters; links.0.entityRef: component:default/x
 * is not in the catalog, or you may not see it`. This splits such a message
 * by the top-level field it names, so that a form can show each problem at
 * its field; what names no known field stays in `other`.
 */
export function splitFieldErrors(
  error: Error | undefined,
  fields: readonly string[],
): { byField: Record<string, string>; other?: string } {
  if (!error) {
    return { byField: {} };
  }
  const known = new Set(fields);
  const byField: Record<string, string> = {};
  const other: string[] = [];
  for (const part of error.message.split('; ')) {
    const match = /^([A-Za-z]+)((?:\.[A-Za-z0-9]+)*): (.+)$/s.exec(part);
    if (match && known.has(match[1])) {
      const [, field, rest, problem] = match;
      const detail = rest ? `${rest.slice(1)}: ${problem}` : problem;
      byField[field] = byField[field] ? `${byField[field]}; ${detail}` : detail;
    } else {
      other.push(part);
    }
  }
  return { byField, other: other.length ? other.join('; ') : undefined };
}
