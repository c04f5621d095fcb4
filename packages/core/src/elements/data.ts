import type { ColumnConfig } from '../data/columnConfig.js';
import type { DataEntry } from '../data/dataRegistry.js';
import type { DataTable } from '../data/dataTable.js';
import { invalidArgument } from '../errors.js';
import { display } from '../protocol/elementSpec.js';
import type { ColumnConfigWire, DataColumn, DataframeSelection, ElementProtoOf, JsonValue, SelectionMode } from '../protocol/elements.js';
import { makeProto } from './proto.js';

/** Rows as objects keyed by column name: the AppTest value of tables (the first window of a dataframe). */
function rowObjects(proto: { columns: DataColumn[]; rows: JsonValue[][] }): Record<string, JsonValue>[] {
  return proto.rows.map((row) => Object.fromEntries(proto.columns.map((c, i) => [c.name, row[i] as JsonValue])));
}

/** Proto fields of a server-paged table (`st.dataframe`, `st.dataEditor`): its data id, schema, row count and first window. */
export interface DataframeFields {
  /** Id of the session's copy of the data, for `dataRequest`s; it changes when the data does. */
  dataId: string;
  /** The shown columns, in display order. */
  columns: DataColumn[];
  /** First window of rows, row-major, in `columns` order; the rest travels in `dataWindow`s. */
  rows: JsonValue[][];
  /** Total number of rows in the data. */
  rowCount: number;
  /** Height in px, when given. */
  height?: number;
  /** Width in px, or `'content'` (the columns' width); default: the container's width. */
  width?: number | 'content';
  /** Row height in px, when given (default 35). */
  rowHeight?: number;
  /** Hide the row index column. */
  hideIndex?: boolean;
  /** How shown columns display, by column name. */
  columnConfig?: Record<string, ColumnConfigWire>;
}

/** Tables in the element map; their AppTest value is the rows, as objects. */
export const dataElements = {
  /** `st.dataframe`: an interactive, virtualized table of the first rows (the window). */
  dataframe: display<
    DataframeFields & {
      /** Set when the dataframe selects (`onSelect`): it is then a widget with this id. */
      id?: string;
      /** The user's `key` (with `onSelect`): the selection's name in `st.sessionState`. */
      key?: string;
      /** Widget label (with `onSelect`): always `''`, a dataframe has none. */
      label?: string;
      /** The selection (with `onSelect`). */
      value?: DataframeSelection;
      /** What users may select (with `onSelect`), as Streamlit's st.dataframe `selection_mode`. */
      selectionMode?: SelectionMode[];
      /** Set when the selecting dataframe is inside a form: the form's id. */
      formId?: string;
      /** Set when the selecting dataframe is inside a fragment: the fragment's id. */
      fragmentId?: string;
    },
    Record<string, JsonValue>[]
  >(rowObjects),
  /** `st.table`: a static table of every row. */
  table: display<
    {
      /** The columns, in order, with their inferred types. */
      columns: DataColumn[];
      /** Every row, row-major, in `columns` order. */
      rows: JsonValue[][];
      /** Number of rows (`rows.length`). */
      rowCount: number;
    },
    Record<string, JsonValue>[]
  >(rowObjects),
};

/** Most rows in the first window, which travels inside the element. */
export const FIRST_WINDOW_ROWS = 100;
/** Most bytes (JSON text) of the first window: the rest comes through `dataRequest`s as the table scrolls. */
export const FIRST_WINDOW_BYTES = 24 * 1024;
/** Most rows `st.table` shows (it is static, as Streamlit's); a note says how many more there are. */
export const TABLE_MAX_ROWS = 10_000;

/**
 * Options of `st.dataframe`, as Streamlit's `st.dataframe`. The element
 * carries the column schema, the row count and the first window of rows
 * (at most 100 rows, about 24 KB); the browser asks for the rest as it scrolls.
 *
 * @example
 * st.dataframe(cars, { height: 320, hideIndex: true, columnOrder: ['Name', 'Horsepower'] });
 */
