import { invalidArgument } from '../errors.js';
import { display } from '../protocol/elementSpec.js';
import type { ChartSelectionParam, DataColumn, ElementProtoOf, JsonObject, JsonValue } from '../protocol/elements.js';
import { toJsonValue } from './jsonValue.js';
import type { ChartSelectOptions } from '../widgets/chartSelection.js';
import type { BuiltInChartSelectOptions } from '../widgets/builtInChartSelection.js';
import { makeProto } from './proto.js';
import { toTabular, type Tabular } from './tabular.js';
import type { WidthOption } from '../dg/layoutOptions.js';

/**
 * Options of the built-in charts `st.lineChart`, `st.areaChart`,
 * `st.barChart` and `st.scatterChart`, as Streamlit's `st.line_chart` & co.
 * The data (an array of row objects, an object of column arrays, or an array
 * of arrays) becomes a Vega-Lite spec with the rows inline; several y
 * columns are melted into one `series` field, as Streamlit does. A chart
 * command throws LitUiError `InvalidArgument` when `x`, `y` or a `color`
 * column names a column the data lacks (the message lists the columns).
 *
 * @example
 * st.lineChart(rows, { x: 'year', y: ['a', 'b'], yLabel: 'Sales (k$)', height: 300 });
 * st.lineChart(rows, { x: 'year', y: 'sales', color: 'region' }); // one line per region
 */
export interface ChartOptions extends BuiltInChartSelectOptions, WidthOption {
  /** Column for the x axis. Default: the row index (`(index)`, 0-based). */
  readonly x?: string;
  /** Column(s) for the y axis. Default: every numeric column except `x` and a `color` column. */
  readonly y?: string | readonly string[];
  /**
   * Series colors: the name of a column whose values split the rows into
   * colored series, or one CSS color (`'#ff0000'`) per y column, in order.
   * Default: the theme's palette, one color per y column.
   */
  readonly color?: string | readonly string[];
  /** Title of the x axis. Default: the `x` column's name (none for the index). */
  readonly xLabel?: string;
  /** Title of the y axis. Default: the y column's name, or none for several. */
  readonly yLabel?: string;
  /** Chart height in px. Default 400. */
  readonly height?: number;
  /** Stretch to the container's width. Default true; `false` keeps Vega-Lite's default width. */
  readonly useContainerWidth?: boolean;
  /** Names of the columns of an array of arrays. */
  readonly columns?: readonly string[];
}

/** Options of `st.vegaLiteChart`, as Streamlit's `st.vega_lite_chart`; `onSelect` makes it a widget. */
export interface VegaLiteChartOptions extends ChartSelectOptions, WidthOption {
  /** Stretch to the container's width. Default true. */
  readonly useContainerWidth?: boolean;
  /** Chart height in px. Default: the spec's own, else Vega-Lite's. */
  readonly height?: number;
}

/** Options of `st.barChart`: {@link ChartOptions} plus orientation and stacking, as Streamlit's `st.bar_chart`. */
export interface BarChartOptions extends ChartOptions {
  /** Bars grow to the right: `x` is then drawn on the vertical axis. Default false. */
  readonly horizontal?: boolean;
  /** `true` (stacked), `false` (side by side), `'normalize'` (to 100 %), `'center'` or `'layered'` (overlapping). Default true. */
  readonly stack?: boolean | 'normalize' | 'center' | 'layered';
}

/** Options of `st.scatterChart`: {@link ChartOptions} plus point sizes, as Streamlit's `st.scatter_chart`. */
export interface ScatterChartOptions extends ChartOptions {
  /** Point size: one area in px² for every point, or the name of a column of sizes. Default: Vega-Lite's (30 px²). */
  readonly size?: number | string;
}

/**
 * A built-in chart in the element map: a Vega-Lite spec with the data inline;
 * its AppTest value is the spec. A widget (with `id` and `value`) when it
 * reports selections (`onSelect`).
 */
