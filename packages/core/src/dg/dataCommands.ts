import type { LayoutOptions } from './layoutOptions.js';
import type { BarChartOptions, ChartOptions, ScatterChartOptions, VegaLiteChartOptions } from '../elements/charts.js';
import { columnConfig } from '../data/columnConfig.js';
import type { DataframeOptions } from '../elements/data.js';
import { dataEditor, dataframe, table } from '../elements/dataframeCommands.js';
import { vegaLiteChart } from '../elements/chartCommands.js';
import { builtInChart } from '../widgets/builtInChartSelection.js';
import { mapProto, type MapOptions } from '../elements/map.js';
import { plotlyChart, type PlotlyChartOptions, type PlotlyFigure } from '../elements/plotly.js';
import { graphvizProto, type GraphvizChartOptions } from '../elements/graphviz.js';
import type { PlotlyState } from '../widgets/plotlySelection.js';
import type { TableData } from '../elements/tabular.js';
import type { DataEditorOptions } from '../widgets/dataEditor.js';
import type { DataframeSelectOptions, DataframeState } from '../widgets/dataframeSelection.js';
import type { VegaLiteState } from '../widgets/chartSelection.js';
import { StatusCommands } from './statusCommands.js';
import { coreOf } from './deltaGeneratorBase.js';

/**
 * Streamlit's data and chart commands (`st.dataframe`, `st.dataEditor`, `st.table`, the charts, `st.map`): part of
 * {@link DeltaGenerator}, which is what apps use (this class is never made on its own).
 */
export abstract class DataCommands extends StatusCommands {
  /**
   * Column types for `columnConfig`, as Streamlit's `st.column_config`:
   * `Column`, `TextColumn`, `NumberColumn`, `CheckboxColumn`,
   * `SelectboxColumn`, `DatetimeColumn`, `DateColumn`, `TimeColumn`,
   * `ListColumn`, `LinkColumn`, `ImageColumn`, `LineChartColumn`,
   * `AreaChartColumn`, `BarChartColumn`, `ProgressColumn`, `JsonColumn`.
   * @example st.columnConfig.NumberColumn('Price', { format: 'dollar', minValue: 0 })
   */
  get columnConfig(): typeof columnConfig {
    return columnConfig;
  }

  /**
   * An interactive table of any size, as Streamlit's `st.dataframe`: sticky
   * header, rows virtualized and fetched from the server as the user
   * scrolls, sort on a header click (on the server, for any row count),
   * column resize, search and CSV download. The element carries the schema,
   * the row count and the first window (up to 100 rows, about 24 KB); the
   * session holds the data by reference for further windows until the
   * element leaves the page.
   *
   * With `onSelect` (`'rerun'` or a callback) it is a widget, as Streamlit's
   * `on_select`: users select rows, columns or cells (`selectionMode`), and
   * it returns `{ selection: { rows, columns, cells } }` (rows by their
   * position in the data).
   *
   * @throws LitUiError `InvalidArgument` for data of another shape, an
   * unknown `columnOrder` name, a bad `columnConfig` or `selectionMode`, or
   * a non-positive `height`/`width`/`rowHeight`.
   * @example
   * st.dataframe(cars, { height: 300, hideIndex: true, columnOrder: ['Name', 'Horsepower'] });
   * const { selection } = st.dataframe(cars, { onSelect: 'rerun', selectionMode: 'multi-row', key: 'picked' });
   */
  dataframe(data: TableData, options?: DataframeOptions & { readonly onSelect?: 'ignore' }): void;
  /** With `onSelect` (`'rerun'` or a callback): a selection widget returning `{ selection: { rows, columns, cells } }`. */
  dataframe(data: TableData, options: DataframeOptions & DataframeSelectOptions & { readonly onSelect: 'rerun' | (() => unknown) }): DataframeState;
  dataframe(data: TableData, options?: DataframeOptions & DataframeSelectOptions): DataframeState | void {
    return dataframe(coreOf(this), data, options);
  }

  /**
   * A static table, as Streamlit's `st.table`: every row (up to 10,000)
   * drawn at once, no scrolling inside. `columns` names the columns of an
   * array of arrays.
   * @throws LitUiError `InvalidArgument` for data of another shape.
   * @example st.table({ city: ['Paris', 'Lyon'], population: [2102650, 522250] })
   */
  table(data: TableData, options?: { readonly columns?: readonly string[] } & LayoutOptions): void {
    table(coreOf(this), data, options);
  }

