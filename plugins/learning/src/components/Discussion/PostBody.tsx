import { MarkdownContent } from '@backstage/core-components';
import { parseEntityRef } from '@backstage/catalog-model';

/** Links a post may have: http(s), mailto and links within Backstage. */
function safeUri(uri: string): string {
  const trimmed = uri.trim();
  if (/^(https?:|mailto:)/i.test(trimmed)) {
    return trimmed;
  }
  // relative links have no scheme; anything else (javascript:, data:) goes
  // eslint-disable-next-line no-control-regex
  return /^[a-z][a-z0-9+.-]*:/i.test(trimmed.replace(/[\s\u0000-\u001f]/g, ''))
    ? ''
    : trimmed;
}

/** `@name` of each mentioned SME as a link to their catalog page. */
function linkMentions(body: string, mentions: string[]): string {
  let text = body;
  for (const ref of mentions) {
    const { namespace, name } = parseEntityRef(ref);
    const pattern = new RegExp(
      `(^|[^\\w@/\\[])@${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`,
      'gi',
    );
    text = text.replace(
      pattern,
      (_, before) => `${before}[@${name}](/catalog/${namespace}/user/${name})`,
    );
  }
  return text;
}

/**
 * A post's markdown, rendered safely: raw HTML is shown as text (the
 * CommonMark dialect, without the HTML pass), links other than http(s),
 * mailto and relative ones are dropped, and images are not loaded.
 */
export function PostBody(props: { body: string; mentions: string[] }) {
  return (
    <MarkdownContent
      content={linkMentions(props.body, props.mentions)}
      dialect="common-mark"
      transformLinkUri={safeUri}
      transformImageUri={() => ''}
    />
  );
}
