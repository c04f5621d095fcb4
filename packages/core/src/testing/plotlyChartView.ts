import type { JsonObject, JsonValue } from '../protocol/elements.js';
import type { PlotlyState } from '../widgets/plotlySelection.js';
import { ElementView } from './elementViews.js';

/**
 * An `st.plotlyChart`, as AppTest sees it: `value` is its figure; with
 * `onSelect`, `selection` is what the app sees and `select(...)` stages a
 * selection as a user's click, box or lasso would.
 *
 * @example
 * at.plotlyChart[0].select({ points: [{ curveNumber: 0, pointIndex: 2, x: 3, y: 1 }] });
 * at.plotlyChart[0].select({ box: [{ xref: 'x', yref: 'y', x: [0, 2], y: [0, 5] }], points: [...] });
 * await at.run();
 */
export class PlotlyChartView extends ElementView {
  /** The widget id of a chart with `onSelect` (undefined otherwise). */
  get id(): string | undefined {
    return this.proto['id'] as string | undefined;
  }

  /** The figure: `{ data, layout, frames? }`. */
  get figure(): JsonObject {
    return this.proto['figure'] as JsonObject;
  }

  /** The selection the app sees (a staged one until `run()`), as Streamlit's `PlotlyState.selection`. */
  get selection(): PlotlyState['selection'] {
    const id = this.requireSelectable();
    const staged = this.driver.staged(id)?.value ?? this.driver.sessionValue(id);
    const state = staged as PlotlyState | undefined;
    return state?.selection ?? (this.driver.metadata(id)?.deserialize((this.proto['value'] ?? {}) as JsonValue) as PlotlyState).selection;
  }

  /**
   * Stages a selection: `{ points, pointIndices?, box?, lasso? }` (or a whole
   * `{ selection: {...} }` state); `pointIndices` defaults to the points'
   * `pointIndex`, left-out lists are empty. The app sees it after `run()`.
   * @throws Error when the chart does not select, or the selection does not fit it (`InvalidWidgetValue`: a box on a chart without box mode, a point without `curveNumber`/`pointIndex`).
   */
  select(selection: Readonly<Record<string, unknown>>): this {
    const id = this.requireSelectable();
    const meta = this.driver.metadata(id);
    if (!meta) throw new Error('This chart is no longer on the page; run the app again.');
    const inner = 'selection' in selection ? selection['selection'] : selection;
    const wire = JSON.parse(JSON.stringify(inner ?? {})) as JsonObject;
    const points = Array.isArray(wire['points']) ? wire['points'] : [];
    const full: JsonObject = {
      points,
      pointIndices:
        wire['pointIndices'] ?? points.map((p) => (typeof p === 'object' && p !== null && !Array.isArray(p) ? (p['pointIndex'] ?? null) : null)),
      box: wire['box'] ?? [],
      lasso: wire['lasso'] ?? [],
    };
    this.driver.stage(this.proto, { wire: full, value: meta.deserialize(full), trigger: false });
    return this;
  }

  private requireSelectable(): string {
    if (!this.id) throw new Error("This chart does not select: pass onSelect: 'rerun' (or a callback).");
    return this.id;
  }
}
