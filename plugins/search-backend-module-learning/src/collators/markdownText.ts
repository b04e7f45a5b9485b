/**
 * Markdown as the plain text a search engine should index: the words a
 * reader sees, without the syntax around them (headings, emphasis, links'
 * targets, images, code fences, HTML tags, tables' rules).
 */
export function markdownText(markdown: string): string {
  return (
    markdown
      // fenced code: keep the code, drop the fences and their language
      .replace(/^\s*(```|~~~)[^\n]*$/gm, '')
      // images: their alt text
      .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
      // links: their text
      .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
      // reference-style link definitions
      .replace(/^\s*\[[^\]]+\]:\s*\S+.*$/gm, '')
      // HTML tags
      .replace(/<\/?[a-zA-Z][^>]*>/g, ' ')
      // headings, quotes and list markers at the start of a line
      .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+[.)])\s+/gm, '')
      // table rules and horizontal rules
      .replace(/^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/gm, '')
      .replace(/\|/g, ' ')
      // emphasis and inline code
      .replace(/(\*\*|__|\*|_|`+|~~)(?=\S)([^\n]*?\S)\1/g, '$2')
      .replace(/[ \t]+/g, ' ')
      .replace(/\n{2,}/g, '\n')
      .trim()
  );
}
