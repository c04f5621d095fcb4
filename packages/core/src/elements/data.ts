import { display } from '../protocol/elementSpec.js';
import type { DataColumn, ElementProtoOf, JsonValue } from '../protocol/elements.js';
import { makeProto } from './proto.js';
import { toTabular } from './tabular.js';

/** Rows as objects keyed by column name: the AppTest value of tables. */
function rowObjects(proto: { columns: DataColumn[]; rows: JsonValue[][] }): Record<string, JsonValue>[] {
  return proto.rows.map((row) => Object.fromEntries(proto.columns.map((c, i) => [c.name, row[i] as JsonValue])));
}

/** Tables in the element map; their AppTest value is the rows, as objects. */
export const dataElements = {
  dataframe: display<
    {
      columns: DataColumn[];
      /** First window of rows, row-major, in `columns` order. */
      rows: JsonValue[][];
      /** Total number of rows in the data. */
      rowCount: number;
      /** Height in px, when given. */
      height?: number;
      hideIndex?: boolean;
    },
    Record<string, JsonValue>[]
  >(rowObjects),
  table: display<{ columns: DataColumn[]; rows: JsonValue[][]; rowCount: number }, Record<string, JsonValue>[]>(rowObjects),
};

/** How many rows a dataframe element carries; the rest stays on the server. */
export const DATAFRAME_WINDOW_ROWS = 1000;

/** Options of `st.dataframe`, as Streamlit's `st.dataframe`. */
export interface DataframeOptions {
  /** Height of the table in px. Default: up to about 10 rows, then scroll. */
  readonly height?: number;
  /** Hide the row index column. */
  readonly hideIndex?: boolean;
  /** Columns to show, in this order. Default: all, in data order. */
  readonly columnOrder?: readonly string[];
}

/** Proto of `st.dataframe`: schema, row count and the first window of rows. */
export function dataframeProto(data: unknown, options: DataframeOptions = {}): ElementProtoOf<'dataframe'> {
  const table = toTabular(data, 'dataframe');
  const order = options.columnOrder;
  const picked = order ? order.map((name) => table.columns.findIndex((c) => c.name === name)).filter((i) => i >= 0) : undefined;
  const columns = picked ? picked.map((i) => table.columns[i]!) : table.columns;
  const window = table.rows.slice(0, DATAFRAME_WINDOW_ROWS);
  const rows = picked ? window.map((row) => picked.map((i) => row[i] ?? null)) : window;
  return makeProto('dataframe', {
    columns,
    rows,
    rowCount: table.rows.length,
    height: options.height,
    hideIndex: options.hideIndex || undefined,
  });
}

/** Proto of `st.table`: a static table of every row. */
export function tableProto(data: unknown): ElementProtoOf<'table'> {
  const table = toTabular(data, 'table');
  return makeProto('table', { columns: table.columns, rows: table.rows, rowCount: table.rows.length });
}
