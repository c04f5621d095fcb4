import { chartProto, vegaLiteProto, type BarChartOptions, type ChartOptions, type ScatterChartOptions } from '../elements/charts.js';
import { dataframeProto, tableProto, type DataframeOptions } from '../elements/data.js';
import type { TableData } from '../elements/tabular.js';
import { DisplayCommands } from './displayCommands.js';

/** Dataframes, tables and charts. Data is an array of row objects, an object of columns, or an array of values. */
export class DataCommands extends DisplayCommands {
  /**
   * An interactive table (sticky header, scrolling), as Streamlit's
   * `st.dataframe`. The element carries the schema, the row count and the
   * first 1,000 rows.
   * @example st.dataframe(cars, { height: 300 })
   */
  dataframe(data: TableData, options?: DataframeOptions): void {
    this.putElement(dataframeProto(data, options));
  }

  /** A static table of every row, as Streamlit's `st.table`. */
  table(data: TableData): void {
    this.putElement(tableProto(data));
  }

  /**
   * A line chart, as Streamlit's `st.line_chart`: one line per y column, or
   * per value of the `color` column. Rendered with Vega-Lite.
   * @example st.lineChart(weather, { x: 'date', y: ['temp_max', 'temp_min'] })
   */
  lineChart(data: TableData, options?: ChartOptions): void {
    this.putElement(chartProto('lineChart', data, options));
  }

  /** A bar chart, as Streamlit's `st.bar_chart` (stacked by default; `horizontal`, `stack`). */
  barChart(data: TableData, options?: BarChartOptions): void {
    this.putElement(chartProto('barChart', data, options));
  }

  /** An area chart, as Streamlit's `st.area_chart`. */
  areaChart(data: TableData, options?: ChartOptions): void {
    this.putElement(chartProto('areaChart', data, options));
  }

  /** A scatter chart, as Streamlit's `st.scatter_chart` (`size` as px² or a column). */
  scatterChart(data: TableData, options?: ScatterChartOptions): void {
    this.putElement(chartProto('scatterChart', data, options));
  }

  /**
   * A chart from a Vega-Lite spec, as Streamlit's `st.vega_lite_chart`;
   * `data` (when not null) becomes the spec's inline data.
   * @example st.vegaLiteChart(cars, { mark: 'point', encoding: { x: { field: 'Horsepower', type: 'quantitative' } } })
   */
  vegaLiteChart(data: TableData | null, spec: Readonly<Record<string, unknown>>, options: { readonly useContainerWidth?: boolean } = {}): void {
    this.putElement(vegaLiteProto(data, spec, options.useContainerWidth ?? true));
  }
}
