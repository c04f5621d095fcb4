/**
 * The keyboard cursor of a table, as in Streamlit's data grid: one active
 * cell (view position × column), and a rectangular range from an anchor
 * that Shift extends. Pure moves and the tab-separated text of a range
 * (what spreadsheets copy and paste), so `<lit-ui-dataframe>` and the data
 * editor only wire events to it.
 */

/** A cell of the view: its row's position in the (sorted, searched) view and its column number. */
export interface GridCell {
  readonly position: number;
  readonly c: number;
}

/** Rows and columns of the view, to clamp moves; `page` is how many rows a Page Up/Down moves. */
export interface GridSize {
  readonly rows: number;
  readonly columns: number;
  readonly page: number;
}

/** The cursor: the active cell, and the range's other corner (the active cell itself without Shift). */
export interface GridCursor {
  readonly active: GridCell;
  readonly anchor: GridCell;
}

/** Inclusive bounds of a cursor's range. */
export interface GridRange {
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
}

const clamp = (n: number, max: number): number => Math.max(0, Math.min(max, n));

/**
 * Where a navigation key takes the cursor: arrows by one cell, Page Up/Down
 * by a page, Home/End to the row's first/last column (with Ctrl/Meta: the
 * table's first/last row), Tab to the next column (Shift+Tab back). Shift
 * with an arrow, a page or Home/End extends the range.
 *
 * @returns the new cursor, or undefined when `key` is not a navigation key (or the table is empty).
 */
export function moveCursor(cursor: GridCursor | undefined, key: KeyboardEvent, size: GridSize): GridCursor | undefined {
  if (size.rows === 0 || size.columns === 0) return undefined;
  const at = cursor?.active ?? { position: 0, c: 0 };
  const toEdge = key.ctrlKey || key.metaKey;
  let next: GridCell;
  switch (key.key) {
    case 'ArrowUp':
      next = { position: toEdge ? 0 : at.position - 1, c: at.c };
      break;
    case 'ArrowDown':
      next = { position: toEdge ? size.rows - 1 : at.position + 1, c: at.c };
      break;
    case 'ArrowLeft':
      next = { position: at.position, c: toEdge ? 0 : at.c - 1 };
      break;
    case 'ArrowRight':
      next = { position: at.position, c: toEdge ? size.columns - 1 : at.c + 1 };
      break;
    case 'PageUp':
      next = { position: at.position - size.page, c: at.c };
      break;
    case 'PageDown':
      next = { position: at.position + size.page, c: at.c };
      break;
    case 'Home':
      next = toEdge ? { position: 0, c: 0 } : { position: at.position, c: 0 };
      break;
    case 'End':
      next = toEdge ? { position: size.rows - 1, c: size.columns - 1 } : { position: at.position, c: size.columns - 1 };
      break;
    case 'Tab':
      next = { position: at.position, c: at.c + (key.shiftKey ? -1 : 1) };
      break;
    default:
      return undefined;
  }
  const active = { position: clamp(next.position, size.rows - 1), c: clamp(next.c, size.columns - 1) };
  const extend = key.shiftKey && key.key !== 'Tab' && cursor !== undefined;
  return { active, anchor: extend ? cursor.anchor : active };
}

/** The inclusive bounds of the cursor's range. */
export function cursorRange(cursor: GridCursor): GridRange {
  const { active: a, anchor: b } = cursor;
  return {
    top: Math.min(a.position, b.position),
    bottom: Math.max(a.position, b.position),
    left: Math.min(a.c, b.c),
    right: Math.max(a.c, b.c),
  };
}

/** How the cursor marks cell (`position`, `c`): the active cell, a cell of the range, or not at all. */
export function cursorMark(cursor: GridCursor | undefined, position: number, c: number): '' | ' lu-df-cell--active' | ' lu-df-cell--range' {
  if (!cursor) return '';
  if (cursor.active.position === position && cursor.active.c === c) return ' lu-df-cell--active';
  const r = cursorRange(cursor);
  return position >= r.top && position <= r.bottom && c >= r.left && c <= r.right ? ' lu-df-cell--range' : '';
}

/** A value as one cell of tab-separated text: no tabs or line breaks inside (they become spaces); null is empty. */
function tsvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text: string;
  if (typeof value === 'string') text = value;
  else if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') text = String(value);
  else text = JSON.stringify(value) ?? '';
  return text.replace(/[\t\r\n]+/g, ' ');
}

/**
 * The range's cells as tab-separated text, one line per row, as spreadsheets
 * copy: `cellAt(position, c)` gives a cell's value (undefined for a row not
 * loaded: an empty cell).
 */
export function rangeText(range: GridRange, cellAt: (position: number, c: number) => unknown): string {
  const lines: string[] = [];
  for (let p = range.top; p <= range.bottom; p++) {
    const cells: string[] = [];
    for (let c = range.left; c <= range.right; c++) cells.push(tsvCell(cellAt(p, c)));
    lines.push(cells.join('\t'));
  }
  return lines.join('\n');
}

