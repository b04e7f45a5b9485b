/**
 * Free-text queries, parsed once and written for each database's full-text
 * engine (PostgreSQL `tsquery`, SQLite FTS5), so that both read the same
 * syntax the same way.
 *
 * The syntax is that of PostgreSQL's `websearch_to_tsquery`: words must all
 * match, `"a phrase"` matches words in order, `-word` or `-"a phrase"`
 * excludes, and `or` between two terms accepts either. A word of several
 * parts (`payments-api`) is a phrase of its parts. The last word, when it
 * is neither quoted nor excluded, also matches as a prefix, for searching
 * as one types. Punctuation is never an operator of the engines: a query
 * of any text parses, at worst into nothing to search for.
 */

/** A word, or words in order; the last may match as a prefix. */
export interface TextTerm {
  words: string[];
  prefix: boolean;
}

/** A parsed query: terms that must all match, and terms none may match. */
export interface TextQuery {
  /** Each entry matches when any of its alternatives does. */
  required: TextTerm[][];
  excluded: TextTerm[];
}

/** Terms beyond these are ignored: a query is a few words, not a document. */
const MAX_TERMS = 16;
const MAX_PHRASE_WORDS = 8;

/**
 * Words too common to search for (PostgreSQL's English stop list), dropped
 * from the terms of a query unless quoted, as PostgreSQL does; SQLite's
 * tokenizer keeps them, so the two engines agree only if the query drops
 * them.
 */
const STOP_WORDS = new Set(
  (
    'i me my myself we our ours ourselves you your yours yourself yourselves ' +
    'he him his himself she her hers herself it its itself they them their ' +
    'theirs themselves what which who whom this that these those am is are ' +
    'was were be been being have has had having do does did doing a an the ' +
    'and but if or because as until while of at by for with about against ' +
    'between into through during before after above below to from up down ' +
    'in out on off over under again further then once here there when where ' +
    'why how all any both each few more most other some such no nor not only ' +
    'own same so than too very s t can will just don should now'
  ).split(' '),
);

function wordsOf(text: string): string[] {
  return text
    .toLocaleLowerCase('en-US')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, MAX_PHRASE_WORDS);
}

interface Token {
  kind: 'term' | 'or';
  words: string[];
  quoted: boolean;
  excluded: boolean;
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (/\s/u.test(c)) {
      i++;
      continue;
    }
    let excluded = false;
    if (c === '-' && i + 1 < text.length && !/\s/u.test(text[i + 1])) {
      excluded = true;
      i++;
    }
    if (text[i] === '"') {
      const end = text.indexOf('"', i + 1);
      const inner = text.slice(i + 1, end < 0 ? text.length : end);
      i = end < 0 ? text.length : end + 1;
      tokens.push({
        kind: 'term',
        words: wordsOf(inner),
        quoted: true,
        excluded,
      });
      continue;
    }
    let end = i;
    while (end < text.length && !/\s/u.test(text[end]) && text[end] !== '"') {
      end++;
    }
    const raw = text.slice(i, end);
    i = end;
    if (!excluded && raw.toLocaleLowerCase('en-US') === 'or') {
      tokens.push({ kind: 'or', words: [], quoted: false, excluded: false });
      continue;
    }
    const words = wordsOf(raw);
    tokens.push({
      kind: 'term',
      // a lone common word is dropped, as PostgreSQL drops it
      words: words.length === 1 && STOP_WORDS.has(words[0]) ? [] : words,
      quoted: false,
      excluded,
    });
  }
  return tokens;
}

/**
 * Parses a query; undefined when it holds nothing to search for (empty,
 * only punctuation, only common words or operators).
 */
export function parseTextQuery(
  text: string | undefined,
): TextQuery | undefined {
  if (!text) {
    return undefined;
  }
  const tokens = tokenize(text).filter(t => t.kind === 'or' || t.words.length);
  const lastTerm = tokens.filter(t => t.kind === 'term').pop();
  const required: TextTerm[][] = [];
  const excluded: TextTerm[] = [];
  let orPending = false;
  let previousRequired = false;
  for (const token of tokens) {
    if (token.kind === 'or') {
      orPending = previousRequired;
      continue;
    }
    if (required.length + excluded.length >= MAX_TERMS) {
      break;
    }
    const term: TextTerm = {
      words: token.words,
      prefix: token === lastTerm && !token.quoted && !token.excluded,
    };
    if (token.excluded) {
      excluded.push(term);
      previousRequired = false;
    } else if (orPending) {
      required[required.length - 1].push(term);
      previousRequired = true;
    } else {
      required.push([term]);
      previousRequired = true;
    }
    orPending = false;
  }
  if (required.length === 0 && excluded.length === 0) {
    return undefined;
  }
  return { required, excluded };
}

/* ---- PostgreSQL ---- */

function tsTerm(term: TextTerm): string {
  const operands = term.words.map((word, index) =>
    term.prefix && index === term.words.length - 1
      ? `'${word}':*`
      : `'${word}'`,
  );
  return operands.length === 1 ? operands[0] : `(${operands.join(' <-> ')})`;
}

function tsAny(terms: TextTerm[]): string {
  return terms.length === 1
    ? tsTerm(terms[0])
    : `(${terms.map(tsTerm).join(' | ')})`;
}

/**
 * The query as the text of a PostgreSQL `to_tsquery` (words are letters
 * and digits only, quoted, so the text always parses): `matching` for what
 * a document must match, or undefined when the query only excludes, and
 * `excluding` for what it must not.
 */
export function toTsQueries(query: TextQuery): {
  matching?: string;
  excluding?: string;
} {
  const matching = query.required.map(tsAny).join(' & ');
  const excluding = query.excluded.map(tsTerm).join(' | ');
  return {
    matching: matching || undefined,
    excluding: excluding || undefined,
  };
}

/* ---- SQLite FTS5 ---- */

function ftsTerm(term: TextTerm): string {
  // words hold no double quote, so each is a plain FTS5 string
  return `"${term.words.join(' ')}"${term.prefix ? '*' : ''}`;
}

function ftsAny(terms: TextTerm[]): string {
  return terms.length === 1
    ? ftsTerm(terms[0])
    : `(${terms.map(ftsTerm).join(' OR ')})`;
}

/**
 * The query as FTS5 MATCH expressions: `matching` for what a document must
 * match (with the exclusions as NOT), or undefined when the query only
 * excludes, and `excluding` for what it must not match then.
 */
export function toFtsQueries(query: TextQuery): {
  matching?: string;
  excluding?: string;
} {
  const excluding = query.excluded.map(ftsTerm).join(' OR ');
  if (query.required.length === 0) {
    return { excluding };
  }
  const required = query.required.map(ftsAny).join(' AND ');
  return {
    matching: excluding ? `(${required}) NOT (${excluding})` : required,
  };
}