export interface DataframeOptions {
  /** Height of the table in px. Default: tall enough for about 10 rows, then it scrolls. */
  readonly height?: number;
  /** Width in px, `'stretch'` (the container's width) or `'content'` (its columns'). Default `'stretch'`. */
  readonly width?: number | 'stretch' | 'content';
  /** Stretch to the container's width (Streamlit's older `use_container_width`); `width` wins when both are set. */
  readonly useContainerWidth?: boolean;
  /** Hide the row index column. */
  readonly hideIndex?: boolean;
  /** Columns to show, in this order; names not in the data are ignored. Default: every column, in data order. */
  readonly columnOrder?: readonly string[];
  /** Height of each row in px. Default 35. */
  readonly rowHeight?: number;
  /** Names of the columns of an array of arrays. */
  readonly columns?: readonly string[];
  /**
   * How columns show, by column name: an `st.columnConfig.*` result, a
   * label, or `null` to hide the column (as Streamlit's `column_config`).
   */
  readonly columnConfig?: Readonly<Record<string, ColumnConfig>>;
}

/** The indices of the columns `order` names, in that order (all columns when undefined). @throws LitUiError `InvalidArgument` for unknown names. */
export function pickColumns(table: DataTable, order: readonly string[] | undefined, command: string): number[] {
  if (!order) return table.columns.map((_, i) => i);
  return order.map((name) => {
    const index = table.columnIndex(name);
    if (index < 0) {
      throw invalidArgument(
        `st.${command}: columnOrder names '${name}', which is not a column (columns: ${table.columns.map((c) => c.name).join(', ')}).`,
      );
    }
    return index;
  });
}

/** The first rows of an entry, up to {@link FIRST_WINDOW_ROWS} rows and about {@link FIRST_WINDOW_BYTES} of JSON. */
export function firstWindow(entry: DataEntry): JsonValue[][] {
  const rows: JsonValue[][] = [];
  let bytes = 0;
  const limit = Math.min(entry.table.rowCount, FIRST_WINDOW_ROWS);
  for (let r = 0; r < limit; r++) {
    const row = entry.table.wireRow(r, entry.picks);
    bytes += JSON.stringify(row).length + 1;
    if (bytes > FIRST_WINDOW_BYTES && rows.length > 0) break;
    rows.push(row);
  }
  return rows;
}

function positive(value: number | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  if (!Number.isFinite(value) || value <= 0) throw invalidArgument(`st.dataframe: ${name} must be a positive number of px (got ${value}).`);
  return value;
}

/**
 * Proto of `st.dataframe`: the data id of the session's entry, the schema
 * of the shown columns, the row count and the first window of rows.
 */
export function dataframeProto(
  entry: DataEntry,
  options: DataframeOptions = {},
  columnConfig?: Record<string, ColumnConfigWire>,
): ElementProtoOf<'dataframe'> {
  const schema = entry.table.schema();
  const width = options.width ?? (options.useContainerWidth === false ? 'content' : undefined);
  return makeProto('dataframe', {
    dataId: entry.dataId,
    columns: entry.picks.map((p) => schema[p]!),
    rows: firstWindow(entry),
    rowCount: entry.table.rowCount,
    height: positive(options.height, 'height'),
    width: typeof width === 'number' ? positive(width, 'width') : width === 'content' ? 'content' : undefined,
    rowHeight: positive(options.rowHeight, 'rowHeight'),
    hideIndex: options.hideIndex || undefined,
    columnConfig,
  });
}

/** Proto of `st.table`: a static table of every row (up to {@link TABLE_MAX_ROWS}). */
export function tableProto(table: DataTable): ElementProtoOf<'table'> {
  const shown = Math.min(table.rowCount, TABLE_MAX_ROWS);
  return makeProto('table', { columns: table.schema(), rows: table.window(0, shown), rowCount: table.rowCount });
}
