import { invalidArgument } from '../errors.js';
import { numberFormatProblem } from '../protocol/numberFormat.js';
import type { ColumnConfigWire } from '../protocol/elements.js';
import { toJsonValue } from '../elements/jsonValue.js';

/** Options every column type takes, as Streamlit's `st.column_config.Column`. */
export interface ColumnOptions {
  /** Header text. Default: the column's name. */
  readonly label?: string;
  /** `'small'` (75 px), `'medium'` (200 px), `'large'` (400 px) or px. Default: from the content. */
  readonly width?: 'small' | 'medium' | 'large' | number;
  /** Tooltip of the header. */
  readonly help?: string;
  /** Cells cannot be edited (`st.dataEditor`). */
  readonly disabled?: boolean;
  /** A new or edited cell must have a value (`st.dataEditor`). */
  readonly required?: boolean;
  /** Value of this column in rows added in `st.dataEditor`. */
  readonly default?: unknown;
  /** Keep the column at the left while the table scrolls sideways. */
  readonly pinned?: boolean;
}

/** A column's configuration: what `st.columnConfig.*` return, or a label, or `null` to hide the column. */
export type ColumnConfig = ColumnConfigWire | string | null;

/**
 * One `st.columnConfig.*` builder: the header label (`null` or omitted: the
 * column's name) and the options of its kind; returns the column's
 * configuration for `columnConfig`.
 */
export type ColumnConfigBuilder<K extends ColumnConfigWire['kind'], O> = (
  label?: string | null,
  options?: ColumnOptions & O,
) => ColumnConfigWire & {
  /** The column type, as the `type` of Streamlit's column config (`'number'`, `'progress'`, ...). */
  kind: K;
};

function make<K extends ColumnConfigWire['kind'], O>(kind: K, check?: (options: ColumnOptions & O) => void): ColumnConfigBuilder<K, O> {
  return (label, options = {} as ColumnOptions & O) => {
    check?.(options);
    const out: Record<string, unknown> = { kind };
    const all = { ...options, ...(label != null ? { label } : {}) } as Record<string, unknown>;
    for (const [key, value] of Object.entries(all)) {
      if (value === undefined) continue;
      out[key] = key === 'default' || key === 'options' ? toJsonValue(value) : value;
    }
    return out as unknown as ColumnConfigWire & { kind: K };
  };
}

function range(name: string) {
  return (o: { minValue?: number; maxValue?: number; step?: number; format?: string }) => {
    const problem = o.format === undefined ? undefined : numberFormatProblem(o.format);
    if (problem !== undefined) throw invalidArgument(`st.columnConfig.${name}: ${problem}`);
    if (o.minValue !== undefined && o.maxValue !== undefined && o.minValue > o.maxValue) {
      throw invalidArgument(`st.columnConfig.${name}: minValue (${o.minValue}) is above maxValue (${o.maxValue}).`);
    }
    if (o.step !== undefined && !(o.step > 0)) throw invalidArgument(`st.columnConfig.${name}: step must be positive (got ${o.step}).`);
  };
}

/** Number options: bounds and a printf-style or named `format` (`'%.2f'`, `'%d ⭐'`, `'percent'`, `'dollar'`, `'compact'`, ...). */
export interface NumberColumnOptions {
  /** Smallest value an edit may have. */
  readonly minValue?: number;
  /** Largest value an edit may have. */
  readonly maxValue?: number;
  /** Step of edits (an integer step keeps integers). */
  readonly step?: number;
  /** printf-style (`'%.2f'`, `'%d ⭐'`) or named (`'percent'`, `'dollar'`, `'compact'`, ...) display format. */
  readonly format?: string;
}

/** Date/time options: ISO bounds, a step, a format (`'YYYY-MM-DD HH:mm'`, `'localized'`, `'distance'`, `'iso8601'`). */
export interface DateColumnOptions {
  /** Earliest value an edit may have, ISO 8601. */
  readonly minValue?: string;
  /** Latest value an edit may have, ISO 8601. */
  readonly maxValue?: string;
  /** Step of edits, in seconds. */
  readonly step?: number;
  /** Display format: a pattern (`'YYYY-MM-DD HH:mm'`) or `'localized'`, `'distance'`, `'iso8601'`. */
  readonly format?: string;
}

/**
 * `st.columnConfig`: column types for `st.dataframe` and `st.dataEditor`'s
 * `columnConfig`, as Streamlit's `st.column_config`. Each takes the header
 * label first and an options object (Streamlit's parameters camelCased).
 *
 * @example
 * st.dataframe(rows, { columnConfig: {
 *   price: st.columnConfig.NumberColumn('Price', { format: 'dollar' }),
 *   done: st.columnConfig.ProgressColumn('Done', { minValue: 0, maxValue: 1 }),
 *   id: null,                       // hidden
 *   name: 'Full name',              // just a label
 * } });
 */
