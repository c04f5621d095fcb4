import { toJsonValue } from '../elements/jsonValue.js';
import type { JsonValue } from '../protocol/elements.js';
import { deepEqual } from '../tree/deepEqual.js';
import { columnArrayMatches, isNumberArray, numberColumn } from './columnArrays.js';
import { DataTable } from './dataTable.js';
import { BooleanColumn, Float64Column, JsonColumn, type ColumnType, type TableColumn } from './tableColumn.js';

/** Plain JavaScript data read cell by cell: column names, row count, and a cell reader. */
export interface JsSource {
  readonly names: readonly string[];
  readonly rowCount: number;
  cell(row: number, column: number): unknown;
  /** Column `column`'s own array, when the data is an object of column arrays (read in one loop). */
  column?(column: number): ArrayLike<unknown>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date) && !ArrayBuffer.isView(value);
}

function isColumnArray(value: unknown): value is ArrayLike<unknown> {
  return Array.isArray(value) || (ArrayBuffer.isView(value) && !(value instanceof DataView));
}

/**
 * Reads plain data: an array of row objects (columns in first-seen key
 * order), an object of column arrays (or typed arrays), an array of arrays
 * (columns named by `columns`, else `0`, `1`, ...), or an array of values
 * (one column `value`). Returns undefined for anything else.
 */
export function jsSource(data: unknown, columns?: readonly string[]): JsSource | undefined {
  if (Array.isArray(data)) {
    const rows: readonly unknown[] = data;
    if (rows.length > 0 && rows.every((row) => isRecord(row) || row === null || row === undefined) && rows.some(isRecord)) {
      const seen = new Set<string>();
      for (const row of rows) if (isRecord(row)) for (const key of Object.keys(row)) seen.add(key);
      const names = [...seen];
      return { names, rowCount: rows.length, cell: (r, c) => (rows[r] as Record<string, unknown> | null)?.[names[c]!] };
    }
    if (rows.length > 0 && rows.every(Array.isArray)) {
      const width = Math.max(columns?.length ?? 0, ...(rows as unknown[][]).map((row) => row.length));
      const names = Array.from({ length: width }, (_, i) => columns?.[i] ?? String(i));
      return { names, rowCount: rows.length, cell: (r, c) => (rows[r] as unknown[])[c] };
    }
    return { names: [columns?.[0] ?? 'value'], rowCount: rows.length, cell: (r) => rows[r] };
  }
  const proto: unknown = isRecord(data) ? Object.getPrototypeOf(data) : undefined;
  if (isRecord(data) && (proto === Object.prototype || proto === null) && Object.values(data).every(isColumnArray)) {
    const cols = data as Record<string, ArrayLike<unknown>>;
    const names = Object.keys(cols);
    const rowCount = Math.max(0, ...names.map((name) => cols[name]!.length));
    return { names, rowCount, cell: (r, c) => cols[names[c]!]![r], column: (c) => cols[names[c]!]! };
  }
  return undefined;
}

function kindOf(cell: unknown): ColumnType | undefined {
  switch (typeof cell) {
    case 'number':
      return Number.isNaN(cell) ? undefined : 'number';
    case 'bigint':
      return 'bigint';
    case 'boolean':
      return 'boolean';
    case 'string':
      return 'string';
    case 'undefined':
      return undefined;
    default:
      if (cell === null) return undefined;
      if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? undefined : 'date';
      return Array.isArray(cell) || cell instanceof Set || ArrayBuffer.isView(cell) ? 'list' : 'object';
  }
}

/** Column `c`'s cells as an array-like: the data's own column array when it has one (read without a call per cell). */
function cellsOf(source: JsSource, c: number): ArrayLike<unknown> {
  const array = source.column?.(c);
  if (array !== undefined) return array;
  const length = source.rowCount;
  const cells = new Array<unknown>(length);
  for (let r = 0; r < length; r++) cells[r] = source.cell(r, c);
  return cells;
}

/** The column type of the non-null cells of `cells` (the first `n`): their common kind, `object` when they differ. */
function inferType(cells: ArrayLike<unknown>, n: number): ColumnType {
  let type: ColumnType | undefined;
  for (let r = 0; r < n; r++) {
    const cell = cells[r];
    // Strings and numbers, the common cells, are told apart without a call.
    const kind = typeof cell === 'string' ? 'string' : typeof cell === 'number' && cell === cell ? 'number' : kindOf(cell);
    if (kind === undefined || kind === type) continue;
    if (type === undefined) type = kind;
    else return 'object';
  }
  return type ?? 'object';
}

function buildColumn(source: JsSource, c: number): TableColumn {
  const name = source.names[c]!;
  const n = source.rowCount;
  const array = source.column?.(c);
  if (array !== undefined && isNumberArray(array)) return numberColumn(name, array, n);
  const cells = array ?? cellsOf(source, c);
  const type = inferType(cells, n);
  if (type === 'number' || type === 'date') {
    const values = new Float64Array(n);
    for (let r = 0; r < n; r++) {
      const cell = cells[r];
      values[r] = type === 'number' ? (typeof cell === 'number' ? cell : NaN) : cell instanceof Date ? cell.getTime() : NaN;
    }
    return new Float64Column(name, type, values);
  }
  if (type === 'boolean') {
    const values = new Uint8Array(n);
    for (let r = 0; r < n; r++) {
      const cell = cells[r];
      values[r] = cell === true ? 1 : cell === false ? 0 : 2;
    }
    return new BooleanColumn(name, values);
  }
  const values: JsonValue[] = new Array<JsonValue>(n);
  for (let r = 0; r < n; r++) {
    const cell = cells[r];
    values[r] = typeof cell === 'string' ? cell : cell === undefined ? null : toJsonValue(cell);
  }
  return new JsonColumn(name, type, values);
}

/** Builds a {@link DataTable} from plain data (copying it into column-major storage). */
export function tableFromJs(source: JsSource): DataTable {
  return new DataTable(source.names.map((_, c) => buildColumn(source, c)));
}

/** True when `source` still holds exactly the cells `table` was built from (no allocation for numbers and strings). */
export function tableMatchesJs(table: DataTable, source: JsSource): boolean {
  if (table.rowCount !== source.rowCount || table.columns.length !== source.names.length) return false;
  return table.columns.every((column, c) => {
    if (column.name !== source.names[c]) return false;
    const array = source.column?.(c);
    const fast = array === undefined ? undefined : columnArrayMatches(column, array, source.rowCount);
    if (fast !== undefined) return fast;
    const cells = array ?? cellsOf(source, c);
    if (inferType(cells, source.rowCount) !== column.type) return false;
    for (let r = 0; r < source.rowCount; r++) if (!cellMatches(column, r, cells[r])) return false;
    return true;
  });
}

function cellMatches(column: TableColumn, row: number, cell: unknown): boolean {
  if (column instanceof Float64Column) {
    const stored = column.values[row]!;
    const value = cell instanceof Date ? cell.getTime() : typeof cell === 'number' ? cell : NaN;
    return value === stored || (Number.isNaN(value) && Number.isNaN(stored));
  }
  if (column instanceof BooleanColumn) return column.values[row] === (cell === true ? 1 : cell === false ? 0 : 2);
  const stored = column.wire(row);
  if (typeof cell === 'string') return cell === stored;
  return deepEqual(cell === undefined ? null : toJsonValue(cell), stored);
}
