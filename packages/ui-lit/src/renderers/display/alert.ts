import { html } from 'lit';
import type { ElementProtoOf } from '@lit-ui/core/protocol';
import { followInPageLink } from './heading.js';
import { iconSpan } from './icon.js';
import { markdown } from './markdown.js';
import type { ElementRenderers } from '../types.js';

/** Alert kinds, as Streamlit's `st.success` / `st.info` / `st.warning` / `st.error`. */
export type AlertKind = 'success' | 'info' | 'warning' | 'error';

/**
 * An alert box: tinted background and text in the kind's color, an
 * optional icon (emoji or `:material/…:`), and a markdown body. Errors and
 * warnings are announced (`role="alert"`), success and info politely.
 */
export function alertRenderer(proto: ElementProtoOf<AlertKind>): unknown {
  const kind = proto.type;
  const role = kind === 'error' || kind === 'warning' ? 'alert' : 'status';
  return html`<div class="lu-alert lu-alert--${kind}" role=${role}>
    ${iconSpan(proto.icon, 'lu-alert-icon')}
    <div class="lu-alert-body lu-markdown" @click=${followInPageLink}>${markdown(proto.body)}</div>
  </div>`;
}

/** Alerts: this module's renderers in the registry, by element type. */
export const alertRenderers = {
  success: alertRenderer,
  info: alertRenderer,
  warning: alertRenderer,
  error: alertRenderer,
} satisfies ElementRenderers;
