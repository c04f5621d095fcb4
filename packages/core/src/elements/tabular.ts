import { invalidArgument } from '../errors.js';
import type { DataColumn, JsonValue } from '../protocol/elements.js';
import { toJsonValue } from './jsonValue.js';

/**
 * Data that `st.dataframe`, `st.table` and the charts accept: an array of
 * row objects (`[{ a: 1, b: 'x' }, ...]`), an object of columns
 * (`{ a: [1, 2], b: ['x', 'y'] }`), an array of arrays, or an array of
 * plain values (one column named `value`).
 */
export type TableData =
  readonly Readonly<Record<string, unknown>>[] | Readonly<Record<string, readonly unknown[]>> | readonly (readonly unknown[])[] | readonly unknown[];

/** Data normalised to named, typed columns and row-major cells. */
export interface Tabular {
  readonly columns: DataColumn[];
  readonly rows: JsonValue[][];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

/**
 * Normalises table data. Column types are inferred from the non-null values
 * (all numbers → `number`, booleans → `boolean`, `Date`s → `date`, strings →
 * `string`, else `object`); dates travel as ISO strings.
 *
 * @throws LitUiError `InvalidArgument` for data of another shape.
 */
export function toTabular(data: unknown, command: string): Tabular {
  let names: string[];
  let raw: unknown[][];
  if (Array.isArray(data)) {
    if (data.length > 0 && data.every(isRecord)) {
      const seen = new Set<string>();
      for (const row of data as Record<string, unknown>[]) for (const key of Object.keys(row)) seen.add(key);
      names = [...seen];
      raw = (data as Record<string, unknown>[]).map((row) => names.map((name) => row[name]));
    } else if (data.length > 0 && data.every(Array.isArray)) {
      const width = Math.max(...(data as unknown[][]).map((row) => row.length));
      names = Array.from({ length: width }, (_, i) => String(i));
      raw = (data as unknown[][]).map((row) => names.map((_, i) => row[i]));
    } else {
      names = ['value'];
      raw = data.map((item) => [item]);
    }
  } else if (isRecord(data) && Object.values(data).every(Array.isArray)) {
    const columns = data as Record<string, unknown[]>;
    names = Object.keys(columns);
    const length = Math.max(0, ...names.map((name) => columns[name]!.length));
    raw = Array.from({ length }, (_, r) => names.map((name) => columns[name]![r]));
  } else {
    throw invalidArgument(
      `st.${command}() takes an array of row objects, an object of column arrays, or an array of values (got ${describe(data)}).`,
    );
  }
  const columns = names.map((name, i) => ({ name, type: inferType(raw, i) }));
  const rows = raw.map((row) => row.map((cell) => (cell === undefined ? null : toJsonValue(cell))));
  return { columns, rows };
}

function inferType(rows: unknown[][], column: number): DataColumn['type'] {
  let type: DataColumn['type'] | undefined;
  for (const row of rows) {
    const cell = row[column];
    if (cell === null || cell === undefined) continue;
    const kind: DataColumn['type'] =
      typeof cell === 'number' || typeof cell === 'bigint'
        ? 'number'
        : typeof cell === 'boolean'
          ? 'boolean'
          : typeof cell === 'string'
            ? 'string'
            : cell instanceof Date
              ? 'date'
              : 'object';
    if (type === undefined) type = kind;
    else if (type !== kind) return 'object';
  }
  return type ?? 'object';
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value !== 'object') return typeof value;
  return value.constructor?.name ?? 'object';
}
