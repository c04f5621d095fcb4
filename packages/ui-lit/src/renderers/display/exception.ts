import { html, nothing } from 'lit';
import type { ElementProtoOf } from '@lit-ui/core/protocol';
import type { ElementRenderers } from '../types.js';

/**
 * `st.exception` (and any uncaught error of the app script): a red box with
 * `Name: message`, lit-ui's error code as a small tag when the error has
 * one, and the stack trace in a collapsed `<details>` when the runtime
 * sends it (`showErrorDetails`). `isWarning` shows it yellow, as
 * Streamlit's StreamlitAPIWarning. When the runtime hid the details, the
 * error id under which the server logged them is shown for the operator.
 */
export function exceptionRenderer(proto: ElementProtoOf<'exception'>): unknown {
  const kind = proto.isWarning ? 'warning' : 'error';
  const stack = proto.stack ?? [];
  return html`<div class="lu-alert lu-alert--${kind} lu-exception" role="alert">
    <div class="lu-exception-head">
      <span class="lu-exception-title"><strong class="lu-exception-name">${proto.name || 'Error'}</strong>${
        proto.message ? html`: <span class="lu-exception-message">${proto.message}</span>` : nothing
      }</span>
      ${proto.code ? html`<code class="lu-exception-code" title="Error code">${proto.code}</code>` : nothing}
    </div>
    ${proto.errorId ? html`<div class="lu-exception-id">Error id: <code>${proto.errorId}</code></div>` : nothing}
    ${
      stack.length > 0
        ? html`<details class="lu-exception-stack">
          <summary>Traceback</summary>
          <pre class="lu-exception-trace">${stack.join('\n')}</pre>
        </details>`
        : nothing
    }
  </div>`;
}

/** Exceptions: this module's renderers in the registry, by element type. */
export const exceptionRenderers = {
  exception: exceptionRenderer,
} satisfies ElementRenderers;
