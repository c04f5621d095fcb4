import type { DeltaGeneratorCore } from '../dg/deltaGeneratorCore.js';
import { invalidArgument } from '../errors.js';
import { display } from '../protocol/elementSpec.js';
import type { JsonObject } from '../protocol/elements.js';
import { renderWidget } from '../widgets/renderWidget.js';
import { plotlySelectionDefinition, selectionModes, type PlotlySelectOptions, type PlotlyState } from '../widgets/plotlySelection.js';
import { toJsonValue } from './jsonValue.js';
import { makeProto } from './proto.js';
import type { LayoutOptions } from '../dg/layoutOptions.js';

/**
 * A Plotly figure as the app gives it: its JSON form (`{ data, layout,
 * frames }`, what Python's `fig.to_dict()` or plotly.js's own figures hold),
 * an object with a `toJSON()` that returns one, or a bare array of traces.
 */
export type PlotlyFigure = Readonly<Record<string, unknown>> | readonly unknown[];

/** Options of `st.plotlyChart`, as Streamlit's `st.plotly_chart`; `onSelect` makes it a widget. */
export interface PlotlyChartOptions extends PlotlySelectOptions, LayoutOptions {
  /** Stretch the figure to its container's width (the figure's `layout.width` is then ignored). Default true. */
  readonly useContainerWidth?: boolean;
  /**
   * `'streamlit'` (default): the figure is drawn in the app's theme — its
   * fonts, text and grid colors, light or dark as the app is — under the
   * figure's own `layout`; `null`: plotly.js's own look.
   */
  readonly theme?: 'streamlit' | null;
  /** plotly.js's `config` (`displayModeBar`, `scrollZoom`, `locale`, …), passed as given. */
  readonly config?: Readonly<Record<string, unknown>>;
}

/** `st.plotlyChart` in the element map: the figure as JSON; its AppTest value is the figure. */
export const plotlyElements = {
  /**
   * `st.plotlyChart`: a Plotly figure drawn by plotly.js in the browser, as
   * Streamlit's `st.plotly_chart`; a widget (with `id` and `value`) when it
   * reports selections.
   */
  plotlyChart: display<
    {
      /** The figure: `data` (traces), `layout`, and `frames` when it has any. */
      figure: JsonObject;
      /** plotly.js's `config`. */
      config?: JsonObject;
      /** `'streamlit'`: drawn in the app's theme; `null`: plotly.js's own look. */
      theme: 'streamlit' | null;
      /** Stretch the figure to its container's width. */
      useContainerWidth: boolean;
      /** Set when the chart selects (`onSelect`): it is then a widget with this id. */
      id?: string;
      /** The user's `key` (with `onSelect`). */
      key?: string;
      /** Widget label (with `onSelect`): always `''`. */
      label?: string;
      /** The selection (with `onSelect`): `{ points, pointIndices, box, lasso }`. */
      value?: JsonObject;
      /** How the user may select (with `onSelect`): `'points'`, `'box'`, `'lasso'`. */
      selectionMode?: ('points' | 'box' | 'lasso')[];
      /** Set when the selecting chart is inside a form: the form's id. */
      formId?: string;
      /** Set when the selecting chart is inside a fragment: the fragment's id. */
      fragmentId?: string;
    },
    JsonObject
  >((proto) => proto.figure),
};

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The figure as JSON: `toJSON()` applied, a bare trace array wrapped as
 * `{ data }`, `layout` defaulting to `{}`.
 * @throws LitUiError `InvalidArgument` when it is not a figure: no `data` array, a trace that is not an object, a `layout` or `frames` of the wrong kind.
 */
export function plotlyFigure(figure: unknown): JsonObject {
  const raw = isRecord(figure) && typeof figure['toJSON'] === 'function' ? (figure['toJSON'] as () => unknown).call(figure) : figure;
  const json = toJsonValue(Array.isArray(raw) ? { data: raw } : raw);
  if (!isRecord(json))
    throw invalidArgument(`st.plotlyChart: expected a Plotly figure ({ data, layout }) or an array of traces, got ${describe(figure)}.`);
  const { data, layout = {}, frames } = json;
  if (!Array.isArray(data)) throw invalidArgument('st.plotlyChart: the figure has no `data` array of traces.');
  const bad = data.findIndex((trace) => !isRecord(trace));
  if (bad >= 0) throw invalidArgument(`st.plotlyChart: trace ${bad} of the figure's data is not an object (got ${JSON.stringify(data[bad])}).`);
  if (!isRecord(layout)) throw invalidArgument("st.plotlyChart: the figure's `layout` must be an object.");
  if (frames !== undefined && !Array.isArray(frames)) throw invalidArgument("st.plotlyChart: the figure's `frames` must be an array.");
  return { data, layout, ...(frames !== undefined ? { frames } : {}) };
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  return typeof value === 'object' ? 'an object without data' : `${typeof value} ${JSON.stringify(value)}`;
}

/** Body of `st.plotlyChart`: an element, or a selection widget when `onSelect` is `'rerun'` or a callback. */
export function plotlyChart(core: DeltaGeneratorCore, figure: unknown, options: PlotlyChartOptions = {}): PlotlyState | undefined {
  const { useContainerWidth = true, theme = 'streamlit', config } = options;
  if (theme !== 'streamlit' && theme !== null)
    throw invalidArgument(`st.plotlyChart: theme must be 'streamlit' or null (got ${JSON.stringify(theme)}).`);
  if (config !== undefined && !isRecord(config)) throw invalidArgument('st.plotlyChart: config must be an object of plotly.js config options.');
  const base = {
    figure: plotlyFigure(figure),
    ...(config !== undefined ? { config: toJsonValue(config) as JsonObject } : {}),
    theme,
    useContainerWidth: useContainerWidth !== false,
  };
  if (options.onSelect === undefined || options.onSelect === 'ignore') {
    core.element(makeProto('plotlyChart', base));
    return undefined;
  }
  return renderWidget(core, plotlySelectionDefinition(base, selectionModes(options.selectionMode), options));
}
