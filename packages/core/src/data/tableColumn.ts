import type { DataColumn, JsonValue } from '../protocol/elements.js';
import { deepEqual } from '../tree/deepEqual.js';

/** The type of a column's cells, as {@link DataColumn}'s `type`. */
export type ColumnType = DataColumn['type'];

/**
 * One column of a {@link DataTable}: typed storage read cell by cell. Columns
 * are immutable once built, so every session showing the table shares them.
 */
export interface TableColumn {
  readonly name: string;
  readonly type: ColumnType;
  /** IANA zone of zoned timestamps. */
  readonly timezone?: string;
  readonly length: number;
  /** True when row `i` holds no value. */
  isNull(i: number): boolean;
  /** Row `i` in wire form (see {@link DataColumn}). */
  wire(i: number): JsonValue;
  /**
   * One number per row whose order is the column's sort order (numbers,
   * epoch ms, ranks of strings), `NaN` for nulls. Computed on first use and
   * kept with the column, unless reading them again costs next to nothing.
   */
  sortKeys(): Float64Array;
}

/** Numbers (and dates as epoch ms) in a `Float64Array`; `NaN` is null. */
export class Float64Column implements TableColumn {
  constructor(
    readonly name: string,
    readonly type: 'number' | 'date',
    readonly values: Float64Array,
  ) {}

  get length(): number {
    return this.values.length;
  }

  isNull(i: number): boolean {
    return Number.isNaN(this.values[i]);
  }

  wire(i: number): JsonValue {
    const v = this.values[i]!;
    if (Number.isNaN(v)) return null;
    return this.type === 'date' ? new Date(v).toISOString() : v;
  }

  sortKeys(): Float64Array {
    return this.values;
  }
}

/** Booleans as bytes: 0 false, 1 true, 2 null. */
export class BooleanColumn implements TableColumn {
  readonly type = 'boolean';
  private keys: Float64Array | undefined;

  constructor(
    readonly name: string,
    readonly values: Uint8Array,
  ) {}

  get length(): number {
    return this.values.length;
  }

  isNull(i: number): boolean {
    return this.values[i] === 2;
  }

  wire(i: number): JsonValue {
    const v = this.values[i];
    return v === 2 ? null : v === 1;
  }

  sortKeys(): Float64Array {
    this.keys ??= Float64Array.from(this.values, (v) => (v === 2 ? NaN : v));
    return this.keys;
  }
}

/** Strings, big integers (as decimal strings), lists and objects, held in wire form. */
export class JsonColumn implements TableColumn {
  private keys: Float64Array | undefined;

  constructor(
    readonly name: string,
    readonly type: ColumnType,
    readonly values: readonly JsonValue[],
  ) {}

  get length(): number {
    return this.values.length;
  }

  isNull(i: number): boolean {
    return this.values[i] === null;
  }

  wire(i: number): JsonValue {
    return this.values[i] ?? null;
  }

  sortKeys(): Float64Array {
    this.keys ??= this.type === 'bigint' ? bigintKeys(this.values) : rankKeys(this.values.length, (i) => this.values[i] ?? null);
    return this.keys;
  }
}

function bigintKeys(values: readonly JsonValue[]): Float64Array {
  return Float64Array.from(values, (v) => (v === null ? NaN : Number(v)));
}

/** The text a text-like cell sorts by: strings as they are, other values by their JSON text. */
export function textOf(value: JsonValue): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** The rank of each distinct text of `texts` (nulls skipped) in code-unit order, as a map. */
export function rankTexts(texts: readonly (string | null)[]): Map<string, number> {
  const distinct = new Set<string>();
  for (const text of texts) if (text !== null) distinct.add(text);
  const ranks = new Map<string, number>();
  [...distinct].sort().forEach((text, rank) => ranks.set(text, rank));
  return ranks;
}

/**
 * Sort keys of text-like cells: the rank of each distinct value in code-unit
 * order (strings as they are, other values by their JSON text). Each cell is
 * looked up once (giving a provisional id in order of first appearance);
 * only the distinct values are sorted, so repetitive columns are fast.
 */
export function rankKeys(length: number, cell: (i: number) => JsonValue): Float64Array {
  const ids = new Int32Array(length);
  const idOf = new Map<string, number>();
  const distinct: string[] = [];
  for (let i = 0; i < length; i++) {
    const v = cell(i);
    if (v === null) {
      ids[i] = -1;
      continue;
    }
    const text = textOf(v);
    let id = idOf.get(text);
    if (id === undefined) {
      id = distinct.length;
      idOf.set(text, id);
      distinct.push(text);
    }
    ids[i] = id;
  }
  const rankOfId = new Float64Array(distinct.length);
  distinct.sort().forEach((text, rank) => (rankOfId[idOf.get(text)!] = rank));
  const keys = new Float64Array(length);
  for (let i = 0; i < length; i++) {
    const id = ids[i]!;
    keys[i] = id < 0 ? NaN : rankOfId[id]!;
  }
  return keys;
}

/** True when `a` and `b` hold the same cells (same type, same wire values). */
export function sameColumn(a: TableColumn, b: TableColumn): boolean {
  if (a === b) return true;
  if (a.name !== b.name || a.type !== b.type || a.timezone !== b.timezone || a.length !== b.length) return false;
  if (a instanceof Float64Column && b instanceof Float64Column) {
    for (let i = 0; i < a.length; i++) {
      const x = a.values[i]!;
      const y = b.values[i]!;
      if (x !== y && !(Number.isNaN(x) && Number.isNaN(y))) return false;
    }
    return true;
  }
  if (a instanceof BooleanColumn && b instanceof BooleanColumn) {
    for (let i = 0; i < a.length; i++) if (a.values[i] !== b.values[i]) return false;
    return true;
  }
  for (let i = 0; i < a.length; i++) if (!deepEqual(a.wire(i), b.wire(i))) return false;
  return true;
}
