import type { JsonValue } from '../protocol/elements.js';
import type { DataTable } from './dataTable.js';

/** One CSV field (RFC 4180): quoted when it holds a comma, quote, or line break; nulls empty; objects as JSON. */
export function csvField(value: JsonValue): string {
  if (value === null) return '';
  const text = typeof value === 'string' ? value : typeof value === 'object' ? JSON.stringify(value) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The header line of the columns at `picks`, with its line break. */
export function csvHeader(table: DataTable, picks: readonly number[]): string {
  return `${picks.map((p) => csvField(table.columns[p]!.name)).join(',')}\r\n`;
}

/** Rows `start`–`end` (view positions through `order`) as CSV lines. */
export function csvRows(table: DataTable, start: number, end: number, picks: readonly number[], order?: ArrayLike<number>): string {
  let text = '';
  for (let i = start; i < end; i++) {
    const row = order ? order[i]! : i;
    text += `${picks.map((p) => csvField(table.columns[p]!.wire(row))).join(',')}\r\n`;
  }
  return text;
}

/** Options of {@link csvStream}. */
export interface CsvStreamOptions {
  /** Columns to export, by index (default: all). */
  readonly picks?: readonly number[];
  /** View order (a sort or a search): row numbers in export order. */
  readonly order?: ArrayLike<number>;
  /** Rows per chunk. Default 10,000. */
  readonly chunkRows?: number;
}

/**
 * The whole table as a CSV byte stream (UTF-8, header first), produced chunk
 * by chunk as the reader pulls, so a 3-million-row export never sits in
 * memory as one string. For a download route (`Content-Type: text/csv`).
 */
export function csvStream(table: DataTable, options: CsvStreamOptions = {}): ReadableStream<Uint8Array> {
  const picks = options.picks ?? table.columns.map((_, i) => i);
  const total = options.order ? options.order.length : table.rowCount;
  const chunk = options.chunkRows ?? 10_000;
  const encoder = new TextEncoder();
  let next = -1;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (next < 0) {
        controller.enqueue(encoder.encode(csvHeader(table, picks)));
        next = 0;
        return;
      }
      if (next >= total) return controller.close();
      const end = Math.min(total, next + chunk);
      controller.enqueue(encoder.encode(csvRows(table, next, end, picks, options.order)));
      next = end;
    },
  });
}
