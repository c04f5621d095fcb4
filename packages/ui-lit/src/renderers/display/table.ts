import { html, nothing } from 'lit';
import type { ElementProtoOf } from '@lit-ui/core/protocol';
import { formatCell, formatCount } from './cells.js';
import type { ElementRenderers } from '../types.js';

/**
 * `st.table`: a static table with every row (no scrolling or
 * virtualization inside), row index first, numbers right-aligned with
 * thousands separators; wide tables scroll sideways. Shows "Showing N of M
 * rows" when the data has more rows than were sent.
 */
export function tableRenderer(proto: ElementProtoOf<'table'>): unknown {
  const { columns, rows, rowCount } = proto;
  return html`<div class="lu-table-block">
    <div class="lu-table-wrap">
      <table class="lu-table">
        <thead>
          <tr>
            <th class="lu-table-index" scope="col"><span class="lu-visually-hidden">Index</span></th>
            ${columns.map((c) => html`<th scope="col" class=${c.type === 'number' ? 'lu-table-num' : nothing}>${c.name}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (row, r) => html`<tr>
              <th class="lu-table-index" scope="row">${formatCount(r)}</th>
              ${columns.map((column, c) => {
                const view = formatCell(row[c], column.type);
                return html`<td class="lu-table-${view.kind}${view.kind === 'number' ? ' lu-table-num' : ''}">${view.text}</td>`;
              })}
            </tr>`,
          )}
        </tbody>
      </table>
    </div>
    ${rowCount > rows.length ? html`<div class="lu-df-footer">Showing ${formatCount(rows.length)} of ${formatCount(rowCount)} rows</div>` : nothing}
  </div>`;
}

/** Static tables: this module's renderers in the registry, by element type. */
export const tableRenderers = {
  table: tableRenderer,
} satisfies ElementRenderers;
