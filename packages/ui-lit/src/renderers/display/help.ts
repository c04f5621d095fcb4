import { html, nothing } from 'lit';
import { markdown } from './markdown.js';

let nextId = 0;

/** Escape hides an open tooltip (WCAG 1.4.13) until the pointer leaves or focus moves. */
function dismissOnEscape(event: KeyboardEvent): void {
  if (event.key !== 'Escape') return;
  const help = (event.currentTarget as HTMLElement).closest('.lu-help');
  if (help === null || help.hasAttribute('data-dismissed')) return;
  event.preventDefault();
  help.setAttribute('data-dismissed', '');
}

function undismiss(event: Event): void {
  (event.currentTarget as HTMLElement).closest('.lu-help')?.removeAttribute('data-dismissed');
}

/**
 * The `help` tooltip of an element, as Streamlit's `help=` parameter: a
 * small question-mark button that shows the markdown text on hover or
 * keyboard focus. The button is named "Help" and described by the text
 * (`aria-describedby`), so a screen reader reads both; Escape hides the
 * tooltip. Renders nothing without help text.
 *
 * @example
 * html`<label>${proto.label}${helpTooltip(proto.help)}</label>`
 */
export function helpTooltip(help: string | undefined | null): unknown {
  if (!help) return nothing;
  const id = `lu-help-${++nextId}`;
  return html`<span class="lu-help" @mouseleave=${undismiss}>
    <button type="button" class="lu-help-button" aria-label="Help" aria-describedby=${id} @keydown=${dismissOnEscape} @blur=${undismiss}>
      <svg class="lu-help-icon" viewBox="0 0 24 24" width="16" height="16" aria-hidden="true">
        <circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" stroke-width="1.6" />
        <path d="M9.6 9.3a2.5 2.5 0 0 1 4.8 1c0 1.7-2.4 2-2.4 3.6" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" />
        <circle cx="12" cy="16.9" r="1" fill="currentColor" />
      </svg>
    </button>
    <span class="lu-tooltip lu-markdown" role="tooltip" id=${id}>${markdown(help)}</span>
  </span>`;
}
