import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { inlineStyle } from '../../directives/inlineStyle.js';
import type { DataColumn, ElementProtoOf, JsonValue } from '@lit-ui/core/protocol';
import { columnWidths, compareCells, formatCell, formatCount, indexWidth } from './cells.js';
import type { ElementRenderers } from '../types.js';

/** Height of a row (and of the header) in px, as Streamlit's dataframe. */
export const ROW_PX = 35;
/** Rows visible before the frame scrolls when no `height` is given. */
const DEFAULT_VISIBLE_ROWS = 10;
/** Above this many rows, rows are virtualized (only those in view are in the DOM). */
export const VIRTUALIZE_ABOVE = 100;

/** Rows rendered plainly while the virtualizer loads (more than a frame shows). */
const FIRST_ROWS = 40;

type Sort = { readonly column: number; readonly direction: 1 | -1 } | undefined;
type Virtualize = typeof import('@lit-labs/virtualizer/virtualize.js').virtualize;

let virtualizer: Promise<Virtualize> | undefined;

/** Loads `@lit-labs/virtualizer` on the first big dataframe, so small apps never download it. */
function loadVirtualizer(): Promise<Virtualize> {
  virtualizer ??= import('@lit-labs/virtualizer/virtualize.js').then(
    (module) => module.virtualize,
    (error: unknown) => {
      virtualizer = undefined;
      throw error;
    },
  );
  return virtualizer;
}

/**
 * `<lit-ui-dataframe>`: a scrollable table as Streamlit's `st.dataframe`:
 * sticky header, zebra rows, numbers right-aligned with thousands
 * separators, a row-index column (unless `hideIndex`), click-to-sort
 * headers when every row is present, rows virtualized with
 * `@lit-labs/virtualizer` (loaded on first need) above
 * {@link VIRTUALIZE_ABOVE} rows, and a
 * "Showing N of M rows" note when the data has more rows than were sent.
 */
export class DataFrameView extends LitElement {
  /** Reactive properties, set by the renderer. */
  static override properties = {
    columns: { attribute: false },
    rows: { attribute: false },
    rowCount: { attribute: false },
    height: { attribute: false },
    hideIndex: { attribute: false },
    sort: { state: true },
    virtualize: { state: true },
  };

  /** Column names and types, in display order. */
  declare columns: readonly DataColumn[];
  /** Rows present, row-major in `columns` order. */
  declare rows: readonly (readonly JsonValue[])[];
  /** Rows in the data (may exceed `rows.length`). */
  declare rowCount: number;
  /** Frame height in px; default: content up to 10 rows. */
  declare height: number | undefined;
  /** Hide the row-index column. */
  declare hideIndex: boolean;
  declare private sort: Sort;
  declare private virtualize: Virtualize | undefined;
  private widths: number[] = [];
  private order: number[] = [];

  constructor() {
    super();
    this.columns = [];
    this.rows = [];
    this.rowCount = 0;
    this.height = undefined;
    this.hideIndex = false;
    this.sort = undefined;
    this.virtualize = undefined;
  }

