import { html, nothing } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { ElementProtoOf } from '@lit-ui/core/protocol';
import { followInPageLink } from './heading.js';
import { helpTooltip } from './help.js';
import { iconSpan } from './icon.js';
import { markdown } from './markdown.js';
import { sanitizeHtml } from './sanitize.js';
import type { ElementRenderers } from '../types.js';

/** Body with an optional help icon floated at its end. */
function withHelp(cls: string, body: unknown, help: string | undefined): unknown {
  return help
    ? html`<div class="lu-with-help"><div class=${cls} @click=${followInPageLink}>${body}</div>${helpTooltip(help)}</div>`
    : html`<div class=${cls} @click=${followInPageLink}>${body}</div>`;
}

/**
 * `st.markdown`: GitHub-flavoured markdown with Streamlit's extras (colored
 * text, emoji shortcodes, math), raw HTML only with `unsafeAllowHtml`.
 */
export function markdownRenderer(proto: ElementProtoOf<'markdown'>): unknown {
  return withHelp('lu-markdown', markdown(proto.body, { unsafeAllowHtml: proto.unsafeAllowHtml }), proto.help);
}

/** `st.caption`: small, muted markdown, as for figure notes and footnotes. */
export function captionRenderer(proto: ElementProtoOf<'caption'>): unknown {
  return withHelp('lu-markdown lu-caption', markdown(proto.body, { unsafeAllowHtml: proto.unsafeAllowHtml }), proto.help);
}

/** `st.text`: plain fixed-width text, whitespace and line breaks kept, no markdown. */
export function textRenderer(proto: ElementProtoOf<'text'>): unknown {
  return withHelp('lu-text', proto.body, proto.help);
}

/**
 * `st.html`: the app's HTML, sanitised with DOMPurify (no scripts or event
 * handlers; `<style>` is kept, as Streamlit's, and applies where the page's
 * CSP allows inline styles — the built-in host page's does not by default,
 * see docs/security.md).
 */
export function htmlRenderer(proto: ElementProtoOf<'html'>): unknown {
  return html`<div class="lu-html">${unsafeHTML(sanitizeHtml(proto.body))}</div>`;
}

/**
 * `st.badge`: a small label in a palette color (the look of Streamlit's
 * `:color-badge[…]` markdown), its icon before the markdown label, with an
 * optional help tooltip.
 */
export function badgeRenderer(proto: ElementProtoOf<'badge'>): unknown {
  const icon = iconSpan(proto.icon);
  const badge = html`<span class="lu-md-color lu-md-${proto.color}-badge lu-badge"
    >${icon}${icon === nothing ? nothing : ' '}${markdown(proto.body, { inline: true })}</span
  >`;
  return withHelp('lu-markdown', badge, proto.help);
}

/** `st.divider`: a horizontal rule. */
export function dividerRenderer(): unknown {
  return html`<hr class="lu-divider" />`;
}

/** `st.empty`: an empty placeholder slot; it renders nothing until a later write replaces it. */
export function emptyRenderer(): unknown {
  return nothing;
}

/** Markdown, caption, text, HTML, divider, badge and the empty placeholder: this module's renderers in the registry, by element type. */
export const textRenderers = {
  markdown: markdownRenderer,
  caption: captionRenderer,
  text: textRenderer,
  html: htmlRenderer,
  divider: dividerRenderer,
  empty: emptyRenderer,
  badge: badgeRenderer,
} satisfies ElementRenderers;
