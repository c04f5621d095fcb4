import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { inlineStyle } from '../../directives/inlineStyle.js';
import type { ColumnConfigWire, DataColumn, DataframeSelection, TableView, ElementProtoOf, JsonValue } from '@lit-ui/core/protocol';
import type { RenderContext, WidgetProto } from '../types.js';
import { columnWidths, formatCount, indexWidth } from './cells.js';
import { cursorMark, GridCursorController, type GridCell } from './dataframeCursor.js';
import { cellStyle, configuredWidth, dataCell, headerOf, rowSelectCell } from './dataframeCells.js';
import { bodyHeight, columnRange, firstRowAt, pinnedOffsets, rowRange, rowTop, stretchWidths } from './dataframeGeometry.js';
import { NO_SELECTION, selectModes, toggleCell, toggleColumn, toggleRow, type SelectModes } from './dataframeSelect.js';
import { fetchCsv, saveBlob, toolbar } from './dataframeToolbar.js';
import { DataWindows, type ViewRow } from './dataframeWindows.js';
import { dragColumnEdge } from './dataframeResize.js';
import { DATAFRAME_CSS } from './dataframeStyles.js';
import { adoptStyles } from '../lazyStyles.js';

/** Height of a row (and of the header) in px, as Streamlit's dataframe. */
export const ROW_PX = 35;
/** Rows visible before the frame scrolls when no `height` is given. */
const DEFAULT_VISIBLE_ROWS = 10;
/** Width assumed before the first layout (and where there is none, as in tests). */
const FALLBACK_WIDTH = 700;
/** Delay before a search is sent while the user types, in ms. */
const SEARCH_DEBOUNCE_MS = 250;
/** Width of the row-selection check box column, in px. */
const SELECT_PX = 36;

type Proto = ElementProtoOf<'dataframe'>;

/**
 * `<lit-ui-dataframe>`: a table of any size, as Streamlit's `st.dataframe`.
 * Only the rows and columns in view are in the DOM (fixed-height rows, so
 * no measuring); rows come from the element's first window, then from the
 * server in blocks as the user scrolls (`ctx.requestData`). A header click
 * sorts on the server (ascending, descending, off); column edges resize;
 * the toolbar searches and downloads CSV. It lays out from its own scroll
 * position only, so a table that changes while off screen is drawn
 * correctly when it comes into view.
 */
export class DataFrameView extends LitElement {
  /** Reactive properties, set by the renderer. */
  static override properties = {
    proto: { attribute: false },
    ctx: { attribute: false },
    view: { state: true },
    searchOpen: { state: true },
    downloading: { state: true },
  };

  /** The element proto (data id, schema, row count, first window, options). */
  declare proto: Proto | undefined;
  /** The render context: `requestData` fetches windows. */
  declare ctx: RenderContext | undefined;
  declare private view: TableView;
  declare private searchOpen: boolean;
  declare private downloading: number | undefined;
  /** Column widths and the index column's width, as last drawn (to scroll a cell into view). */
  private drawn = { widths: [] as number[], indexPx: 0, pinnedPx: 0 };
  /** The keyboard cursor (active cell and range), its keys and the clipboard. */
  protected readonly grid = new GridCursorController({
    requestUpdate: () => this.requestUpdate(),
    scroller: () => this.scroller,
    size: () => ({ rows: this.viewCount(), columns: this.columns.length, page: Math.max(1, Math.floor(this.box.height / this.rowHeight) - 1) }),
    value: (position, c) => this.rowAt(position)?.cells[c],
    layout: () => ({ ...this.drawn, rowHeight: this.rowHeight, pinned: (c) => this.config(this.columns[c]!)?.pinned === true }),
    key: (e) => this.gridKey(e),
    paste: (rows, at) => this.pasted(rows, at),
  });
  private readonly windows = new DataWindows(() => this.requestUpdate());
  /** The scroller's scroll position and inner size, as last measured (0 before the first layout). */
  private box = { top: 0, left: 0, height: 0, width: 0 };
  private widths: number[] = [];
  private resized = new Map<string, number>();
  private searchText = '';
  private searchTimer: ReturnType<typeof setTimeout> | undefined;
  private resizeObserver: ResizeObserver | undefined;
  private unsubscribe: (() => void) | undefined;