/** Tab-separated text (as spreadsheets and `rangeText` put on the clipboard) as rows of cell texts; a final line break ends the last row. */
export function parseRangeText(text: string): string[][] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  if (lines.length > 1 && lines.at(-1) === '') lines.pop();
  return lines.map((line) => line.split('\t'));
}

/** What the cursor needs from its table (closures over the table's private state). */
export interface GridHost {
  /** Redraws the table (the cursor moved). */
  requestUpdate(): void;
  /** The table's scroller (`.lu-df-scroll`), once rendered. */
  scroller(): HTMLElement | null;
  /** Rows and columns of the view, and how many rows fit in the frame. */
  size(): GridSize;
  /** The value of a cell, undefined for a row not loaded. */
  value(position: number, c: number): unknown;
  /** Row height, column widths, index and pinned columns' widths as last drawn (px); whether column `c` is pinned. */
  layout(): { rowHeight: number; widths: readonly number[]; indexPx: number; pinnedPx: number; pinned: (c: number) => boolean };
  /** A key the table handles itself before navigation (the data editor); true when handled. */
  key(e: KeyboardEvent): boolean;
  /** Pasted rows of cell texts, from cell `at` on. */
  paste(rows: string[][], at: GridCell): void;
}

/**
 * The keyboard cursor of a table and its event handlers, bound to the
 * table's scroller: navigation keys, a click on a cell (Shift: extend),
 * copy of the range and paste at the active cell. Keys and clipboard
 * events inside the table's own inputs (a cell being edited, the search
 * box) are left to them.
 */
export class GridCursorController {
  /** The active cell and range, once the user clicked a cell or pressed a navigation key. */
  cursor: GridCursor | undefined;

  constructor(private readonly host: GridHost) {}

  /** Makes `cell` the active cell (and the whole range) and scrolls it into view. */
  moveTo(cell: GridCell): void {
    this.cursor = { active: cell, anchor: cell };
    this.host.requestUpdate();
    this.reveal(cell);
  }

  readonly onKey = (e: KeyboardEvent): void => {
    if (e.target instanceof HTMLInputElement || this.host.key(e)) return;
    const next = moveCursor(this.cursor, e, this.host.size());
    // Tab at the last (Shift+Tab: first) column leaves the table, as it would any other control.
    if (!next || (e.key === 'Tab' && next.active.c === this.cursor?.active.c)) return;
    e.preventDefault();
    this.cursor = next;
    this.host.requestUpdate();
    this.reveal(next.active);
  };

  readonly onClick = (e: MouseEvent): void => {
    const cell = (e.target as Element).closest('[role=cell][aria-colindex]');
    const row = cell?.closest('[role=row][aria-rowindex]');
    if (!cell || !row) return;
    const at = { position: Number(row.getAttribute('aria-rowindex')) - 2, c: Number(cell.getAttribute('aria-colindex')) - 2 };
    this.cursor = e.shiftKey && this.cursor ? { active: at, anchor: this.cursor.anchor } : { active: at, anchor: at };
    this.host.requestUpdate();
  };

  readonly onCopy = (e: ClipboardEvent): void => {
    if (e.target instanceof HTMLInputElement || !this.cursor || !e.clipboardData) return;
    e.clipboardData.setData(
      'text/plain',
      rangeText(cursorRange(this.cursor), (p, c) => this.host.value(p, c)),
    );
    e.preventDefault();
  };

  readonly onPaste = (e: ClipboardEvent): void => {
    const text = e.clipboardData?.getData('text/plain');
    if (e.target instanceof HTMLInputElement || !this.cursor || !text) return;
    e.preventDefault();
    this.host.paste(parseRangeText(text), this.cursor.active);
  };

  /** Scrolls the table so that `cell` is in view, below the sticky header and right of the pinned columns. */
  private reveal(cell: GridCell): void {
    const scroller = this.host.scroller();
    if (!scroller) return;
    const { rowHeight: rh, widths, indexPx, pinnedPx, pinned } = this.host.layout();
    const top = cell.position * rh;
    const bodyHeight = scroller.clientHeight - rh;
    if (top < scroller.scrollTop) scroller.scrollTop = top;
    else if (top + rh > scroller.scrollTop + bodyHeight) scroller.scrollTop = top + rh - bodyHeight;
    if (pinned(cell.c)) return;
    const left = indexPx + widths.slice(0, cell.c).reduce((a, b) => a + b, 0);
    const right = left + (widths[cell.c] ?? 0);
    if (left - indexPx - pinnedPx < scroller.scrollLeft) scroller.scrollLeft = left - indexPx - pinnedPx;
    else if (right > scroller.scrollLeft + scroller.clientWidth) scroller.scrollLeft = right - scroller.clientWidth;
  }
}
