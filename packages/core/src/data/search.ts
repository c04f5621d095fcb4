import type { JsonValue } from '../protocol/elements.js';
import type { DataTable } from './dataTable.js';

/** The text a search matches a cell against: strings as they are, other values as JSON. */
function cellText(value: JsonValue): string {
  if (value === null) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/**
 * Row numbers (in `order`, else row order) of the rows where some column at
 * `picks` contains `query`, ignoring case — the table toolbar's search box.
 */
export function searchRows(table: DataTable, query: string, picks: readonly number[], order?: ArrayLike<number>): Uint32Array {
  const needle = query.toLowerCase();
  const n = table.rowCount;
  const hits = new Uint32Array(n);
  let count = 0;
  for (let i = 0; i < n; i++) {
    const row = order ? order[i]! : i;
    for (const p of picks) {
      if (cellText(table.columns[p]!.wire(row)).toLowerCase().includes(needle)) {
        hits[count++] = row;
        break;
      }
    }
  }
  return hits.slice(0, count);
}
