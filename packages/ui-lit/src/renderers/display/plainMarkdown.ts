import type { Token } from 'marked';

/**
 * Markdown whose HTML needs no sanitiser: a proof from the token tree, for
 * markdown rendered with raw HTML escaped (not `unsafeAllowHtml`).
 *
 * Every token type below is rendered by marked's default renderer or by
 * lit-ui's own (`markdown.ts`, `markdownExtensions.ts`) into fixed tags
 * whose text and attribute values are escaped: paragraphs, emphasis, code,
 * lists, quotes, rules, line breaks, colour directives, emoji and math. Any
 * other token (raw HTML, images, tables, headings — whose id DOMPurify may
 * drop —, link definitions, extensions added later) makes the proof fail and
 * the HTML goes through DOMPurify as before. A link passes only with a
 * non-empty `href` that is `http(s):`, `mailto:`, `tel:` or has no scheme at
 * all (relative, `#anchor`), without spaces or control characters (which
 * browsers strip to reveal a scheme); its title and text are checked as any
 * other text.
 */
const PLAIN = new Set([
  'space',
  'paragraph',
  'text',
  'escape',
  'strong',
  'em',
  'del',
  'codespan',
  'code',
  'br',
  'hr',
  'blockquote',
  'list',
  'list_item',
  'checkbox',
  'link',
  'luColor',
  'luEmoji',
  'luInlineMath',
  'luBlockMath',
]);

/** `http(s):`, `mailto:`, `tel:`, or no scheme (no `:` before the first `/`, `?` or `#`). */
const SAFE_HREF = /^(?:(?:https?|mailto|tel):|[^:/?#]*(?:[/?#]|$))/i;
/** Spaces and control characters (URL parsers strip some of them, e.g. `java\tscript:`), and backslashes. */
// eslint-disable-next-line no-control-regex
const UNSAFE_URL_CHARS = /[\u0000-\u0020\u007f-\u009f\\]/;

/** True when `href` is a link target the sanitiser would keep as it is (see {@link PLAIN}). */
export function isPlainHref(href: string): boolean {
  return href !== '' && !UNSAFE_URL_CHARS.test(href) && SAFE_HREF.test(href);
}

/** The child token lists of a token (inline `tokens`, a list's `items`), as marked's walkTokens reads them. */
function childrenOf(token: Token): readonly (readonly Token[])[] {
  const lists: (readonly Token[])[] = [];
  if ('tokens' in token && Array.isArray(token.tokens)) lists.push(token.tokens);
  if (token.type === 'list' && Array.isArray(token['items'])) lists.push(token['items'] as Token[]);
  return lists;
}

/**
 * True when every token of `tokens` (recursively) is of a type whose HTML is
 * safe by construction (see {@link PLAIN}), so the HTML marked renders from
 * them may skip DOMPurify. False on anything else: the caller sanitises.
 *
 * @param tokens - The token tree of marked's lexer (block or inline), for
 *   markdown rendered with raw HTML escaped.
 * @returns Whether the rendered HTML is safe without sanitising.
 */
export function isPlainMarkdown(tokens: readonly Token[]): boolean {
  const stack: (readonly Token[])[] = [tokens];
  for (let list = stack.pop(); list !== undefined; list = stack.pop()) {
    for (const token of list) {
      if (!PLAIN.has(token.type)) return false;
      if (token.type === 'link' && !isPlainHref(String(token['href'] ?? ''))) return false;
      stack.push(...childrenOf(token));
    }
  }
  return true;
}

/** A tag other than those the plain token types render into, an event handler or a style attribute. */
const UNEXPECTED_MARKUP =
  /<(?!\/?(?:p|strong|em|del|code|pre|br|hr|blockquote|ul|ol|li|input|a|span|div)[\s>])|\son[a-z]*\s*=|\sstyle\s*=|javascript:/i;

/**
 * A second check, on the HTML rendered from tokens that passed
 * {@link isPlainMarkdown}: only the tags those tokens render into, no event
 * handler, style attribute or `javascript:` anywhere (text that merely
 * looks like one also fails: it is then sanitised, never let through).
 *
 * @param html - HTML rendered by marked from plain tokens.
 * @returns True when the HTML holds nothing a sanitiser would change.
 */
export function isPlainHtml(html: string): boolean {
  return !UNEXPECTED_MARKUP.test(html);
}