export const columnConfig = {
  /** A column of any type with the common options. */
  Column: make<'column', object>('column'),
  /** Text; `maxChars` and `validate` (a regular expression) check edits. */
  TextColumn: make<
    'text',
    {
      /** Most characters an edited cell may have, as Streamlit's st.column_config.TextColumn `max_chars`. Default: no limit. */
      readonly maxChars?: number;
      /** Regular expression (source text) an edited cell must match, as Streamlit's st.column_config.TextColumn `validate`. */
      readonly validate?: string;
    }
  >('text'),
  /** Numbers; `format` printf-style or named; bounds and step check edits. */
  NumberColumn: make<'number', NumberColumnOptions>('number', range('NumberColumn')),
  /** Booleans as check boxes. */
  CheckboxColumn: make<'checkbox', object>('checkbox'),
  /** Values from `options` (edited with a select box). */
  SelectboxColumn: make<
    'selectbox',
    {
      /** The values a cell may take, as Streamlit's st.column_config.SelectboxColumn `options` (JSON-compatible values). */
      readonly options?: readonly unknown[];
    }
  >('selectbox', (o) => {
    if (o.options !== undefined && !Array.isArray(o.options)) throw invalidArgument('st.columnConfig.SelectboxColumn: options must be an array.');
  }),
  /** Date-times, shown with `format` in `timezone` (an IANA zone). */
  DatetimeColumn: make<
    'datetime',
    DateColumnOptions & {
      /** IANA time zone the values are shown in (`'Europe/Berlin'`), as Streamlit's st.column_config.DatetimeColumn `timezone`. Default: the value's own zone. */
      readonly timezone?: string;
    }
  >('datetime'),
  /** Calendar days. */
  DateColumn: make<'date', DateColumnOptions>('date'),
  /** Times of day. */
  TimeColumn: make<'time', DateColumnOptions>('time'),
  /** Lists, shown as chips. */
  ListColumn: make<'list', object>('list'),
  /** URLs as links; `displayText` is the link text, or a regular expression whose first group is taken from the URL. */
  LinkColumn: make<
    'link',
    {
      /** Most characters an edited URL may have, as Streamlit's st.column_config.LinkColumn `max_chars`. Default: no limit. */
      readonly maxChars?: number;
      /** Regular expression (source text) an edited URL must match, as Streamlit's st.column_config.LinkColumn `validate`. */
      readonly validate?: string;
      /**
       * Link text, as Streamlit's st.column_config.LinkColumn `display_text`: fixed text, or a regular expression whose first
       * capture group is taken from the URL. Default: the URL itself.
       */
      readonly displayText?: string;
    }
  >('link'),
  /** Image URLs (http, https or `data:image/...`) shown as images. */
  ImageColumn: make<'image', object>('image'),
  /** Arrays of numbers as a line sparkline between `yMin` and `yMax`. */
  LineChartColumn: make<
    'lineChart',
    {
      /** Bottom of the chart's y axis, as Streamlit's st.column_config.LineChartColumn `y_min`. Default: the smallest value of the cell. */
      readonly yMin?: number;
      /** Top of the chart's y axis, as Streamlit's st.column_config.LineChartColumn `y_max`. Default: the largest value of the cell. */
      readonly yMax?: number;
    }
  >('lineChart'),
  /** Arrays of numbers as an area sparkline. */
  AreaChartColumn: make<
    'areaChart',
    {
      /** Bottom of the chart's y axis, as Streamlit's st.column_config.AreaChartColumn `y_min`. Default: the smallest value of the cell. */
      readonly yMin?: number;
      /** Top of the chart's y axis, as Streamlit's st.column_config.AreaChartColumn `y_max`. Default: the largest value of the cell. */
      readonly yMax?: number;
    }
  >('areaChart'),
  /** Arrays of numbers as bars. */
  BarChartColumn: make<
    'barChart',
    {
      /** Bottom of the chart's y axis, as Streamlit's st.column_config.BarChartColumn `y_min`. Default: the smallest value of the cell. */
      readonly yMin?: number;
      /** Top of the chart's y axis, as Streamlit's st.column_config.BarChartColumn `y_max`. Default: the largest value of the cell. */
      readonly yMax?: number;
    }
  >('barChart'),
  /** Numbers as a progress bar from `minValue` (default 0) to `maxValue` (default 100), with `format`. */
  ProgressColumn: make<
    'progress',
    {
      /** Value of an empty bar, as Streamlit's st.column_config.ProgressColumn `min_value`. Default: 0. */
      readonly minValue?: number;
      /** Value of a full bar, as Streamlit's st.column_config.ProgressColumn `max_value`. Default: 100. */
      readonly maxValue?: number;
      /** printf-style (`'%.1f%%'`) or named (`'percent'`, ...) format of the number beside the bar, as Streamlit's st.column_config.ProgressColumn `format`. */
      readonly format?: string;
    }
  >('progress', range('ProgressColumn')),
  /** Any JSON-compatible value, shown as JSON. */
  JsonColumn: make<'json', object>('json'),
} as const;

/** A column configuration as the element carries it, or undefined when there is nothing to say. */
function toWire(config: ColumnConfig | undefined): ColumnConfigWire | undefined {
  if (config === undefined || config === null) return undefined;
  if (typeof config === 'string') return { kind: 'column', label: config };
  if (typeof config !== 'object' || typeof config.kind !== 'string') {
    throw invalidArgument('columnConfig values are st.columnConfig.* results, a label, or null (to hide the column).');
  }
  return config;
}

/**
 * Applies `columnConfig` to the picked columns: hidden (`null`) columns are
 * dropped, pinned ones move to the front (in their order), and the wire
 * configuration of each shown column is returned by column name.
 *
 * @throws LitUiError `InvalidArgument` for a value that is not a column configuration.
 */
export function applyColumnConfig(
  names: readonly string[],
  picks: readonly number[],
  config: Readonly<Record<string, ColumnConfig>> | undefined,
): { picks: number[]; wire: Record<string, ColumnConfigWire> | undefined } {
  if (!config) return { picks: [...picks], wire: undefined };
  const wire: Record<string, ColumnConfigWire> = {};
  const shown = picks.filter((p) => config[names[p]!] !== null);
  for (const p of shown) {
    const value = toWire(config[names[p]!]);
    if (value) wire[names[p]!] = value;
  }
  const pinned = shown.filter((p) => wire[names[p]!]?.pinned === true);
  const rest = shown.filter((p) => wire[names[p]!]?.pinned !== true);
  return { picks: [...pinned, ...rest], wire: Object.keys(wire).length > 0 ? wire : undefined };
}