const chart = () =>
  display<
    {
      /** The Vega-Lite spec, with the data inline (`data.values`). */
      spec: JsonObject;
      /** Chart height in px; absent: the spec's or Vega-Lite's default. */
      height?: number;
      /** Stretch the chart to its container's width. */
      useContainerWidth: boolean;
      /** Set when the chart selects (`onSelect`): it is then a widget with this id. */
      id?: string;
      /** The user's `key` (with `onSelect`): the selection's name in `st.sessionState`. */
      key?: string;
      /** Widget label (with `onSelect`): always `''`, a chart has none. */
      label?: string;
      /** The selection (with `onSelect`), by parameter name, as Streamlit's `VegaLiteState.selection`. */
      value?: JsonObject;
      /** The selection parameters the chart reports (with `onSelect`). */
      selectionParams?: ChartSelectionParam[];
      /** Set when the selecting chart is inside a form: the form's id. */
      formId?: string;
      /** Set when the selecting chart is inside a fragment: the fragment's id. */
      fragmentId?: string;
    },
    JsonObject
  >((proto) => proto.spec);

/** Charts in the element map. */
export const chartElements = {
  /** `st.lineChart`, as Streamlit's `st.line_chart`. */
  lineChart: chart(),
  /** `st.barChart`, as Streamlit's `st.bar_chart`. */
  barChart: chart(),
  /** `st.areaChart`, as Streamlit's `st.area_chart`. */
  areaChart: chart(),
  /** `st.scatterChart`, as Streamlit's `st.scatter_chart`. */
  scatterChart: chart(),
  /**
   * `st.vegaLiteChart`: a Vega-Lite spec given by the app, as Streamlit's
   * `st.vega_lite_chart`; a widget (with `id` and `value`) when it reports selections.
   */
  vegaLiteChart: display<
    {
      /** The Vega-Lite spec, with the data inline (`data.values`). */
      spec: JsonObject;
      /** Chart height in px; absent: the spec's or Vega-Lite's default. */
      height?: number;
      /** Stretch the chart to its container's width. */
      useContainerWidth: boolean;
      /** Set when the chart selects (`onSelect`): it is then a widget with this id. */
      id?: string;
      /** The user's `key` (with `onSelect`): the selection's name in `st.sessionState`. */
      key?: string;
      /** Widget label (with `onSelect`): always `''`, a chart has none. */
      label?: string;
      /** The selection (with `onSelect`), by parameter name, as Streamlit's `VegaLiteState.selection`. */
      value?: JsonObject;
      /** The selection parameters the chart reports (with `onSelect`). */
      selectionParams?: ChartSelectionParam[];
      /** Set when the selecting chart is inside a form: the form's id. */
      formId?: string;
      /** Set when the selecting chart is inside a fragment: the fragment's id. */
      fragmentId?: string;
    },
    JsonObject
  >((proto) => proto.spec),
};

type ChartType = 'lineChart' | 'barChart' | 'areaChart' | 'scatterChart';
const MARKS: Record<ChartType, string> = { lineChart: 'line', barChart: 'bar', areaChart: 'area', scatterChart: 'circle' };
const SCHEMA = 'https://vega.github.io/schema/vega-lite/v6.json';
const INDEX = '(index)';

/**
 * Proto of a built-in chart: a Vega-Lite spec with the data inline, in long
 * form when there are several series (as Streamlit melts wide data).
 *
 * @throws LitUiError `InvalidArgument` when `x`, `y` or `color` name a missing column.
 */
