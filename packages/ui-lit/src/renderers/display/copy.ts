import { html } from 'lit';
import { unsafeSVG } from 'lit/directives/unsafe-svg.js';

/**
 * Copies `text` to the clipboard and marks `button` with `lu-copied` for
 * 1.5 s (it shows a check mark). Resolves false when the page may not write
 * to the clipboard (insecure context, permission denied).
 */
export async function copyText(text: string, button?: HTMLElement): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    return false;
  }
  if (button) {
    button.classList.add('lu-copied');
    setTimeout(() => button.classList.remove('lu-copied'), 1500);
  }
  return true;
}

const COPY_PATHS =
  '<rect x="9" y="9" width="11" height="11" rx="2" fill="none" stroke="currentColor" stroke-width="2"/>' +
  '<path class="lu-copy-back" d="M5 15V6a2 2 0 0 1 2-2h8" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"/>' +
  '<path class="lu-copy-check" d="M5 12.5l4.5 4.5L19 7.5" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round"/>';

/** The copy icon as markup, for buttons built with DOM calls. */
export const COPY_ICON_HTML = `<svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true">${COPY_PATHS}</svg>`;

/**
 * A copy-to-clipboard icon button (`.lu-icon-button.lu-copy`, shown on hover of its
 * container) that copies `text()` when clicked.
 *
 * @example
 * html`<div class="lu-code">…${copyButton(() => source, 'Copy code')}</div>`
 */
export function copyButton(text: () => string, label = 'Copy to clipboard'): unknown {
  // The icon is our own constant markup (COPY_PATHS), never user data.
  return html`<button type="button" class="lu-icon-button lu-copy" title=${label} aria-label=${label}
    @click=${(e: Event) => void copyText(text(), e.currentTarget as HTMLElement)}>
    <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true">${unsafeSVG(COPY_PATHS)}</svg>
  </button>`;
}
