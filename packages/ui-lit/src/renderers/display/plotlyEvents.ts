/* A lazy module: plotly.js selection events as st.plotlyChart's selection. */
import type { JsonObject, JsonValue } from '@lit-ui/core/protocol';

/** Fields of a plotly.js event point that go to the app (the point also holds its trace and axes: circular, never sent). */
const POINT_FIELDS = ['x', 'y', 'z', 'lat', 'lon', 'customdata', 'label', 'value', 'text', 'hovertext', 'location', 'legendgroup', 'pointNumbers'];

const isScalar = (v: unknown): v is string | number | boolean | null => v === null || ['string', 'number', 'boolean'].includes(typeof v);

/** A JSON copy of plain values and arrays of them (dates as ISO text); undefined for anything else. */
function plain(value: unknown): JsonValue | undefined {
  if (value instanceof Date) return value.toISOString();
  if (isScalar(value)) return typeof value === 'number' && !Number.isFinite(value) ? null : value;
  if (Array.isArray(value)) {
    const items = value.map(plain);
    return items.every((item) => item !== undefined) ? items : undefined;
  }
  return undefined;
}

/** One selected point as the app gets it: trace and point indices, and its data fields. */
function point(raw: Record<string, unknown>): JsonObject | undefined {
  const curveNumber = raw['curveNumber'];
  const pointIndex = typeof raw['pointIndex'] === 'number' ? raw['pointIndex'] : raw['pointNumber'];
  if (typeof curveNumber !== 'number' || typeof pointIndex !== 'number') return undefined;
  const out: JsonObject = { curveNumber, pointIndex, pointNumber: plain(raw['pointNumber']) ?? pointIndex };
  for (const field of POINT_FIELDS) {
    const value = plain(raw[field]);
    if (value !== undefined) out[field] = value;
  }
  return out;
}

/** `"M1,2L3,4L5,6Z"` → the x and y of its vertices. */
function pathVertices(path: string): { x: number[]; y: number[] } {
  const x: number[] = [];
  const y: number[] = [];
  for (const match of path.matchAll(/[ML]\s*(-?[\d.eE+-]+)\s*,\s*(-?[\d.eE+-]+)/g)) {
    x.push(Number(match[1]));
    y.push(Number(match[2]));
  }
  return { x, y };
}

/**
 * A `plotly_selected` event (or `undefined`: `plotly_deselect`) as the
 * wire value of `st.plotlyChart`'s selection, as Streamlit builds its
 * `PlotlyState`: the points, their indices, and the boxes and lassos drawn
 * (from the event's `selections`, else its `range` / `lassoPoints`).
 */
export function selectionOf(event: unknown): JsonObject {
  const data = (typeof event === 'object' && event !== null ? event : {}) as Record<string, unknown>;
  const rawPoints = Array.isArray(data['points']) ? (data['points'] as Record<string, unknown>[]) : [];
  const points = rawPoints.map(point).filter((p): p is JsonObject => p !== undefined);
  const box: JsonObject[] = [];
  const lasso: JsonObject[] = [];
  const selections = Array.isArray(data['selections']) ? (data['selections'] as Record<string, unknown>[]) : [];
  for (const shape of selections) {
    const xref = typeof shape['xref'] === 'string' ? shape['xref'] : 'x';
    const yref = typeof shape['yref'] === 'string' ? shape['yref'] : 'y';
    if (shape['type'] === 'rect')
      box.push({
        xref,
        yref,
        x: [plain(shape['x0']) ?? null, plain(shape['x1']) ?? null],
        y: [plain(shape['y0']) ?? null, plain(shape['y1']) ?? null],
      });
    else if (shape['type'] === 'path' && typeof shape['path'] === 'string') lasso.push({ xref, yref, ...pathVertices(shape['path']) });
  }
  if (selections.length === 0) {
    const range = data['range'] as { x?: unknown; y?: unknown } | undefined;
    const lassoPoints = data['lassoPoints'] as { x?: unknown; y?: unknown } | undefined;
    if (range && Array.isArray(range.x) && Array.isArray(range.y))
      box.push({ xref: 'x', yref: 'y', x: plain(range.x) ?? [], y: plain(range.y) ?? [] });
    if (lassoPoints && Array.isArray(lassoPoints.x) && Array.isArray(lassoPoints.y))
      lasso.push({ xref: 'x', yref: 'y', x: plain(lassoPoints.x) ?? [], y: plain(lassoPoints.y) ?? [] });
  }
  return { points, pointIndices: points.map((p) => p['pointIndex'] as number), box, lasso };
}
