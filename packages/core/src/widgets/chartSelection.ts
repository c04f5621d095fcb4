import { invalidArgument } from '../errors.js';
import type { BuiltInChartType, ChartSelectionParam, ElementProtoOf, JsonObject, JsonValue } from '../protocol/elements.js';
import { invalidValue, type WidgetDefinition } from './widgetDefinition.js';

/**
 * What one selection parameter holds, as Streamlit's chart selection state:
 * a point selection is the list of selected points (each an object of the
 * selection's projected fields: its `fields`, or the fields its `encodings`
 * name, or — when the spec gives neither — every field the chart encodes);
 * an interval selection maps each field it spans to `[min, max]` (temporal
 * fields in ms since the epoch, as Vega gives them).
 */
export type ChartParamSelection = Record<string, JsonValue>[] | Record<string, [JsonValue, JsonValue]>;

/** The value of a chart with selections, as Streamlit's `VegaLiteState`: one entry per selection parameter, by name. */
export interface VegaLiteState {
  /** Per selection parameter: `[]` / `{}` when nothing is selected. */
  readonly selection: Record<string, ChartParamSelection>;
}

/** Selection options of `st.vegaLiteChart`, as Streamlit's `on_select` and `selection_mode`. */
export interface ChartSelectOptions {
  /**
   * `'rerun'` (rerun the app when the user selects) or a callback (called
   * before that rerun); `'ignore'` (default) makes no widget. With one of
   * the first two, the spec must declare at least one selection parameter
   * (`params: [{ name, select: 'point' | 'interval' }]`).
   */
  readonly onSelect?: 'ignore' | 'rerun' | (() => unknown);
  /** Names of the selection parameters to report. Default: every selection parameter of the spec. */
  readonly selectionMode?: string | readonly string[];
  /** Widget key: the selection's name in `st.sessionState`. */
  readonly key?: string;
}

/** Field names a unit spec's encoding uses (`x`, `y`, `color`, …), in channel order. */
function encodedFields(spec: JsonObject | undefined): string[] {
  const encoding = spec?.['encoding'];
  if (typeof encoding !== 'object' || encoding === null || Array.isArray(encoding)) return [];
  const fields: string[] = [];
  for (const channel of Object.values(encoding)) {
    const field = typeof channel === 'object' && channel !== null && !Array.isArray(channel) ? channel['field'] : undefined;
    if (typeof field === 'string' && !fields.includes(field)) fields.push(field);
  }
  return fields;
}

const VIEW_KEYS = ['layer', 'hconcat', 'vconcat', 'concat'] as const;

/**
 * The spec's selection parameters (top level, and in layered or
 * concatenated views), with point selections that project nothing given the
 * fields their view encodes. Returns the prepared spec (a copy where it
 * changed) and the parameters found.
 */
export function prepareSelections(spec: JsonObject): { spec: JsonObject; params: ChartSelectionParam[] } {
  const params: ChartSelectionParam[] = [];
  const visit = (view: JsonObject, inherited: string[]): JsonObject => {
    const fields = encodedFields(view).length > 0 ? encodedFields(view) : inherited;
    const out: JsonObject = { ...view };
    if (Array.isArray(view['params'])) {
      out['params'] = view['params'].map((param) => {
        if (typeof param !== 'object' || param === null || Array.isArray(param) || typeof param['name'] !== 'string') return param;
        const select = param['select'];
        const type =
          typeof select === 'string' ? select : typeof select === 'object' && select !== null && !Array.isArray(select) ? select['type'] : undefined;
        if (type !== 'point' && type !== 'interval') return param;
        if (!params.some((p) => p.name === param['name'])) params.push({ name: param['name'], type });
        const config: JsonObject = typeof select === 'object' && select !== null && !Array.isArray(select) ? select : { type };
        if (type !== 'point' || config['fields'] !== undefined || config['encodings'] !== undefined || fields.length === 0) return param;
        return { ...param, select: { ...config, fields } };
      });
    }
    for (const key of VIEW_KEYS) {
      const views = view[key];
      if (Array.isArray(views)) out[key] = views.map((v) => (typeof v === 'object' && v !== null && !Array.isArray(v) ? visit(v, fields) : v));
    }
    return out;
  };
  return { spec: visit(spec, []), params };
}

