import { html } from 'lit';
import type { ElementProtoOf, JsonObject } from '@lit-ui/core/protocol';
import { defineLazily } from '../lazyElements.js';
import type { ElementRenderers, RenderContext, WidgetProto } from '../types.js';
import type { ChartType } from './chart.js';

/**
 * Defines `<lit-ui-vega-chart>` from its own chunk (the element; vega-embed
 * itself loads later still, when a chart is first drawn). `st.map`'s view
 * draws with it too.
 */
export function defineVegaChart(): Promise<void> {
  return defineLazily('lit-ui-vega-chart', () => import('./chart.js').then((m) => m.VegaChart));
}

/**
 * `st.line_chart`, `st.bar_chart`, `st.area_chart`, `st.scatter_chart`
 * and `st.vega_lite_chart`: a `<lit-ui-vega-chart>` of the proto's spec
 * (its class loads on first use).
 */
export function chartRenderer(proto: ElementProtoOf<ChartType>, ctx?: RenderContext): unknown {
  void defineVegaChart();
  const selecting = 'selectionParams' in proto && proto.id !== undefined && ctx !== undefined ? proto : undefined;
  return html`<lit-ui-vega-chart
    .spec=${proto.spec}
    .height=${proto.height}
    .useContainerWidth=${proto.useContainerWidth !== false}
    .selectionParams=${selecting?.selectionParams}
    .onSelection=${
      selecting && ctx
        ? (selection: JsonObject, interval: boolean) => ctx.widgets.set(selecting as unknown as WidgetProto, selection, { debounce: interval })
        : undefined
    }
  ></lit-ui-vega-chart>`;
}

/** Charts (Vega-Lite): this module's renderers in the registry, by element type. */
export const chartRenderers = {
  lineChart: chartRenderer,
  barChart: chartRenderer,
  areaChart: chartRenderer,
  scatterChart: chartRenderer,
  vegaLiteChart: chartRenderer,
} satisfies ElementRenderers;
