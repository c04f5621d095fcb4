import { html, nothing } from 'lit';
import { isAllowedLinkUrl, type ElementProtoOf } from '@lit-ui/core/protocol';
import { helpTooltip } from './help.js';
import { iconSpan } from './icon.js';
import { markdown } from './markdown.js';
import type { ElementRenderers, RenderContext } from '../types.js';

/** True when the click should be left to the browser (new tab, new window, download). */
function modifiedClick(event: MouseEvent): boolean {
  return event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey;
}

const externalIcon = html`<svg class="lu-external-icon" viewBox="0 0 24 24" width="14" height="14" aria-hidden="true">
  <path d="M14 4h6v6M20 4l-9 9M18 14v5a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1h5" fill="none" stroke="currentColor" stroke-width="2"
    stroke-linecap="round" stroke-linejoin="round" />
</svg>`;

/**
 * `st.page_link`: a link to a page of this app (navigates without a
 * reload; `href` from `ctx.pageHref` so it can be opened in a new tab) or
 * to an external URL (opens in a new tab), with an optional icon. An
 * external URL of a scheme other than http(s), mailto or tel is shown as a
 * disabled link without an `href`.
 */
export function pageLinkRenderer(proto: ElementProtoOf<'pageLink'>, ctx: RenderContext): unknown {
  const label = markdown(proto.label, { inline: true });
  const icon = iconSpan(proto.icon, 'lu-page-link-icon');
  // The runtime refuses other schemes; a client never puts one in an href either (defence in depth).
  if (proto.disabled || (proto.external && !isAllowedLinkUrl(proto.page))) {
    return html`<div class="lu-page-link-row">
      <a class="lu-page-link lu-page-link--disabled" role="link" aria-disabled="true">${icon}<span class="lu-page-link-label">${label}</span></a
      >${helpTooltip(proto.help)}
    </div>`;
  }
  const onClick = (event: MouseEvent): void => {
    if (proto.external || modifiedClick(event)) return;
    event.preventDefault();
    ctx.navigate(proto.page);
  };
  return html`<div class="lu-page-link-row">
    <a
      class="lu-page-link"
      href=${proto.external ? proto.page : ctx.pageHref(proto.page)}
      target=${proto.external ? '_blank' : nothing}
      rel=${proto.external ? 'noopener noreferrer' : nothing}
      @click=${onClick}
      >${icon}<span class="lu-page-link-label">${label}</span>${proto.external ? externalIcon : nothing}</a
    >${helpTooltip(proto.help)}
  </div>`;
}

/**
 * `st.link_button`: a link styled as a button (`primary`, `secondary` or
 * `tertiary`) that opens its URL in a new tab. A URL of a scheme other than
 * http(s), mailto or tel is shown disabled, without an `href`.
 */
export function linkButtonRenderer(proto: ElementProtoOf<'linkButton'>): unknown {
  const cls = `lu-button lu-link-button lu-link-button--${proto.kind ?? 'secondary'}`;
  const label = html`<span class="lu-link-button-label">${markdown(proto.label, { inline: true })}</span>`;
  return proto.disabled || !isAllowedLinkUrl(proto.url)
    ? html`<a class="${cls} lu-link-button--disabled" role="link" aria-disabled="true" title=${proto.help ?? nothing}>${label}</a>`
    : html`<a class=${cls} href=${proto.url} target="_blank" rel="noopener noreferrer" title=${proto.help ?? nothing}>${label}</a>`;
}

/** Page links and link buttons: this module's renderers in the registry, by element type. */
export const linkRenderers = {
  pageLink: pageLinkRenderer,
  linkButton: linkButtonRenderer,
} satisfies ElementRenderers;
