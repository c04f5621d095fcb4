import type { DataColumn, JsonValue } from '../protocol/elements.js';
import { sortPermutation, type SortDirection } from './sortIndex.js';
import { sameColumn, type TableColumn } from './tableColumn.js';

let nextTableId = 0;

/**
 * A table as lit-ui holds it on the server: named, typed columns in
 * column-major storage (typed arrays for numbers, dates and booleans; an
 * Apache Arrow table's vectors in place). Immutable once built, so one
 * instance serves every session that shows it; sort permutations are
 * computed once per column and direction and kept with it.
 *
 * Build one with `toDataTable(data)`; `st.dataframe` and friends do.
 */
export class DataTable {
  /** Process-unique id, the stem of the data ids of elements showing it. */
  readonly id = `t${(++nextTableId).toString(36)}`;
  readonly rowCount: number;
  private readonly sorts = new Map<string, Uint32Array>();
  private readonly memo: { fingerprint?: string } = {};

  constructor(readonly columns: readonly TableColumn[]) {
    this.rowCount = columns[0]?.length ?? 0;
    for (const column of columns) {
      if (column.length !== this.rowCount) {
        throw new RangeError(`Column '${column.name}' has ${column.length} rows; the table has ${this.rowCount}.`);
      }
    }
    Object.freeze(this);
  }

  /** The schema, as it travels in element protos. */
  schema(): DataColumn[] {
    return this.columns.map((c) => ({ name: c.name, type: c.type, ...(c.timezone ? { timezone: c.timezone } : {}) }));
  }

  /** Index of the column named `name`, or -1. */
  columnIndex(name: string): number {
    return this.columns.findIndex((c) => c.name === name);
  }

  /** One row in wire form, with the columns at `picks` (all when omitted). */
  wireRow(row: number, picks?: readonly number[]): JsonValue[] {
    if (!picks) return this.columns.map((c) => c.wire(row));
    return picks.map((p) => this.columns[p]!.wire(row));
  }

  /**
   * Rows `start` (inclusive) to `end` (exclusive) in wire form; `order`
   * maps view positions to row numbers (a sort or a search), `picks` chooses
   * columns.
   */
  window(start: number, end: number, picks?: readonly number[], order?: ArrayLike<number>): JsonValue[][] {
    const rows: JsonValue[][] = [];
    for (let i = start; i < end; i++) rows.push(this.wireRow(order ? order[i]! : i, picks));
    return rows;
  }

  /** Every row as an object keyed by column name, in wire form. */
  records(picks?: readonly number[]): Record<string, JsonValue>[] {
    const names = (picks ?? this.columns.map((_, i) => i)).map((p) => this.columns[p]!.name);
    return this.window(0, this.rowCount, picks).map((row) => Object.fromEntries(names.map((n, i) => [n, row[i]!])));
  }

  /**
   * Row numbers in the order of column `column` sorted `direction`: stable
   * (ties keep their row order), nulls last either way. Computed once and kept.
   */
  sortIndex(column: number, direction: SortDirection): Uint32Array {
    const key = `${column}:${direction}`;
    let index = this.sorts.get(key);
    if (!index) {
      const target = this.columns[column];
      if (!target) throw new RangeError(`No column ${column}`);
      index = sortPermutation(target.sortKeys(), direction);
      this.sorts.set(key, index);
    }
    return index;
  }

  /** True when `other` holds the same columns and cells. */
  equals(other: DataTable): boolean {
    if (other === this) return true;
    if (other.rowCount !== this.rowCount || other.columns.length !== this.columns.length) return false;
    return this.columns.every((c, i) => sameColumn(c, other.columns[i]!));
  }

  /** A cheap fingerprint (schema, row count, a sample of rows) to find candidates for {@link equals}. */
  fingerprint(): string {
    if (this.memo.fingerprint !== undefined) return this.memo.fingerprint;
    const n = this.rowCount;
    const sample = [0, 1, 2, n >> 2, n >> 1, n - (n >> 2), n - 3, n - 2, n - 1].filter((r) => r >= 0 && r < n);
    this.memo.fingerprint = JSON.stringify([this.schema(), n, sample.map((r) => this.wireRow(r))]);
    return this.memo.fingerprint;
  }
}