  /**
   * An editable table, as Streamlit's `st.data_editor`: users edit cells
   * (double-click or Enter, type, Enter), and with `numRows: 'dynamic'` add
   * and delete rows. Returns the data with the edits applied, in the shape
   * it was given (row objects stay row objects, columns stay columns; other
   * forms come back as row objects). Its session-state value (under `key`)
   * is Streamlit's `{ editedRows, addedRows, deletedRows }`. Each edit is
   * checked on the server against the column's type and `columnConfig`
   * (bounds, `maxChars`, `validate`, `options`, `required`, `disabled`).
   *
   * @throws LitUiError `InvalidArgument` as {@link DeltaGenerator.dataframe}.
   * @example
   * const edited = st.dataEditor(tasks, { numRows: 'dynamic', columnConfig: { done: st.columnConfig.CheckboxColumn('Done') } });
   */
  dataEditor<R extends object>(data: readonly R[], options?: DataEditorOptions): R[];
  /** Data in another form (columns, arrays with `columns`, Arrow): the edited data as an object of columns or as row objects. */
  dataEditor(data: TableData, options?: DataEditorOptions): unknown;
  dataEditor(data: TableData, options?: DataEditorOptions): unknown {
    return dataEditor(coreOf(this), data, options);
  }

  /**
   * A line chart, as Streamlit's `st.line_chart`: one line per y column, or per
   * value of the `color` column (Vega-Lite). With `onSelect` (lit-ui's addition,
   * see `BuiltInChartSelectOptions`), a widget that returns its selection ({@link VegaLiteState}).
   * @throws LitUiError `InvalidArgument` when `x`, `y` or `color` name a missing column, or `selectionMode` is not one the chart offers.
   * @example st.lineChart(weather, { x: 'date', y: ['temp_max', 'temp_min'] })
   * @example const { selection } = st.lineChart(weather, { x: 'date', y: 'temp_max', onSelect: 'rerun' }); // selection.interval: { date: [from, to] }
   */
  lineChart(data: TableData, options: ChartOptions & { readonly onSelect: 'rerun' | (() => unknown) }): VegaLiteState;
  /** Without `onSelect` (or with `'ignore'`): a chart element; returns nothing. */
  lineChart(data: TableData, options?: ChartOptions): void;
  lineChart(data: TableData, options?: ChartOptions): VegaLiteState | void {
    return builtInChart(coreOf(this), 'lineChart', data, options);
  }

  /** A bar chart, as Streamlit's `st.bar_chart` (stacked by default; `horizontal`, `stack`); selects as {@link DeltaGenerator.lineChart}. @throws LitUiError `InvalidArgument` as {@link DeltaGenerator.lineChart}. */
  barChart(data: TableData, options: BarChartOptions & { readonly onSelect: 'rerun' | (() => unknown) }): VegaLiteState;
  /** Without `onSelect` (or with `'ignore'`): a chart element; returns nothing. */
  barChart(data: TableData, options?: BarChartOptions): void;
  barChart(data: TableData, options?: BarChartOptions): VegaLiteState | void {
    return builtInChart(coreOf(this), 'barChart', data, options);
  }

  /** An area chart, as Streamlit's `st.area_chart`; selects as {@link DeltaGenerator.lineChart}. @throws LitUiError `InvalidArgument` as {@link DeltaGenerator.lineChart}. */
  areaChart(data: TableData, options: ChartOptions & { readonly onSelect: 'rerun' | (() => unknown) }): VegaLiteState;
  /** Without `onSelect` (or with `'ignore'`): a chart element; returns nothing. */
  areaChart(data: TableData, options?: ChartOptions): void;
  areaChart(data: TableData, options?: ChartOptions): VegaLiteState | void {
    return builtInChart(coreOf(this), 'areaChart', data, options);
  }

  /** A scatter chart, as Streamlit's `st.scatter_chart` (`size` in px² or a column); selects as {@link DeltaGenerator.lineChart}. @throws LitUiError `InvalidArgument` as {@link DeltaGenerator.lineChart}. */
  scatterChart(data: TableData, options: ScatterChartOptions & { readonly onSelect: 'rerun' | (() => unknown) }): VegaLiteState;
  /** Without `onSelect` (or with `'ignore'`): a chart element; returns nothing. */
  scatterChart(data: TableData, options?: ScatterChartOptions): void;
  scatterChart(data: TableData, options?: ScatterChartOptions): VegaLiteState | void {
    return builtInChart(coreOf(this), 'scatterChart', data, options);
  }

