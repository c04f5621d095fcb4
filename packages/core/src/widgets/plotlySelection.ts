import { invalidArgument } from '../errors.js';
import type { ElementProtoOf, JsonObject, JsonValue } from '../protocol/elements.js';
import { invalidValue, type WidgetDefinition } from './widgetDefinition.js';

/** How a user selects in a Plotly chart, as Streamlit's `selection_mode`. */
export type PlotlySelectionMode = 'points' | 'box' | 'lasso';

/**
 * One selected point, as Streamlit's plotly selection points (its field names
 * camelCased): the trace (`curveNumber`), the point's index in it
 * (`pointIndex`, `pointNumber`), and its coordinates and data as the trace
 * has them (`x`, `y`, `z`, `lat`, `lon`, `customdata`, `label`, `value`, …).
 */
export interface PlotlyPoint {
  /** Index of the trace in the figure's `data`. */
  readonly curveNumber: number;
  /** Index of the point in its trace. */
  readonly pointIndex: number;
  /** plotly.js's `pointNumber` (the same index; an `[i, j]` pair for heatmaps). */
  readonly pointNumber?: JsonValue;
  /** The point's other fields (`x`, `y`, `customdata`, …). */
  readonly [field: string]: JsonValue | undefined;
}

/** A selection box or lasso, in the axes it was drawn on. */
export interface PlotlySelectionShape {
  /** The x axis (`'x'`, `'x2'`, …). */
  readonly xref: string;
  /** The y axis (`'y'`, `'y2'`, …). */
  readonly yref: string;
  /** Box: `[x0, x1]`; lasso: the x of every vertex. */
  readonly x: JsonValue[];
  /** Box: `[y0, y1]`; lasso: the y of every vertex. */
  readonly y: JsonValue[];
}

/**
 * The value of a Plotly chart with selections, as Streamlit's `PlotlyState`
 * (`point_indices` is `pointIndices` here, DESIGN's camelCase rule).
 */
export interface PlotlyState {
  /** What is selected; empty lists when nothing is. */
  readonly selection: {
    /** The selected points, in the order plotly.js reports them. */
    readonly points: PlotlyPoint[];
    /** `pointIndex` of each selected point. */
    readonly pointIndices: number[];
    /** The selection boxes drawn (box mode). */
    readonly box: PlotlySelectionShape[];
    /** The lassos drawn (lasso mode). */
    readonly lasso: PlotlySelectionShape[];
  };
}

/** Selection options of `st.plotlyChart`, as Streamlit's `on_select` and `selection_mode`. */
export interface PlotlySelectOptions {
  /** `'rerun'` (rerun the app when the user selects) or a callback (called before that rerun); `'ignore'` (default) makes no widget. */
  readonly onSelect?: 'ignore' | 'rerun' | (() => unknown);
  /** How the user may select: `'points'` (click), `'box'`, `'lasso'`, or several. Default all three, as Streamlit. */
  readonly selectionMode?: PlotlySelectionMode | readonly PlotlySelectionMode[];
  /** Widget key: the selection's name in `st.sessionState`. */
  readonly key?: string;
}

const MODES: readonly PlotlySelectionMode[] = ['points', 'box', 'lasso'];

/** The modes `selectionMode` asks for. @throws LitUiError `InvalidArgument` for an unknown mode or an empty list. */
export function selectionModes(mode: PlotlySelectOptions['selectionMode']): PlotlySelectionMode[] {
  const modes = mode === undefined ? [...MODES] : typeof mode === 'string' ? [mode] : [...mode];
  const unknown = modes.find((m) => !MODES.includes(m));
  if (unknown !== undefined)
    throw invalidArgument(`st.plotlyChart: selectionMode ${JSON.stringify(unknown)} is not one of 'points', 'box', 'lasso'.`);
  if (modes.length === 0) throw invalidArgument("st.plotlyChart: selectionMode needs at least one of 'points', 'box', 'lasso'.");
  return MODES.filter((m) => modes.includes(m));
}

const isRecord = (v: JsonValue | undefined): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);
const isIndex = (v: JsonValue | undefined): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

function emptySelection(): PlotlyState['selection'] {
  return { points: [], pointIndices: [], box: [], lasso: [] };
}

/**
 * `st.plotlyChart` with `onSelect`: a widget whose value is the user's
 * selection. What the client sends is checked: points with trace and point
 * indices, indices as integers, boxes and lassos with their axes and
 * coordinates, and boxes or lassos only in the modes the chart allows.
 */
export function plotlySelectionDefinition(
  base: Omit<ElementProtoOf<'plotlyChart'>, 'type'>,
  modes: readonly PlotlySelectionMode[],
  options: PlotlySelectOptions,
): WidgetDefinition<PlotlyState, 'plotlyChart'> {
  const label = '';
  const fail = (problem: string) => invalidValue('plotlyChart', label, problem);
  const shapes = (value: JsonValue | undefined, name: 'box' | 'lasso'): PlotlySelectionShape[] => {
    if (value === undefined) return [];
    if (!Array.isArray(value)) throw fail(`${name} must be a list`);
    if (value.length > 0 && !modes.includes(name)) throw fail(`this chart does not select by ${name} (selectionMode: ${modes.join(', ')})`);
    return value.map((shape) => {
      if (
        !isRecord(shape) ||
        typeof shape['xref'] !== 'string' ||
        typeof shape['yref'] !== 'string' ||
        !Array.isArray(shape['x']) ||
        !Array.isArray(shape['y'])
      ) {
        throw fail(`each ${name} must be { xref, yref, x: [...], y: [...] }`);
      }
      return { xref: shape['xref'], yref: shape['yref'], x: shape['x'], y: shape['y'] };
    });
  };
  const deserialize = (wire: JsonValue): PlotlyState => {
    if (!isRecord(wire)) throw fail('expected an object { points, pointIndices, box, lasso }');
    const points = wire['points'] ?? [];
    if (!Array.isArray(points) || !points.every((p) => isRecord(p) && isIndex(p['curveNumber']) && isIndex(p['pointIndex']))) {
      throw fail('points must be a list of objects with curveNumber and pointIndex');
    }
    const indices = wire['pointIndices'] ?? points.map((p) => (p as JsonObject)['pointIndex'] as number);
    if (!Array.isArray(indices) || !indices.every(isIndex)) throw fail('pointIndices must be a list of point indices');
    return {
      selection: { points: points as PlotlyPoint[], pointIndices: indices, box: shapes(wire['box'], 'box'), lasso: shapes(wire['lasso'], 'lasso') },
    };
  };
  return {
    type: 'plotlyChart',
    label,
    options: options.key !== undefined ? { key: options.key } : {},
    identity: { figure: base.figure, modes },
    defaultValue: { selection: emptySelection() },
    customDefault: false,
    deserialize,
    serialize: (value) => {
      try {
        const wire = JSON.parse(JSON.stringify(value?.selection ?? emptySelection())) as JsonObject;
        deserialize(wire);
        return wire;
      } catch {
        return undefined;
      }
    },
    proto: (widget) => ({
      ...base,
      id: widget.id,
      ...(widget.key !== undefined ? { key: widget.key } : {}),
      ...(widget.formId ? { formId: widget.formId } : {}),
      ...(widget.fragmentId ? { fragmentId: widget.fragmentId } : {}),
      label,
      value: widget.value as JsonObject,
      selectionMode: [...modes],
      type: 'plotlyChart',
    }),
    ...(typeof options.onSelect === 'function' ? { callback: options.onSelect } : {}),
  };
}
