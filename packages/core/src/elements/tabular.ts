import { toDataTable } from '../data/toDataTable.js';
import type { DataColumn, JsonValue } from '../protocol/elements.js';

/**
 * Data that `st.dataframe`, `st.table`, `st.dataEditor` and the charts
 * accept: an array of row objects (`[{ a: 1, b: 'x' }, ...]`), an object of
 * columns (`{ a: [1, 2], b: ['x', 'y'] }`), an array of arrays (columns
 * named by the `columns` option), an array of plain values (one column
 * named `value`), an Apache Arrow `Table` (`apache-arrow`), or Arrow IPC
 * bytes (`Uint8Array`/`ArrayBuffer`).
 */
export type TableData =
  | readonly Readonly<Record<string, unknown>>[]
  | Readonly<Record<string, ArrayLike<unknown>>>
  | readonly (readonly unknown[])[]
  | readonly unknown[]
  | ArrowTableData
  | Uint8Array
  | ArrayBuffer;

/** An Apache Arrow `Table` (typed by shape, so any `apache-arrow` version fits). */
export interface ArrowTableData {
  /** Rows in the table. */
  readonly numRows: number;
  /** The table's schema: its fields (columns) by name, in order. */
  readonly schema: {
    /** The fields (columns), in order. */
    readonly fields: readonly {
      /** The column's name. */
      readonly name: string;
    }[];
  };
  /** The column (an Arrow `Vector`) at `index`, in schema order. */
  getChildAt(index: number): unknown;
}

/** Data normalised to named, typed columns and row-major cells in wire form. */
export interface Tabular {
  readonly columns: DataColumn[];
  readonly rows: JsonValue[][];
}

/**
 * Every row of table data in wire form (for charts, which embed their data).
 *
 * @throws LitUiError `InvalidArgument` for data of another shape.
 */
export function toTabular(data: unknown, command: string, columns?: readonly string[]): Tabular {
  const table = toDataTable(data, command, columns ? { columns } : {});
  return { columns: table.schema(), rows: table.window(0, table.rowCount) };
}