  /**
   * A chart from a Vega-Lite spec, as Streamlit's `st.vega_lite_chart`; `data` (when not null) becomes the spec's inline data.
   * With `onSelect`, the chart is a widget that returns its selections ({@link VegaLiteState}), as Streamlit's `on_select`.
   * @throws LitUiError `InvalidArgument` when `onSelect` is set and the spec has no selection parameter, or `selectionMode` names one it lacks.
   * @example st.vegaLiteChart(cars, { mark: 'point', encoding: { x: { field: 'Horsepower', type: 'quantitative' } } })
   * @example const { selection } = st.vegaLiteChart(cars, { params: [{ name: 'pick', select: 'point' }], mark: 'point' }, { onSelect: 'rerun' });
   */
  vegaLiteChart(
    data: TableData | null,
    spec: Readonly<Record<string, unknown>>,
    options: VegaLiteChartOptions & { readonly onSelect: 'rerun' | (() => unknown) },
  ): VegaLiteState;
  /** Without `onSelect` (or with `'ignore'`): a chart element; returns nothing. */
  vegaLiteChart(data: TableData | null, spec: Readonly<Record<string, unknown>>, options?: VegaLiteChartOptions): void;
  vegaLiteChart(data: TableData | null, spec: Readonly<Record<string, unknown>>, options?: VegaLiteChartOptions): VegaLiteState | void {
    return vegaLiteChart(coreOf(this), data, spec, options);
  }

  /**
   * A Plotly figure, as Streamlit's `st.plotly_chart`: drawn by plotly.js in
   * the browser, loaded on first use from the optional peer
   * `plotly.js-dist-min` (install it beside lit-ui; without it the chart shows
   * a `PeerNotInstalled` message in its place). With `onSelect`, the chart is a
   * widget that returns the user's selection ({@link PlotlyState}: points,
   * `pointIndices`, boxes, lassos), as Streamlit's `on_select`.
   * @param figure - `{ data, layout, frames }` (JSON, or an object with `toJSON()`), or an array of traces.
   * @throws LitUiError `InvalidArgument` for something that is not a figure, a `theme` other than `'streamlit'`/`null`, or an unknown `selectionMode`.
   * @example st.plotlyChart({ data: [{ type: 'bar', x: ['a', 'b'], y: [3, 5] }], layout: { title: { text: 'Sales' } } })
   * @example const { selection } = st.plotlyChart(figure, { onSelect: 'rerun', selectionMode: 'box' });
   */
  plotlyChart(figure: PlotlyFigure, options: PlotlyChartOptions & { readonly onSelect: 'rerun' | (() => unknown) }): PlotlyState;
  /** Without `onSelect` (or with `'ignore'`): a chart element; returns nothing. */
  plotlyChart(figure: PlotlyFigure, options?: PlotlyChartOptions): void;
  plotlyChart(figure: PlotlyFigure, options?: PlotlyChartOptions): PlotlyState | void {
    return plotlyChart(coreOf(this), figure, options);
  }

  /**
   * A graph in the DOT language, laid out by Graphviz in the browser (WebAssembly, loaded on first use), as Streamlit's `st.graphviz_chart`.
   * A DOT syntax error shows in place of the chart (`InvalidDot`); the app goes on.
   * @param dot - DOT source text, or an object with a `source` string (as a Graphviz object's).
   * @throws LitUiError `InvalidArgument` for a `dot` that is not text, an empty one, or an unknown `engine`.
   * @example st.graphvizChart('digraph { rankdir=LR; load -> clean -> plot }')
   */
  graphvizChart(dot: string | { readonly source: string }, options?: GraphvizChartOptions): void {
    coreOf(this).element(graphvizProto(dot, options));
  }
  /**
   * Points on a map, as Streamlit's `st.map`: drawn offline over the world's
   * countries (no tile server), fitted to the points unless `zoom` is given.
   * `size` is a radius in meters (or a column), `color` a CSS color (or a column).
   * With `tileUrl` (lit-ui's addition), raster tiles from the app's own tile server are drawn under the points.
   * @throws LitUiError `InvalidArgument` for a missing coordinate column, a coordinate out of range, or a bad size, zoom or height;
   *   `InvalidTileUrl` for a `tileUrl` that is not an http(s) template with `{z}`, `{x}` and `{y}`.
   * @example st.map(stations, { size: 'riders', zoom: 11 })
   * @example st.map(stations, { tileUrl: 'https://tile.example.org/{z}/{x}/{y}.png', attribution: '© OpenStreetMap contributors' })
   */
  map(data: TableData, options?: MapOptions): void {
    coreOf(this).element(mapProto(data, options));
  }
}
