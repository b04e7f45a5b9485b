/** Schemes a link in a post may use; relative links have none. */
const SAFE_SCHEMES = new Set(['http', 'https', 'mailto']);

/**
 * The link targets of a markdown text: inline links and images
 * `[text](target)`, autolinks `<target>`, reference definitions
 * `[label]: target`, and raw `href`/`src` attributes.
 */
function linkTargets(body: string): string[] {
  const targets: string[] = [];
  const patterns = [
    /\]\(\s*<?([^)\s>]*)/g,
    /<([a-z][a-z0-9+.-]*:[^>\s]*)>/gi,
    /^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/gm,
    /\b(?:href|src)\s*=\s*["']?([^"'\s>]+)/gi,
  ];
  for (const pattern of patterns) {
    for (const match of body.matchAll(pattern)) {
      targets.push(match[1]);
    }
  }
  return targets;
}

/**
 * The scheme of a link target as a browser would read it: entities
 * decoded, and the whitespace and control characters it ignores dropped
 * (`jav&#x61;script:`, `java\tscript:`).
 */
function schemeOf(target: string): string | undefined {
  const decoded = target
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex) =>
      String.fromCodePoint(parseInt(hex, 16)),
    )
    .replace(/&#(\d+);?/g, (_, dec) => String.fromCodePoint(Number(dec)))
    .replace(/&colon;/gi, ':')
    .replace(/&tab;|&newline;/gi, '')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0020\u007f]/g, '');
  const match = /^([a-z][a-z0-9+.-]*):/i.exec(decoded);
  return match?.[1].toLocaleLowerCase('en-US');
}

/** The first link of a post body with a scheme other than http(s) or mailto. */
export function unsafeLink(body: string): string | undefined {
  return linkTargets(body).find(target => {
    const scheme = schemeOf(target);
    return scheme !== undefined && !SAFE_SCHEMES.has(scheme);
  });
}

/**
 * The SMEs a post body mentions as `@name`, where name is the name of
 * their catalog User; others' names are left as text.
 */
export function mentionsIn(body: string, mentionable: string[]): string[] {
  const byName = new Map(
    mentionable.map(ref => [ref.slice(ref.indexOf('/') + 1), ref]),
  );
  const found = new Set<string>();
  for (const match of body.matchAll(/(^|[^\w@/])@([a-z0-9][a-z0-9._-]*)/gi)) {
    const ref = byName.get(match[2].toLocaleLowerCase('en-US'));
    if (ref) {
      found.add(ref);
    }
  }
  return [...found];
}
