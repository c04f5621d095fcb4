import { css, html, nothing } from 'lit';
import type { ElementProtoOf } from '@lit-ui/core/protocol';
import type { ElementRenderers } from '../types.js';

/**
 * `st.help(obj)`, as Streamlit's: a box with the object's signature (and
 * kind), a value preview, and a table of its members — name, kind and
 * signature or value. Text only: nothing in it is parsed as markup.
 *
 * @example
 * render(helpDocRenderer(proto), host);
 */
export function helpDocRenderer(proto: ElementProtoOf<'help'>): unknown {
  return html`<div class="lu-help-doc">
    <div class="lu-help-doc-head">
      <code class="lu-help-doc-signature">${proto.signature}</code>
      <span class="lu-help-doc-kind">${proto.kind}</span>
    </div>
    ${proto.value === undefined ? nothing : html`<div class="lu-help-doc-value"><code>${proto.value}</code></div>`}
    ${
      proto.members.length === 0
        ? nothing
        : html`<table class="lu-help-doc-members">
          <tbody>
            ${proto.members.map(
              (m) =>
                html`<tr>
                  <th scope="row"><code>${m.name}</code></th>
                  <td class="lu-help-doc-member-kind">${m.kind}</td>
                  <td><code>${m.signature ?? m.value ?? ''}</code></td>
                </tr>`,
            )}
          </tbody>
        </table>`
    }
  </div>`;
}

/** Renderers of this module, by element type. */
export const helpDocRenderers = { help: helpDocRenderer } satisfies ElementRenderers;

/** Styles of `st.help`'s box. */
export const helpDocStyles = css`
  .lu-help-doc {
    border: 1px solid var(--lit-ui-border);
    border-radius: var(--lit-ui-radius);
    padding: 0.75rem 1rem;
    overflow-x: auto;
  }
  .lu-help-doc-head {
    display: flex;
    align-items: baseline;
    justify-content: space-between;
    gap: 1rem;
  }
  .lu-help-doc-signature {
    font-weight: 600;
  }
  .lu-help-doc-kind,
  .lu-help-doc-member-kind {
    color: var(--lit-ui-muted);
    font-size: 0.875rem;
  }
  .lu-help-doc-value {
    margin-top: 0.25rem;
  }
  .lu-help-doc-members {
    margin-top: 0.5rem;
    border-collapse: collapse;
    width: 100%;
    font-size: 0.875rem;
  }
  .lu-help-doc-members th,
  .lu-help-doc-members td {
    text-align: left;
    padding: 0.125rem 0.75rem 0.125rem 0;
    vertical-align: top;
  }
`;
