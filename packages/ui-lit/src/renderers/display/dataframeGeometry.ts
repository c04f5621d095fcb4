/**
 * Geometry of a virtualized table: which rows and columns are in view and
 * where they go. Pure functions of the scroll position, so they are tested
 * without a layout engine.
 *
 * Browsers cap an element's height (about 33.5 million px in Chromium,
 * 17.9 million in Firefox), so a table of 3 million 35 px rows cannot be
 * laid out at full height. Above {@link MAX_BODY_PX} the body keeps that
 * height and the scroll position maps proportionally to a row: the last row
 * is always reachable, and rows still move pixel for pixel between scroll
 * events.
 */

/** Tallest body laid out at full height, in px. */
export const MAX_BODY_PX = 12_000_000;

/** Rows rendered above and below the viewport. */
export const OVERSCAN_ROWS = 6;

/** Extra px of columns rendered left and right of the viewport. */
export const OVERSCAN_PX = 400;

/** Height of the body in px (capped at {@link MAX_BODY_PX}). */
export function bodyHeight(rowCount: number, rowHeight: number): number {
  return Math.min(rowCount * rowHeight, MAX_BODY_PX);
}

/**
 * The row (fractional) at the top of the body's viewport when the body is
 * scrolled by `scrollTop` and shows `viewportPx` of it.
 */
export function firstRowAt(scrollTop: number, rowCount: number, rowHeight: number, viewportPx: number): number {
  const full = rowCount * rowHeight;
  if (full <= MAX_BODY_PX) return Math.max(0, scrollTop / rowHeight);
  const maxScroll = MAX_BODY_PX - viewportPx;
  const maxFirst = rowCount - viewportPx / rowHeight;
  if (maxScroll <= 0 || maxFirst <= 0) return 0;
  return Math.min(maxFirst, Math.max(0, (scrollTop / maxScroll) * maxFirst));
}

/** Rows `[start, end)` to render (the viewport plus overscan), clamped to the table. */
export function rowRange(first: number, viewportPx: number, rowHeight: number, rowCount: number): { start: number; end: number } {
  const start = Math.max(0, Math.floor(first) - OVERSCAN_ROWS);
  const end = Math.min(rowCount, Math.ceil(first + viewportPx / rowHeight) + OVERSCAN_ROWS);
  return { start, end: Math.max(start, end) };
}

/** Top of row `row` inside the body, in px. */
export function rowTop(row: number, first: number, scrollTop: number, rowHeight: number): number {
  return scrollTop + (row - first) * rowHeight;
}

/**
 * Columns `[start, end)` that intersect the horizontal viewport (plus
 * {@link OVERSCAN_PX}), and `offset`, the px before column `start`.
 */
export function columnRange(widths: readonly number[], scrollLeft: number, viewportPx: number): { start: number; end: number; offset: number } {
  const left = scrollLeft - OVERSCAN_PX;
  const right = scrollLeft + viewportPx + OVERSCAN_PX;
  let x = 0;
  let start = 0;
  while (start < widths.length && x + widths[start]! < left) x += widths[start++]!;
  const offset = x;
  let end = start;
  while (end < widths.length && x < right) x += widths[end++]!;
  return { start, end, offset };
}

/**
 * Column widths stretched to fill `available` px when they are narrower
 * (as Streamlit's dataframe at container width), kept as they are otherwise.
 */
export function stretchWidths(widths: readonly number[], available: number): number[] {
  const total = widths.reduce((a, b) => a + b, 0);
  if (total <= 0 || total >= available) return [...widths];
  const scale = available / total;
  const stretched = widths.map((w) => Math.floor(w * scale));
  stretched[stretched.length - 1]! += available - stretched.reduce((a, b) => a + b, 0);
  return stretched;
}

/**
 * Left offsets (px) of the first `count` (pinned) columns, sticky after the index column of `indexPx`, and their
 * total width.
 */
export function pinnedOffsets(widths: readonly number[], count: number, indexPx: number): { pinLefts: number[]; pinnedPx: number } {
  const pinLefts: number[] = [];
  let pinnedPx = 0;
  for (let c = 0; c < count; c++) {
    pinLefts.push(indexPx + pinnedPx);
    pinnedPx += widths[c] ?? 0;
  }
  return { pinLefts, pinnedPx };
}
