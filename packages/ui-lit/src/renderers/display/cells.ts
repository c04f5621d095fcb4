import type { DataColumn, JsonValue } from '@lit-ui/core/protocol';

/** How a cell shows: its text and kind (the kind picks alignment and color). */
export interface CellView {
  readonly text: string;
  readonly kind: 'number' | 'string' | 'boolean' | 'null' | 'date' | 'object';
}

/** Digits of a big integer (a decimal string) grouped by thousands, exactly (`-12345678901234567890` → `-12,345,678,901,234,567,890`). */
export function formatBigInt(digits: string): string {
  const m = /^(-?)(\d+)$/.exec(digits);
  return m ? `${m[1]}${m[2]!.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}` : digits;
}

const INTEGER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const DECIMAL = new Intl.NumberFormat('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 4 });

/** A count with thousands separators (`12,345`). */
export function formatCount(n: number): string {
  return INTEGER.format(n);
}

/** A number as Streamlit's dataframe shows it: thousands separators, at most 4 decimals. */
export function formatNumber(n: number): string {
  return Number.isInteger(n) ? INTEGER.format(n) : DECIMAL.format(n);
}

/** An ISO date/time string shortened for a cell: `2024-01-05` at midnight UTC, else `2024-01-05 13:45:00`. */
export function formatDate(iso: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}:\d{2})(\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/.exec(iso);
  if (!m) return iso;
  const [, day, time, fraction = '', zone = ''] = m;
  if (time === '00:00:00' && /^(\.0*)?$/.test(fraction) && (zone === '' || zone === 'Z')) return day ?? iso;
  const frac = /^\.0*$/.test(fraction) ? '' : fraction;
  return `${day} ${time}${frac}${zone === 'Z' ? '' : zone}`;
}

/**
 * The view of one cell: numbers with thousands separators, dates
 * shortened, booleans as check boxes (`kind: 'boolean'`), `null` muted,
 * objects and arrays as compact JSON.
 *
 * @example
 * formatCell(1234.5, 'number'); // { text: '1,234.5', kind: 'number' }
 */
export function formatCell(value: JsonValue | undefined, type: DataColumn['type']): CellView {
  if (value === null || value === undefined) return { text: 'null', kind: 'null' };
  if (typeof value === 'number') return { text: formatNumber(value), kind: 'number' };
  if (typeof value === 'boolean') return { text: value ? 'true' : 'false', kind: 'boolean' };
  if (typeof value === 'string') {
    if (type === 'date') return { text: formatDate(value), kind: 'date' };
    if (type === 'time') return { text: value, kind: 'date' };
    if (type === 'bigint') return { text: formatBigInt(value), kind: 'number' };
    return { text: value, kind: 'string' };
  }
  const json = JSON.stringify(value);
  return { text: json.length > 500 ? `${json.slice(0, 500)}…` : json, kind: 'object' };
}

/** Average width of one character of cell text, in px (0.875rem Source Sans). */
const CHAR_PX = 7.6;
const PAD_PX = 26;

/**
 * Column widths in px from their header and their cells (every cell of
 * the first 2,000 rows, a spread sample beyond), clamped to 64–420 px.
 */
export function columnWidths(columns: readonly DataColumn[], rows: readonly (readonly JsonValue[])[]): number[] {
  const step = rows.length <= 2000 ? 1 : rows.length / 2000;
  return columns.map((column, c) => {
    let chars = column.name.length + 2;
    for (let i = 0; i < rows.length; i += step) {
      const view = formatCell(rows[Math.floor(i)]?.[c], column.type);
      chars = Math.max(chars, view.kind === 'boolean' ? 3 : view.text.length);
    }
    return Math.round(Math.min(420, Math.max(64, chars * CHAR_PX + PAD_PX)));
  });
}

/** Width in px of the row-index column for `rowCount` rows: room for the last index as shown, with its thousands separators. */
export function indexWidth(rowCount: number): number {
  return Math.max(44, formatCount(Math.max(0, rowCount - 1)).length * CHAR_PX + PAD_PX);
}
