import { html, nothing } from 'lit';
import { markdown } from './markdown.js';

/**
 * The `help` tooltip of an element, as Streamlit's `help=` parameter: a
 * small question-mark icon that shows the markdown text on hover or
 * keyboard focus. Renders nothing without help text.
 *
 * @example
 * html`<label>${proto.label}${helpTooltip(proto.help)}</label>`
 */
export function helpTooltip(help: string | undefined | null): unknown {
  if (!help) return nothing;
  return html`<span class="lu-help" tabindex="0" aria-label="Help">
    <svg class="lu-help-icon" viewBox="0 0 24 24" width="16" height="16" aria-hidden="true">
      <circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" stroke-width="1.6" />
      <path d="M9.6 9.3a2.5 2.5 0 0 1 4.8 1c0 1.7-2.4 2-2.4 3.6" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" />
      <circle cx="12" cy="16.9" r="1" fill="currentColor" />
    </svg>
    <span class="lu-tooltip lu-markdown" role="tooltip">${markdown(help)}</span>
  </span>`;
}
