import { html, type TemplateResult } from 'lit';
import { materialIcon } from '../display/icon.js';

/**
 * Inline Markdown of widget labels, as Streamlit's labels allow: `**bold**`,
 * `*italic*` / `_italic_`, `` `code` ``, `~~strike~~` and `[text](url)`
 * (shown as its text: a link inside a `<label>` would steal the click).
 * `:material/name:` Material Symbols icons. Built from Lit templates, never from
 * HTML strings, so a label cannot inject markup.
 */
const TOKEN = /(\*\*|__)(.+?)\1|~~(.+?)~~|`([^`]+)`|(?<![\w*])[*_](?![\s*_])(.+?)(?<!\s)[*_](?!\w)|\[([^\]]+)\]\([^)]*\)|:material\/([a-z0-9_]+):/g;
const MATERIAL = /:material\/[a-z0-9_]+:/gi;

/**
 * Renders a label's inline Markdown as Lit templates.
 *
 * @param text - the label as the app wrote it
 * @returns a template of text, `<strong>`, `<em>`, `<code>` and `<s>` parts and icons
 * @example
 * html`<label>${renderLabelText('Max **speed**')}</label>`
 */
export function renderLabelText(text: string): TemplateResult {
  const source = text.trim();
  const parts: unknown[] = [];
  let last = 0;
  for (const m of source.matchAll(TOKEN)) {
    const at = m.index;
    if (at > last) parts.push(source.slice(last, at));
    if (m[2] !== undefined) parts.push(html`<strong>${renderLabelText(m[2])}</strong>`);
    else if (m[3] !== undefined) parts.push(html`<s>${renderLabelText(m[3])}</s>`);
    else if (m[4] !== undefined) parts.push(html`<code>${m[4]}</code>`);
    else if (m[5] !== undefined) parts.push(html`<em>${renderLabelText(m[5])}</em>`);
    else if (m[6] !== undefined) parts.push(renderLabelText(m[6]));
    else if (m[7] !== undefined) parts.push(materialIcon(m[7]));
    last = at + m[0].length;
  }
  if (last < source.length) parts.push(source.slice(last));
  return html`${parts}`;
}

/**
 * A label as plain text, for `aria-label` and `title`: Markdown markers and
 * icons removed.
 *
 * @example
 * plainLabelText('Max **speed** :material/bolt:') // 'Max speed'
 */
export function plainLabelText(text: string): string {
  return text
    .replace(MATERIAL, '')
    .replace(TOKEN, (...m: (string | undefined)[]) => m[2] ?? m[3] ?? m[4] ?? m[5] ?? m[6] ?? '')
    .replace(/\s+/g, ' ')
    .trim();
}
