import { makeStyles } from '@material-ui/core/styles';
import { Fragment } from 'react';

const useStyles = makeStyles(theme => ({
  mark: {
    backgroundColor: theme.palette.type === 'dark' ? '#6b5b00' : '#fff3a0',
    color: 'inherit',
    padding: 0,
  },
}));

/** Endings dropped from a searched word, so that "courses" marks "course". */
const ENDINGS = /(?:ies|es|s|ing|ed)$/u;

/**
 * The words of a search to mark in what it found: its terms without the
 * syntax (quotes, `or`), without the excluded ones (`-word`), each cut to a
 * stem-like prefix, since the backend matches stemmed words and the last
 * word as a prefix.
 */
export function searchWords(query: string): string[] {
  const words = query
    .replace(/-"[^"]*"?/gu, ' ')
    .split(/\s+/u)
    .filter(token => token && !token.startsWith('-'))
    .flatMap(token => token.toLocaleLowerCase('en-US').split(/[^\p{L}\p{N}]+/u))
    .filter(word => word && word !== 'or')
    .map(word => (word.length > 4 ? word.replace(ENDINGS, '') : word));
  return [...new Set(words)];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Text with the words of a search marked where a word starts with one. */
export function Highlighted(props: { text: string; words: string[] }) {
  const { text, words } = props;
  const classes = useStyles();
  if (words.length === 0) {
    return <>{text}</>;
  }
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${words
      .map(escapeRegExp)
      .join('|')})[\\p{L}\\p{N}]*`,
    'giu',
  );
  const parts: Array<{ text: string; marked: boolean }> = [];
  let at = 0;
  for (const match of text.matchAll(pattern)) {
    const start = match.index ?? 0;
    if (start > at) {
      parts.push({ text: text.slice(at, start), marked: false });
    }
    parts.push({ text: match[0], marked: true });
    at = start + match[0].length;
  }
  if (at < text.length) {
    parts.push({ text: text.slice(at), marked: false });
  }
  return (
    <>
      {parts.map((part, i) =>
        part.marked ? (
          <mark key={i} className={classes.mark}>
            {part.text}
          </mark>
        ) : (
          <Fragment key={i}>{part.text}</Fragment>
        ),
      )}
    </>
  );
}
