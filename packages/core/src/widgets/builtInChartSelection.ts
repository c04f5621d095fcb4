import type { DeltaGeneratorCore } from '../dg/deltaGeneratorCore.js';
import { chartProto, type BarChartOptions, type ChartOptions, type ScatterChartOptions } from '../elements/charts.js';
import type { TableData } from '../elements/tabular.js';
import { invalidArgument } from '../errors.js';
import type { BuiltInChartType, JsonObject, JsonValue } from '../protocol/elements.js';
import { chartSelectionDefinition, prepareSelections, type VegaLiteState } from './chartSelection.js';
import { renderWidget } from './renderWidget.js';

/** How a built-in chart selects: `'point'` (click a mark; shift-click adds) or `'interval'` (drag a range). */
export type BuiltInSelectionMode = 'point' | 'interval';

/**
 * Selection options of the built-in charts (`st.lineChart`, `st.areaChart`,
 * `st.barChart`, `st.scatterChart`), modelled on Streamlit's `on_select` and
 * `selection_mode` of `st.vega_lite_chart` (Streamlit's own built-in charts
 * do not select: this is lit-ui's addition). With `onSelect`, the chart is a
 * widget whose value is a {@link VegaLiteState}: one entry per mode, named
 * after it — `selection.point` (the clicked points, each an object of the
 * chart's encoded fields: x, y or `value`, `series`/color, size) and
 * `selection.interval` (the dragged range: the x field → `[min, max]`, and
 * on a scatter chart the y field too; temporal fields in ms since the epoch).
 *
 * @example
 * const { selection } = st.scatterChart(cars, { x: 'hp', y: 'mpg', onSelect: 'rerun', key: 'cars' });
 * const picked = selection['point'] as { hp: number; mpg: number }[];
 */
export interface BuiltInChartSelectOptions {
  /**
   * `'rerun'` (rerun the app when the user selects) or a callback (called
   * before that rerun); `'ignore'` (default) makes no widget, as Streamlit's `on_select`.
   */
  readonly onSelect?: 'ignore' | 'rerun' | (() => unknown);
  /**
   * The selections the chart reports. Default: `['point', 'interval']` for
   * scatter charts, `'point'` for bar charts, `'interval'` for line and
   * area charts (a click on a line or an area cannot name one point, so
   * `'point'` is refused there).
   */
  readonly selectionMode?: BuiltInSelectionMode | readonly BuiltInSelectionMode[];
  /** Widget key (with `onSelect`): the selection's name in `st.sessionState`. */
  readonly key?: string;
}

const DEFAULT_MODES: Record<BuiltInChartType, BuiltInSelectionMode[]> = {
  scatterChart: ['point', 'interval'],
  barChart: ['point'],
  lineChart: ['interval'],
  areaChart: ['interval'],
};

/** The modes asked for. @throws LitUiError `InvalidArgument` for an unknown mode, none, or `'point'` on a line or area chart. */
function selectionModes(type: BuiltInChartType, mode: BuiltInChartSelectOptions['selectionMode']): BuiltInSelectionMode[] {
  const modes = mode === undefined ? DEFAULT_MODES[type] : typeof mode === 'string' ? [mode] : [...new Set(mode)];
  if (modes.length === 0) throw invalidArgument(`st.${type}: selectionMode lists no mode; use 'point' and/or 'interval'.`);
  for (const m of modes as string[]) {
    if (m !== 'point' && m !== 'interval') throw invalidArgument(`st.${type}: selectionMode '${m}' is not one of 'point', 'interval'.`);
    if (m === 'point' && (type === 'lineChart' || type === 'areaChart')) {
      throw invalidArgument(`st.${type}: selectionMode 'point' is not available on lines and areas (a click cannot name one point); use 'interval'.`);
    }
  }
  return modes;
}

/** The chart's spec with one selection parameter per mode: points project every encoded field, intervals span the chart's x (and a scatter's y). */
function withSelections(type: BuiltInChartType, spec: JsonObject, modes: readonly BuiltInSelectionMode[], horizontal: boolean): JsonObject {
  const axes: JsonValue[] = type === 'scatterChart' ? ['x', 'y'] : type === 'barChart' && horizontal ? ['y'] : ['x'];
  const params = modes.map((mode): JsonObject =>
    mode === 'point' ? { name: 'point', select: { type: 'point' } } : { name: 'interval', select: { type: 'interval', encodings: axes } },
  );
  return { ...spec, params };
}

/**
 * Body of `st.lineChart`, `st.areaChart`, `st.barChart` and `st.scatterChart`:
 * a chart element, or with `onSelect` (`'rerun'` or a callback) a selection
 * widget whose value is a {@link VegaLiteState}.
 *
 * @throws LitUiError `InvalidArgument` for a missing column (see `chartProto`) or a bad `selectionMode`.
 */
export function builtInChart(
  core: DeltaGeneratorCore,
  type: BuiltInChartType,
  data: TableData,
  options: ChartOptions & Partial<BarChartOptions & ScatterChartOptions> = {},
): VegaLiteState | undefined {
  const proto = chartProto(type, data, options);
  if (options.onSelect === undefined || options.onSelect === 'ignore') {
    core.element(proto);
    return undefined;
  }
  const modes = selectionModes(type, options.selectionMode);
  const { type: _type, ...base } = proto;
  const prepared = prepareSelections(withSelections(type, base.spec, modes, options.horizontal === true));
  return renderWidget(core, chartSelectionDefinition({ ...base, spec: prepared.spec }, prepared.params, options, type));
}
