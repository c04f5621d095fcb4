/**
 * The wire shapes of tabular data: a dataframe's columns and their
 * `columnConfig`, selections, and the data editor's editing state.
 */
import type { JsonValue } from './elements.js';

/**
 * Column description of a dataframe or table. Cells travel in wire form:
 * `number` as JSON numbers, `bigint` as decimal strings (exact), `date` as
 * ISO 8601 strings (`'2024-01-05'` for calendar days; date-times carry `Z`,
 * the zone's offset when `timezone` is set, or nothing when naive), `time`
 * as `'HH:MM:SS[.fff]'`, `list` as arrays, `object` as JSON objects; `null`
 * is a missing value in any column.
 */
export interface DataColumn {
  /** The column's name (its header, and its key in row objects). */
  readonly name: string;
  /** The type of its cells, which fixes their wire form (above). */
  readonly type: 'number' | 'bigint' | 'string' | 'boolean' | 'date' | 'time' | 'list' | 'object';
  /** IANA time zone of a zoned timestamp column (Arrow `Timestamp` with a zone), e.g. `'America/New_York'`. */
  readonly timezone?: string;
}

/**
 * How a dataframe shows (and `st.dataEditor` edits) one column, as
 * Streamlit's `st.column_config.*`: the `kind` and the options of that kind.
 */
export interface ColumnConfigWire {
  /** The column type: which `st.columnConfig.*` made it (`'number'` for `NumberColumn`, ...). */
  readonly kind:
    | 'column'
    | 'text'
    | 'number'
    | 'checkbox'
    | 'selectbox'
    | 'datetime'
    | 'date'
    | 'time'
    | 'list'
    | 'link'
    | 'image'
    | 'lineChart'
    | 'areaChart'
    | 'barChart'
    | 'progress'
    | 'json';
  /** Header text, instead of the column's name. */
  readonly label?: string;
  /** `'small'` (75 px), `'medium'` (200 px), `'large'` (400 px) or px. */
  readonly width?: 'small' | 'medium' | 'large' | number;
  /** Tooltip of the header (markdown). */
  readonly help?: string;
  /** Cells of this column cannot be edited (`st.dataEditor`). */
  readonly disabled?: boolean;
  /** Added and edited cells must have a value (`st.dataEditor`). */
  readonly required?: boolean;
  /** Value of this column in rows added in `st.dataEditor`, in wire form. */
  readonly default?: JsonValue;
  /** The column stays at the left while the table scrolls sideways. */
  readonly pinned?: boolean;
  /** printf-style or named number format; a date format (`'YYYY-MM-DD'`, `'localized'`, `'distance'`, `'iso8601'`). */
  readonly format?: string;
  /** Smallest value: a number, or an ISO date/time for date and time columns (also the 0 of a progress bar). */
  readonly minValue?: number | string;
  /** Largest value, as `minValue` (also the 100% of a progress bar). */
  readonly maxValue?: number | string;
  /** Step of number edits; seconds for time and date-time columns. */
  readonly step?: number;
  /** The values a selectbox column offers, in wire form. */
  readonly options?: JsonValue[];
  /** Longest text an edit may have, in characters. */
  readonly maxChars?: number;
  /** A regular expression text edits must match. */
  readonly validate?: string;
  /** Text a link column shows instead of the URL; a regular expression with a group takes the text from the URL. */
  readonly displayText?: string;
  /** IANA time zone a date-time column shows its values in. */
  readonly timezone?: string;
  /** Bottom of the y axis of a chart column. Default: the smallest value of the row. */
  readonly yMin?: number;
  /** Top of the y axis of a chart column. Default: the largest value of the row. */
  readonly yMax?: number;
}

/** What users can select in a dataframe, as Streamlit's `selection_mode`. */
export type SelectionMode = 'single-row' | 'multi-row' | 'single-column' | 'multi-column' | 'single-cell' | 'multi-cell';

/** A dataframe's selection on the wire: rows by position in the data, columns by name, cells as `[row, column]`. */
export interface DataframeSelection {
  /** Selected rows, by their position in the data (not in the sorted view). */
  rows: number[];
  /** Selected columns, by name. */
  columns: string[];
  /** Selected cells, as `[row position, column name]`. */
  cells: [number, string][];
}

/**
 * The edits of an `st.dataEditor`, as Streamlit's editing state: changed
 * cells by row position in the data (`{ "3": { "price": 9.5 } }`), rows
 * added at the end, and positions of deleted rows. Values in wire form.
 */
export interface EditingState {
  /** Changed cells: row position in the data → column name → new value. */
  editedRows: Record<string, Record<string, JsonValue>>;
  /** Rows added at the end, as column name → value (missing columns are empty). */
  addedRows: Record<string, JsonValue>[];
  /** Positions in the data of the deleted rows. */
  deletedRows: number[];
}