/** The parameters `selectionMode` picks. @throws LitUiError `InvalidArgument` for none, or a name the spec lacks. */
export function pickSelections(params: readonly ChartSelectionParam[], mode: ChartSelectOptions['selectionMode']): ChartSelectionParam[] {
  if (params.length === 0) {
    throw invalidArgument(
      "st.vegaLiteChart: onSelect needs at least one selection parameter in the spec, e.g. params: [{ name: 'pick', select: 'point' }].",
    );
  }
  if (mode === undefined) return [...params];
  const names = typeof mode === 'string' ? [mode] : [...mode];
  return names.map((name) => {
    const param = params.find((p) => p.name === name);
    if (!param)
      throw invalidArgument(
        `st.vegaLiteChart: selectionMode names '${name}', which is not a selection parameter of the spec (${params.map((p) => p.name).join(', ')}).`,
      );
    return param;
  });
}

const isRecord = (v: JsonValue | undefined): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);
const isScalar = (v: JsonValue | undefined) => v === null || ['string', 'number', 'boolean'].includes(typeof v);

/**
 * `st.vegaLiteChart` with `onSelect`: a widget whose value is the selection
 * of the chosen parameters. What the client sends is checked: only those
 * parameters, points as objects of scalar values, intervals as `[min, max]`.
 */
export function chartSelectionDefinition<T extends 'vegaLiteChart' | BuiltInChartType = 'vegaLiteChart'>(
  base: Omit<ElementProtoOf<T>, 'type'>,
  params: readonly ChartSelectionParam[],
  options: Pick<ChartSelectOptions, 'onSelect' | 'key'>,
  type: T = 'vegaLiteChart' as T,
): WidgetDefinition<VegaLiteState, T> {
  const label = '';
  const fail = (problem: string) => invalidValue(type, label, problem);
  const empty = (): Record<string, ChartParamSelection> => Object.fromEntries(params.map((p) => [p.name, p.type === 'point' ? [] : {}]));
  const deserialize = (wire: JsonValue): VegaLiteState => {
    if (!isRecord(wire)) throw fail('expected an object of selection parameters');
    const selection = empty();
    for (const [name, value] of Object.entries(wire)) {
      const param = params.find((p) => p.name === name);
      if (!param) throw fail(`'${name}' is not a selection parameter of this chart (${params.map((p) => p.name).join(', ')})`);
      if (param.type === 'point') {
        if (!Array.isArray(value) || !value.every((point) => isRecord(point) && Object.values(point).every(isScalar))) {
          throw fail(`point selection '${name}' must be a list of objects of field values`);
        }
        selection[name] = value as Record<string, JsonValue>[];
      } else {
        if (!isRecord(value) || !Object.values(value).every((range) => Array.isArray(range) && range.length === 2 && range.every(isScalar))) {
          throw fail(`interval selection '${name}' must map fields to [min, max]`);
        }
        selection[name] = value as Record<string, [JsonValue, JsonValue]>;
      }
    }
    return { selection };
  };
  return {
    type,
    label,
    options: options.key !== undefined ? { key: options.key } : {},
    identity: { spec: base.spec, params },
    defaultValue: { selection: empty() },
    customDefault: false,
    deserialize,
    serialize: (value) => {
      try {
        const wire = (value?.selection ?? {}) as JsonObject;
        deserialize(wire);
        return wire;
      } catch {
        return undefined;
      }
    },
    proto: (widget) =>
      ({
        ...base,
        id: widget.id,
        ...(widget.key !== undefined ? { key: widget.key } : {}),
        ...(widget.formId ? { formId: widget.formId } : {}),
        ...(widget.fragmentId ? { fragmentId: widget.fragmentId } : {}),
        value: widget.value as JsonObject,
        selectionParams: [...params],
        type,
      }) as ElementProtoOf<T>,
    ...(typeof options.onSelect === 'function' ? { callback: options.onSelect } : {}),
  };
}