  /** Light DOM: the app's stylesheet applies. */
  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  /** True when every row of the data is present, so sorting here is sorting the data. */
  private get sortable(): boolean {
    return this.rows.length >= this.rowCount;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('columns') || changed.has('rows')) {
      this.widths = columnWidths(this.columns, this.rows);
      if (this.sort && this.sort.column >= this.columns.length) this.sort = undefined;
    }
    if (changed.has('rows') || changed.has('sort') || changed.has('columns')) {
      const order = this.rows.map((_, i) => i);
      const sort = this.sort;
      if (sort && this.sortable) {
        order.sort((a, b) => compareCells(this.rows[a]?.[sort.column], this.rows[b]?.[sort.column], sort.direction) || a - b);
      }
      this.order = order;
    }
    if (this.rows.length > VIRTUALIZE_ABOVE && this.virtualize === undefined) {
      loadVirtualizer().then(
        (virtualize) => (this.virtualize = virtualize),
        () => undefined, // keep the first rows shown
      );
    }
  }

  private cycleSort(column: number): void {
    const current = this.sort?.column === column ? this.sort.direction : 0;
    this.sort = current === 0 ? { column, direction: 1 } : current === 1 ? { column, direction: -1 } : undefined;
  }

  private headerCell(column: DataColumn, c: number): TemplateResult {
    const numeric = column.type === 'number';
    const sorted = this.sort?.column === c ? this.sort.direction : 0;
    const ariaSort = sorted === 1 ? 'ascending' : sorted === -1 ? 'descending' : 'none';
    const label = html`<span class="lu-df-head-text">${column.name}</span>${
      sorted !== 0 ? html`<span class="lu-df-sort" aria-hidden="true">${sorted === 1 ? '↑' : '↓'}</span>` : nothing
    }`;
    return html`<div class="lu-df-cell lu-df-th${numeric ? ' lu-df-num' : ''}" role="columnheader" aria-sort=${ariaSort} title=${column.name}>
      ${this.sortable ? html`<button type="button" class="lu-df-sort-button" @click=${() => this.cycleSort(c)}>${label}</button>` : label}
    </div>`;
  }

  private row(index: number, position: number): TemplateResult {
    const cells = this.rows[index] ?? [];
    const cls = `lu-df-row${position % 2 === 1 ? ' lu-df-row--alt' : ''}${position === this.rows.length - 1 ? ' lu-df-row--last' : ''}`;
    return html`<div class=${cls} role="row" aria-rowindex=${position + 2}>
      ${this.hideIndex ? nothing : html`<div class="lu-df-cell lu-df-index" role="rowheader">${formatCount(index)}</div>`}
      ${this.columns.map((column, c) => {
        const view = formatCell(cells[c], column.type);
        const title = view.kind === 'string' || view.kind === 'object' ? view.text : nothing;
        return view.kind === 'boolean'
          ? html`<div class="lu-df-cell lu-df-bool" role="cell"><span class="lu-df-check" role="img" aria-label=${view.text}
                ?data-checked=${cells[c] === true}></span></div>`
          : html`<div class="lu-df-cell lu-df-${view.kind}" role="cell" title=${title}>${view.text}</div>`;
      })}
    </div>`;
  }

  protected override render(): unknown {
    const tracks = [...(this.hideIndex ? [] : [`${indexWidth(this.rowCount)}px`]), ...this.widths.map((w) => `minmax(${w}px, ${w}fr)`)];
    const minWidth = (this.hideIndex ? 0 : indexWidth(this.rowCount)) + this.widths.reduce((a, b) => a + b, 0);
    const visible = Math.max(1, Math.min(this.rows.length, DEFAULT_VISIBLE_ROWS));
    const frame = this.height === undefined ? { maxHeight: `${(visible + 1) * ROW_PX + 2}px` } : { height: `${this.height}px` };
    const virtual = this.rows.length > VIRTUALIZE_ABOVE;
    const virtualize = this.virtualize;
    return html`<div class="lu-df" style=${inlineStyle({ '--lu-df-cols': tracks.join(' '), '--lu-df-width': `${minWidth}px` })}>
      <div class="lu-df-scroll" style=${inlineStyle(frame)} tabindex="0" role="table" aria-rowcount=${this.rowCount + 1}
        aria-colcount=${this.columns.length + (this.hideIndex ? 0 : 1)}>
        <div class="lu-df-table">
          <div class="lu-df-row lu-df-head" role="row" aria-rowindex="1">
            ${this.hideIndex ? nothing : html`<div class="lu-df-cell lu-df-th lu-df-index" role="columnheader"></div>`}
            ${this.columns.map((column, c) => this.headerCell(column, c))}
          </div>
          <div class="lu-df-body" role="rowgroup">
            ${
              !virtual
                ? this.order.map((index, position) => this.row(index, position))
                : virtualize
                  ? virtualize({ items: this.order, renderItem: (index: number, position: number) => this.row(index, position) })
                  : this.order.slice(0, FIRST_ROWS).map((index, position) => this.row(index, position))
            }
          </div>
          ${this.rows.length === 0 ? html`<div class="lu-df-empty">empty</div>` : nothing}
        </div>
      </div>
      ${
        this.rowCount > this.rows.length
          ? html`<div class="lu-df-footer">Showing ${formatCount(this.rows.length)} of ${formatCount(this.rowCount)} rows</div>`
          : nothing
      }
    </div>`;
  }
}

/** `st.dataframe`: a `<lit-ui-dataframe>`. */
export function dataframeRenderer(proto: ElementProtoOf<'dataframe'>): unknown {
  return html`<lit-ui-dataframe
    .columns=${proto.columns}
    .rows=${proto.rows}
    .rowCount=${proto.rowCount}
    .height=${proto.height}
    .hideIndex=${proto.hideIndex === true}
  ></lit-ui-dataframe>`;
}

/** Dataframes: this module's renderers in the registry, by element type. */
export const dataframeRenderers = {
  dataframe: dataframeRenderer,
} satisfies ElementRenderers;
