import type { ChartSelectionParam, JsonObject, JsonValue } from '@lit-ui/core/protocol';
import type { Result } from 'vega-embed';

type View = Result['view'];

/**
 * The value of one selection parameter's Vega signal in Streamlit's form:
 * a point selection's `vlPoint.or` list (objects of the projected fields),
 * an interval selection's `{ field: [min, max] }` as it is.
 */
export function selectionValue(param: ChartSelectionParam, signal: unknown): JsonValue {
  const value = (typeof signal === 'object' && signal !== null ? signal : {}) as Record<string, unknown>;
  if (param.type === 'point') {
    const points = (value['vlPoint'] as { or?: unknown } | undefined)?.or;
    return Array.isArray(points) ? (points as JsonValue[]) : [];
  }
  const ranges: JsonObject = {};
  for (const [field, range] of Object.entries(value)) if (Array.isArray(range) && range.length === 2) ranges[field] = range as JsonValue[];
  return ranges;
}

/**
 * Reports the chart's selections: on every change of one of `params`'
 * signals, calls `report` with all of them (`{ [name]: value }`) and the
 * changed parameter (an interval changes continuously while dragged).
 * Returns the function that stops listening.
 */
export function watchSelections(
  view: View,
  params: readonly ChartSelectionParam[],
  report: (selection: JsonObject, changed: ChartSelectionParam) => void,
): () => void {
  const current: JsonObject = Object.fromEntries(params.map((p) => [p.name, p.type === 'point' ? [] : {}]));
  const listeners = params.map((param) => {
    const listener = (_name: string, signal: unknown): void => {
      const next = selectionValue(param, signal);
      if (JSON.stringify(next) === JSON.stringify(current[param.name])) return;
      current[param.name] = next;
      report({ ...current }, param);
    };
    view.addSignalListener(param.name, listener);
    return { name: param.name, listener };
  });
  return () => {
    for (const { name, listener } of listeners) view.removeSignalListener(name, listener);
  };
}