export function chartProto(
  type: ChartType,
  data: unknown,
  options: ChartOptions & Partial<BarChartOptions & ScatterChartOptions> = {},
): ElementProtoOf<ChartType> {
  const table = toTabular(data, type, options.columns);
  const column = (name: string) => {
    const index = table.columns.findIndex((c) => c.name === name);
    if (index < 0) throw invalidArgument(`st.${type}: no column named '${name}' (columns: ${table.columns.map((c) => c.name).join(', ')}).`);
    return index;
  };
  const xIndex = options.x === undefined ? -1 : column(options.x);
  const colorColumn = typeof options.color === 'string' && table.columns.some((c) => c.name === options.color) ? options.color : undefined;
  const ys = options.y === undefined ? defaultY(table, options.x, colorColumn) : typeof options.y === 'string' ? [options.y] : [...options.y];
  const xName = options.x ?? INDEX;
  const xType = options.x === undefined ? 'quantitative' : fieldType(table, xIndex, type === 'barChart');
  const yIndices = ys.map(column);
  const colorIndex = colorColumn === undefined ? -1 : column(colorColumn);
  const sizeIndex = typeof options.size === 'string' ? column(options.size) : -1;
  const values: JsonValue[] = [];
  table.rows.forEach((row, r) => {
    const x = xIndex < 0 ? r : (row[xIndex] ?? null);
    ys.forEach((y, i) => {
      const point: Record<string, JsonValue> = { [xName]: x, [ys.length > 1 ? 'value' : y]: row[yIndices[i]!] ?? null };
      if (ys.length > 1) point['series'] = y;
      if (colorColumn !== undefined) point[colorColumn] = row[colorIndex] ?? null;
      if (typeof options.size === 'string') point[options.size] = row[sizeIndex] ?? null;
      values.push(point);
    });
  });
  const yField = ys.length > 1 ? 'value' : (ys[0] ?? 'value');
  const seriesField = ys.length > 1 ? 'series' : colorColumn;
  const encoding: JsonObject = {
    x: { field: xName, type: xType, title: options.xLabel ?? (options.x === undefined ? null : xName) },
    y: { field: yField, type: 'quantitative', title: options.yLabel ?? (ys.length > 1 ? null : yField) },
  };
  if (seriesField) {
    const colors = Array.isArray(options.color) ? (options.color as string[]) : undefined;
    encoding['color'] = { field: seriesField, type: 'nominal', title: null, ...(colors ? { scale: { range: colors } } : {}) };
  } else if (typeof options.color === 'string') {
    encoding['color'] = { value: options.color };
  }
  if (type === 'barChart') applyBarOptions(encoding, options);
  if (type === 'scatterChart' && options.size !== undefined) {
    encoding['size'] = typeof options.size === 'number' ? { value: options.size } : { field: options.size, type: 'quantitative' };
  }
  const spec: JsonObject = {
    $schema: SCHEMA,
    data: { values },
    mark: { type: MARKS[type], tooltip: true, ...(type === 'lineChart' ? { interpolate: 'linear' } : {}) },
    encoding,
    height: options.height ?? 400,
  };
  return makeProto(type, { spec, height: options.height, useContainerWidth: options.useContainerWidth ?? true });
}

/** Proto of `st.vegaLiteChart`: the app's own Vega-Lite spec, with `data` put inline when given. */
export function vegaLiteProto(
  data: unknown,
  spec: Readonly<Record<string, unknown>>,
  useContainerWidth = true,
  height?: number,
): ElementProtoOf<'vegaLiteChart'> {
  const full = toJsonValue(spec) as JsonObject;
  if (data !== undefined && data !== null) {
    const table = toTabular(data, 'vegaLiteChart');
    full['data'] = { values: table.rows.map((row) => Object.fromEntries(table.columns.map((c, i) => [c.name, row[i] ?? null]))) };
  }
  full['$schema'] ??= SCHEMA;
  if (height !== undefined && (!Number.isFinite(height) || height <= 0))
    throw invalidArgument(`st.vegaLiteChart: height must be a positive number of px (got ${height}).`);
  return makeProto('vegaLiteChart', { spec: full, useContainerWidth, height });
}

function defaultY(table: Tabular, x: string | undefined, color: string | undefined): string[] {
  const numeric = table.columns.filter((c) => c.type === 'number' && c.name !== x && c.name !== color).map((c) => c.name);
  if (numeric.length === 0) throw invalidArgument('The chart has no numeric column to plot: pass `y`.');
  return numeric;
}

function fieldType(table: Tabular, index: number, categorical: boolean): string {
  const column = table.columns[index] as DataColumn;
  if (column.type === 'date' || (column.type === 'string' && table.rows.every((row) => isIsoDate(row[index])))) return 'temporal';
  if (column.type === 'number') return categorical ? 'ordinal' : 'quantitative';
  return categorical ? 'nominal' : 'ordinal';
}

function isIsoDate(value: JsonValue | undefined): boolean {
  return value === null || value === undefined || (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-][\d:]+)?)?$/.test(value));
}

function applyBarOptions(encoding: JsonObject, options: Partial<BarChartOptions>): void {
  const y = encoding['y'] as JsonObject;
  const stack = options.stack ?? true;
  y['stack'] = stack === true ? 'zero' : stack === false ? null : stack === 'layered' ? null : stack;
  if (stack === false && encoding['color']) encoding['xOffset'] = { field: (encoding['color'] as JsonObject)['field'] ?? null };
  if (options.horizontal) {
    const x = encoding['x'];
    encoding['x'] = y;
    encoding['y'] = x ?? null;
    if (encoding['xOffset']) {
      encoding['yOffset'] = encoding['xOffset'];
      delete encoding['xOffset'];
    }
  }
}