  constructor() {
    super();
    this.proto = undefined;
    this.ctx = undefined;
    this.view = {};
    this.searchOpen = false;
    this.downloading = undefined;
  }

  /** Light DOM: the app's stylesheet applies, with the table's own styles adopted into the same root. */
  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    adoptStyles(this, 'dataframe', DATAFRAME_CSS);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    clearTimeout(this.searchTimer);
  }

  private get rowHeight(): number {
    return this.proto?.rowHeight ?? ROW_PX;
  }

  private get columns(): readonly DataColumn[] {
    return this.proto?.columns ?? [];
  }

  protected override willUpdate(changed: PropertyValues): void {
    const proto = this.proto;
    if (!proto) return;
    const previous = changed.get('proto') as Proto | undefined;
    if (changed.has('proto') && previous?.dataId !== proto.dataId) {
      // New data: keep the user's sort when its column is still there, and the search.
      const sort = this.view.sort;
      const kept = sort && previous?.columns[sort.column]?.name === proto.columns[sort.column]?.name ? sort : undefined;
      this.view = { ...(kept ? { sort: kept } : {}), ...(this.view.search ? { search: this.view.search } : {}) };
      this.widths = columnWidths(proto.columns, proto.rows);
      this.windows.reset(proto.dataId, this.view, proto.rowCount, proto.rows);
      if (this.grid.cursor && this.grid.cursor.active.c >= proto.columns.length) this.grid.cursor = undefined;
    } else if (changed.has('view')) {
      this.windows.reset(proto.dataId, this.view, proto.rowCount, proto.rows);
    }
    if (changed.has('proto') && proto.id !== previous?.id) {
      this.unsubscribe?.();
      this.unsubscribe = proto.id && this.ctx ? this.ctx.widgets.subscribe(proto.id, () => this.requestUpdate()) : undefined;
    }
  }

  /** Rows the body scrolls through (the view's; a data editor adds its added rows). */
  protected viewCount(): number {
    return this.windows.count;
  }

  /** The row at view position `position`, when it is here (a data editor overlays its edits). */
  protected rowAt(position: number): ViewRow | undefined {
    return this.windows.row(position);
  }

  /** A click on the index cell of the row with data row number `index` (a data editor deletes rows so). */
  protected indexClicked(_index: number): void {}

  /** Extra classes of the row with data row number `index`. */
  protected rowClass(_index: number): string {
    return '';
  }

  /** What users can select (nothing without `onSelect`). */
  private get modes(): SelectModes {
    return selectModes(this.proto?.id ? this.proto.selectionMode : undefined);
  }

  /** The selection shown: the user's own until the server has it, else the proto's. */
  private get selection(): DataframeSelection {
    const proto = this.proto;
    if (!proto?.id || !this.ctx) return NO_SELECTION;
    return (this.ctx.widgets.value(proto as unknown as WidgetProto) as DataframeSelection | undefined) ?? NO_SELECTION;
  }

  private select(next: DataframeSelection): void {
    const proto = this.proto;
    if (proto?.id) this.ctx?.widgets.set(proto as unknown as WidgetProto, { rows: next.rows, columns: next.columns, cells: next.cells });
  }

  protected override firstUpdated(): void {
    const scroller = this.scroller;
    if (!scroller || typeof ResizeObserver === 'undefined') return;
    this.resizeObserver = new ResizeObserver(() => this.measure());
    this.resizeObserver.observe(scroller);
  }

  private get scroller(): HTMLElement | null {
    return this.querySelector<HTMLElement>('.lu-df-scroll');
  }

  private measure(): void {
    const scroller = this.scroller;
    if (!scroller) return;
    const box = { top: scroller.scrollTop, left: scroller.scrollLeft, height: scroller.clientHeight, width: scroller.clientWidth };
    const old = this.box;
    if (box.top === old.top && box.left === old.left && box.height === old.height && box.width === old.width) return;
    this.box = box;
    this.requestUpdate();
  }

  private onScroll = (): void => this.measure();

  /** A key the subclass handles itself (the data editor: Enter, typing, Delete); true when handled. */
  protected gridKey(_e: KeyboardEvent): boolean {
    return false;
  }

  /** Rows of pasted cell texts, from cell `_at` on (a plain table is read-only: nothing happens). */
  protected pasted(_rows: string[][], _at: GridCell): void {}

  /** Focuses the table (the data editor, after an edit), so the keys move the cursor again. */
  protected focusGrid(): void {
    this.scroller?.focus({ preventScroll: true });
  }

  private cycleSort(column: number): void {
    const current = this.view.sort?.column === column ? this.view.sort.direction : undefined;
    const next = current === undefined ? 'asc' : current === 'asc' ? 'desc' : undefined;
    this.view = { ...(next ? { sort: { column, direction: next } } : {}), ...(this.view.search ? { search: this.view.search } : {}) };
  }

  private setSearch(text: string): void {
    this.searchText = text;
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => {
      const { sort } = this.view;
      this.view = { ...(sort ? { sort } : {}), ...(this.searchText ? { search: this.searchText } : {}) };
    }, SEARCH_DEBOUNCE_MS);
  }

  private toggleSearch(): void {
    this.searchOpen = !this.searchOpen;
    if (!this.searchOpen && this.view.search) this.setSearch('');
    if (this.searchOpen) void this.updateComplete.then(() => this.querySelector<HTMLInputElement>('.lu-df-search')?.focus());
  }

  private async download(): Promise<void> {
    const request = this.ctx?.requestData;
    const proto = this.proto;
    if (!request || !proto || this.downloading !== undefined) return;
    this.downloading = 0;
    try {
      const blob = await fetchCsv(request, proto.dataId, this.view, (done) => (this.downloading = done));
      saveBlob(blob, 'data.csv');
    } catch {
      // The table changed or the connection dropped: the button is available again.
    } finally {
      this.downloading = undefined;
    }
  }

  private resize(name: string, px: number): void {
    this.resized.set(name, px);
    this.requestUpdate();
  }

  protected config(column: DataColumn): ColumnConfigWire | undefined {
    return this.proto?.columnConfig?.[column.name];
  }

  private headerCell(column: DataColumn, c: number, width: number, pinLeft?: number): TemplateResult {
    const sorted = this.view.sort?.column === c ? this.view.sort.direction : undefined;
    const ariaSort = sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none';
    const numeric = column.type === 'number' || column.type === 'bigint';
    const { label, title } = headerOf(column, this.config(column));
    const colMode = this.modes.column;
    const picked = colMode !== undefined && this.selection.columns.includes(column.name);
    const arrow = sorted ? html`<span class="lu-df-sort" aria-hidden="true">${sorted === 'asc' ? '↑' : '↓'}</span>` : nothing;
    return html`<div class="lu-df-cell lu-df-th${numeric ? ' lu-df-num' : ''}${pinLeft !== undefined ? ' lu-df-pinned' : ''}${picked ? ' lu-df-col--selected' : ''}"
      role="columnheader" aria-colindex=${c + 2} aria-sort=${ariaSort} aria-selected=${colMode ? String(picked) : nothing} title=${title}
      style=${inlineStyle(cellStyle(width, pinLeft))}>
      ${
        colMode
          ? html`<button type="button" class="lu-df-sort-button" @click=${() => this.select(toggleColumn(this.selection, column.name, colMode))}>
                <span class="lu-df-head-text">${label}</span>${arrow}
              </button>
              <button type="button" class="lu-df-sort-toggle" aria-label=${`Sort by ${label}`} @click=${() => this.cycleSort(c)}>⇅</button>`
          : html`<button type="button" class="lu-df-sort-button" @click=${() => this.cycleSort(c)}>
              <span class="lu-df-head-text">${label}</span>${arrow}
            </button>`
      }
      <span class="lu-df-resize" aria-hidden="true" @pointerdown=${(e: PointerEvent) => dragColumnEdge(e, width, (px) => this.resize(column.name, px))}></span>
    </div>`;
  }

  protected cell(
    value: JsonValue | undefined,
    column: DataColumn,
    c: number,
    width: number,
    pinLeft: number | undefined,
    row: number,
    position: number,
  ): TemplateResult {
    const style = cellStyle(width, pinLeft);
    const { cell: cellMode, column: colMode } = this.modes;
    const selection = this.selection;
    const chosen = cellMode !== undefined && selection.cells.some(([r, name]) => r === row && name === column.name);
    const inColumn = colMode !== undefined && selection.columns.includes(column.name);
    const pinned = `${pinLeft !== undefined ? ' lu-df-pinned' : ''}${chosen ? ' lu-df-cell--selected' : ''}${inColumn ? ' lu-df-col--selected' : ''}${cursorMark(this.grid.cursor, position, c)}`;
    if (cellMode) {
      const onClick = () => this.select(toggleCell(this.selection, [row, column.name], cellMode));
      return html`<div class="lu-df-cell-select" @click=${onClick}>${dataCell(value, column, this.config(column), c, style, pinned)}</div>`;
    }
    return dataCell(value, column, this.config(column), c, style, pinned);
  }

  /** Widths in px of every column: resized, configured, or from the content (stretched to the frame). */
  private widthsOf(proto: Proto, available: number): number[] {
    const natural = this.columns.map((c, i) => this.resized.get(c.name) ?? configuredWidth(this.config(c)) ?? this.widths[i] ?? 100);
    const fixed = proto.width === 'content' || this.resized.size > 0 || this.columns.some((c) => configuredWidth(this.config(c)) !== undefined);
    return fixed ? natural : stretchWidths(natural, available);
  }

  protected override render(): unknown {
    const proto = this.proto;
    if (!proto) return nothing;
    const rh = this.rowHeight;
    const count = this.viewCount();
    const hideIndex = proto.hideIndex === true;
    const rowMode = this.modes.row;
    const selectPx = rowMode ? SELECT_PX : 0;
    const picked = new Set(this.selection.rows);
    const indexPx = (hideIndex ? 0 : indexWidth(proto.rowCount)) + selectPx;
    const indexStyle = { width: `${indexPx - selectPx}px`, left: `${selectPx}px` };
    const visibleRows = Math.max(1, Math.min(count, DEFAULT_VISIBLE_ROWS));
    const frameHeight = proto.height ?? (visibleRows + 1) * rh + 2;
    const clientWidth = this.box.width || (typeof proto.width === 'number' ? proto.width : FALLBACK_WIDTH);
    const widths = this.widthsOf(proto, clientWidth - indexPx - 2);
    // Pinned columns come first (the server ordered them): always drawn, sticky at the left.
    let pinnedCount = 0;
    while (pinnedCount < this.columns.length && this.config(this.columns[pinnedCount]!)?.pinned) pinnedCount++;
    const { pinLefts, pinnedPx } = pinnedOffsets(widths, pinnedCount, indexPx);
    const totalWidth = indexPx + widths.reduce((a, b) => a + b, 0);
    this.drawn = { widths, indexPx, pinnedPx };
    const viewport = Math.max(rh, (this.box.height || frameHeight - 2) - rh);
    const first = firstRowAt(this.box.top, count, rh, viewport);
    const rows = rowRange(first, viewport, rh, count);
    const range = columnRange(widths.slice(pinnedCount), this.box.left, Math.max(0, clientWidth - indexPx - pinnedPx));
    const cols = { start: range.start + pinnedCount, end: range.end + pinnedCount, offset: range.offset };
    this.windows.ensure(rows.start, rows.end, this.ctx?.requestData);
    const positions = Array.from({ length: rows.end - rows.start }, (_, i) => rows.start + i);
    const shown = [...Array.from({ length: pinnedCount }, (_, c) => c), ...Array.from({ length: cols.end - cols.start }, (_, i) => cols.start + i)];
    const gapAt = pinnedCount;
    const gap = html`<div class="lu-df-gap" style=${inlineStyle({ width: `${cols.offset}px` })}></div>`;
    const frameWidth = typeof proto.width === 'number' ? `${proto.width}px` : proto.width === 'content' ? `${totalWidth + 2}px` : undefined;
    return html`<div class="lu-df" style=${inlineStyle({ '--lu-df-rh': `${rh}px`, maxWidth: frameWidth })}>
      ${toolbar({
        searchOpen: this.searchOpen,
        search: this.searchText,
        downloading: this.downloading,
        canFetch: this.ctx?.requestData !== undefined,
        toggleSearch: () => this.toggleSearch(),
        setSearch: (text) => this.setSearch(text),
        download: () => void this.download(),
      })}
      <div class="lu-df-scroll" style=${inlineStyle(proto.height === undefined ? { maxHeight: `${frameHeight}px` } : { height: `${frameHeight}px` })}
        tabindex="0" role="table" aria-rowcount=${count + 1} aria-colcount=${this.columns.length + (hideIndex ? 0 : 1)} @scroll=${this.onScroll}
        @keydown=${this.grid.onKey} @click=${this.grid.onClick} @copy=${this.grid.onCopy} @paste=${this.grid.onPaste}>
        <div class="lu-df-canvas" style=${inlineStyle({ width: `${totalWidth}px` })}>
          <div class="lu-df-row lu-df-head" role="row" aria-rowindex="1">
            ${rowMode ? html`<div class="lu-df-cell lu-df-th lu-df-select" role="columnheader" aria-label="Select rows"></div>` : nothing}
            ${hideIndex ? nothing : html`<div class="lu-df-cell lu-df-th lu-df-index" role="columnheader" style=${inlineStyle(indexStyle)}></div>`}
            ${shown.map((c, i) => [i === gapAt ? gap : nothing, this.headerCell(this.columns[c]!, c, widths[c]!, pinLefts[c])])}
            ${shown.length === gapAt ? gap : nothing}
          </div>
          <div class="lu-df-body" role="rowgroup" style=${inlineStyle({ height: `${bodyHeight(count, rh)}px` })}>
            ${repeat(
              positions,
              (position) => position,
              (position) => {
                const row = this.rowAt(position);
                const top = rowTop(position, first, this.box.top, rh);
                const selected = row !== undefined && picked.has(row.index);
                const cls = `lu-df-row${position % 2 === 1 ? ' lu-df-row--alt' : ''}${position === count - 1 ? ' lu-df-row--last' : ''}${row ? '' : ' lu-df-row--loading'}${selected ? ' lu-df-row--selected' : ''}${row ? this.rowClass(row.index) : ''}`;
                return html`<div class=${cls} role="row" aria-rowindex=${position + 2} aria-selected=${rowMode ? String(selected) : nothing} style=${inlineStyle({ top: `${top}px` })}>
                  ${rowMode ? rowSelectCell(row?.index, selected, (index) => this.select(toggleRow(this.selection, index, rowMode))) : nothing}
                  ${
                    hideIndex
                      ? nothing
                      : html`<div class="lu-df-cell lu-df-index" role="rowheader" style=${inlineStyle(indexStyle)} @click=${() => row && this.indexClicked(row.index)}>
                          ${row ? formatCount(row.index) : ''}
                        </div>`
                  }
                  ${shown.map((c, i) => [
                    i === gapAt ? gap : nothing,
                    row
                      ? this.cell(row.cells[c], this.columns[c]!, c, widths[c]!, pinLefts[c], row.index, position)
                      : html`<div class="lu-df-cell${pinLefts[c] !== undefined ? ' lu-df-pinned' : ''}" style=${inlineStyle(cellStyle(widths[c]!, pinLefts[c]))}></div>`,
                  ])}
                </div>`;
              },
            )}
          </div>
          ${count === 0 ? html`<div class="lu-df-empty">${this.view.search ? 'No rows match the search' : 'empty'}</div>` : nothing}
        </div>
      </div>
      ${this.footer(proto, count)}
    </div>`;
  }

  private footer(proto: Proto, count: number): unknown {
    if (this.windows.error) return html`<div class="lu-df-footer lu-df-footer--error" role="alert">Could not load rows: ${this.windows.error}</div>`;
    if (this.view.search) return html`<div class="lu-df-footer">${formatCount(count)} of ${formatCount(proto.rowCount)} rows match</div>`;
    return nothing;
  }
}
