import type { TokenizerAndRendererExtension, Tokens } from 'marked';
import { emojiForShortcode } from './emoji.js';

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** Colors of Streamlit's `:color[text]` markdown directive. */
export const MARKDOWN_COLORS = ['red', 'orange', 'yellow', 'green', 'blue', 'violet', 'gray', 'grey', 'primary', 'rainbow'] as const;

const DIRECTIVE_START = /:(?:[a-z]+(?:-background|-badge)?)\[/;
const DIRECTIVE = /^:([a-z]+)(-background|-badge)?\[/;

/** Index of the `]` closing the bracket opened just before `from`, or -1. Backslash escapes and nesting are honoured. */
function closingBracket(src: string, from: number): number {
  let depth = 1;
  for (let i = from; i < src.length; i++) {
    const ch = src[i];
    if (ch === '\\') i++;
    else if (ch === '[') depth++;
    else if (ch === ']' && --depth === 0) return i;
  }
  return -1;
}

/**
 * `:red[text]`, `:blue-background[text]`, `:green-badge[text]`,
 * `:rainbow[text]` and `:small[text]`, as Streamlit's markdown. The inner
 * text is markdown too. Unknown colors are left as typed.
 */
const colorDirective: TokenizerAndRendererExtension = {
  name: 'luColor',
  level: 'inline',
  start: (src) => src.match(DIRECTIVE_START)?.index,
  tokenizer(src) {
    const match = DIRECTIVE.exec(src);
    if (!match) return undefined;
    const [open, color = '', variant = ''] = match;
    const known = color === 'small' ? variant === '' : (MARKDOWN_COLORS as readonly string[]).includes(color);
    if (!known) return undefined;
    const end = closingBracket(src, open.length);
    if (end < 0) return undefined;
    const inner = src.slice(open.length, end);
    const name = color === 'grey' ? 'gray' : color;
    return { type: 'luColor', raw: src.slice(0, end + 1), name, variant, tokens: this.lexer.inlineTokens(inner) };
  },
  renderer(token) {
    const { name, variant } = token as Tokens.Generic & { name: string; variant: string };
    const cls = name === 'small' ? 'lu-md-small' : `lu-md-color lu-md-${name}${variant}`;
    return `<span class="${cls}">${this.parser.parseInline(token.tokens ?? [])}</span>`;
  },
};

const SHORTCODE = /^:([a-z0-9_+-]+):/;
const MATERIAL = /^:material\/([a-z0-9_]+):/;

/**
 * Emoji shortcodes (`:rocket:`, GitHub's set, see `emoji.ts`) and Material
 * Symbols icons (`:material/home:`, drawn by the icon font that
 * `enhanceMarkdown` adds to the document). Before the shortcode table has
 * loaded, a shortcode becomes a placeholder span showing the typed text;
 * afterwards known names become their emoji and unknown ones stay as typed.
 * Code spans and blocks are left alone (marked runs no inline extension in them).
 */
const emoji: TokenizerAndRendererExtension = {
  name: 'luEmoji',
  level: 'inline',
  start: (src) => src.match(/:(?:material\/)?[a-z0-9_+-]+:/)?.index,
  tokenizer(src) {
    const material = MATERIAL.exec(src);
    if (material)
      return { type: 'luEmoji', raw: material[0], html: `<span class="lu-icon lu-material" aria-hidden="true">${material[1] ?? ''}</span>` };
    const match = SHORTCODE.exec(src);
    if (!match) return undefined;
    const name = match[1] ?? '';
    const glyph = emojiForShortcode(name);
    if (glyph === null) return undefined;
    const html = glyph ?? `<span class="lu-emoji" data-shortcode="${escapeHtml(name)}">${escapeHtml(match[0])}</span>`;
    return { type: 'luEmoji', raw: match[0], html };
  },
  renderer: (token) => String(token['html']),
};

/** `<span|div class="lu-math" data-tex>` typeset later (lazily) by KaTeX; the raw TeX shows until then. */
function mathHtml(tex: string, display: boolean): string {
  const tag = display ? 'div' : 'span';
  const cls = display ? 'lu-math lu-math--display' : 'lu-math';
  return `<${tag} class="${cls}" data-tex="${escapeHtml(tex)}">${escapeHtml(tex)}</${tag}>`;
}

const INLINE_DISPLAY_MATH = /^\$\$((?:\\.|[^\\$])+?)\$\$/;
const INLINE_MATH = /^\$(?![\s$])((?:\\.|[^\\$\n])+?)(?<!\s)\$(?!\d)/;

/** `$x^2$` inline math and `$$…$$` display math, as Streamlit's markdown (a `$` before a space or digit stays text). */
const inlineMath: TokenizerAndRendererExtension = {
  name: 'luInlineMath',
  level: 'inline',
  start: (src) => src.match(/(?<!\\)\$/)?.index,
  tokenizer(src) {
    const display = INLINE_DISPLAY_MATH.exec(src);
    if (display) return { type: 'luInlineMath', raw: display[0], tex: (display[1] ?? '').trim(), display: true };
    const match = INLINE_MATH.exec(src);
    return match ? { type: 'luInlineMath', raw: match[0], tex: match[1] ?? '', display: false } : undefined;
  },
  renderer: (token) => mathHtml(String(token['tex']), token['display'] === true),
};

/** A `$$ … $$` paragraph of display math. */
const blockMath: TokenizerAndRendererExtension = {
  name: 'luBlockMath',
  level: 'block',
  start: (src) => src.match(/^\$\$/m)?.index,
  tokenizer(src) {
    const match = /^\$\$([\s\S]+?)\$\$[^\S\n]*(?:\n+|$)/.exec(src);
    return match ? { type: 'luBlockMath', raw: match[0], tex: (match[1] ?? '').trim() } : undefined;
  },
  renderer: (token) => mathHtml(String(token['tex']), true),
};

/** Streamlit's markdown extras as marked extensions: colored text, emoji shortcodes, math. */
export const streamlitExtensions: TokenizerAndRendererExtension[] = [blockMath, inlineMath, colorDirective, emoji];

/** A heading id from its text: lowercase words joined by `-`, as Streamlit's anchors. */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/<[^>]*>/g, '')
    .replace(/&[a-z0-9#]+;/g, '')
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .trim()
    .replace(/\s+/g, '-');
}
