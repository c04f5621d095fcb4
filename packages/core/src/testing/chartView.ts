import type { JsonObject, JsonValue } from '../protocol/elements.js';
import { ElementView } from './elementViews.js';

/**
 * An `st.vegaLiteChart`, as AppTest sees it: `value` is its spec; with
 * `onSelect`, `selection` is what the app sees and `select(...)` stages a
 * selection as a user's click or drag would.
 *
 * @example
 * at.vegaLiteChart[0].select({ pick: [{ Origin: 'Japan' }] });
 * await at.run();
 */
export class ChartView extends ElementView {
  /** The widget id of a chart with `onSelect` (undefined otherwise). */
  get id(): string | undefined {
    return this.proto['id'] as string | undefined;
  }

  /** The chart's Vega-Lite spec, data inline. */
  get spec(): JsonObject {
    return this.proto['spec'] as JsonObject;
  }

  /** The selection the app sees (a staged one until `run()`), by parameter name, as Streamlit's `VegaLiteState.selection`. */
  get selection(): Record<string, JsonValue> {
    const id = this.requireSelectable();
    const staged = this.driver.staged(id)?.value ?? this.driver.sessionValue(id);
    const state = staged as { selection?: Record<string, JsonValue> } | undefined;
    return (
      state?.selection ??
      (this.driver.metadata(id)?.deserialize((this.proto['value'] ?? {}) as JsonValue) as { selection: Record<string, JsonValue> }).selection
    );
  }

  /**
   * Stages a selection: an object of selection parameters by name (point
   * selections: lists of objects of field values; interval selections:
   * field → `[min, max]`), or a whole `{ selection: {...} }` state.
   * Parameters left out are empty. The app sees it after `run()`.
   * @throws Error when the chart does not select, or the selection does not fit its parameters (`InvalidWidgetValue`).
   */
  select(selection: Readonly<Record<string, unknown>>): this {
    const id = this.requireSelectable();
    const meta = this.driver.metadata(id);
    if (!meta) throw new Error('This chart is no longer on the page; run the app again.');
    const names = ((this.proto['selectionParams'] ?? []) as { name: string }[]).map((p) => p.name);
    const inner = 'selection' in selection && !names.includes('selection') ? selection['selection'] : selection;
    const wire = JSON.parse(JSON.stringify(inner ?? {})) as JsonValue;
    this.driver.stage(this.proto, { wire, value: meta.deserialize(wire), trigger: false });
    return this;
  }

  private requireSelectable(): string {
    if (!this.id) throw new Error("This chart does not select: pass onSelect: 'rerun' (or a callback) and a selection parameter in the spec.");
    return this.id;
  }
}
