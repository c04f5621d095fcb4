import { html } from 'lit';
import type { ElementProtoOf, JsonObject } from '@lit-ui/core/protocol';
import { defineLazily } from '../lazyElements.js';
import type { ElementRenderers, RenderContext, WidgetProto } from '../types.js';

/** Loads `<lit-ui-plotly-chart>`'s class (its own chunk; plotly.js itself comes from the server when the first chart draws). */
const loadPlotlyChart = (): Promise<CustomElementConstructor> => import('./plotlyChart.js').then((m) => m.PlotlyChart);

/**
 * `st.plotlyChart`: a `<lit-ui-plotly-chart>` of the proto's figure, as tall
 * as the proto's `layout.height` (px, or `'stretch'`: its box's height) or
 * else the figure's own `layout.height`. plotly.js
 * is the optional peer `plotly.js-dist-min`, which the app's mount serves as
 * `plotly.min.js` when it is installed on the server.
 */
export function plotlyRenderer(proto: ElementProtoOf<'plotlyChart'>, ctx?: RenderContext): unknown {
  void defineLazily('lit-ui-plotly-chart', loadPlotlyChart);
  const selecting = proto.id !== undefined && proto.selectionMode !== undefined && ctx !== undefined;
  return html`<lit-ui-plotly-chart
    .figure=${proto.figure}
    .config=${proto.config}
    .theme=${proto.theme}
    .useContainerWidth=${proto.useContainerWidth}
    .height=${proto.layout?.height}
    .selectionMode=${selecting ? proto.selectionMode : undefined}
    .peerUrl=${ctx?.media?.url('plotly.min.js') ?? 'plotly.min.js'}
    .onSelection=${selecting ? (selection: JsonObject) => ctx.widgets.set(proto as unknown as WidgetProto, selection) : undefined}
  ></lit-ui-plotly-chart>`;
}

/** Loads `<lit-ui-graphviz-chart>`'s class (its own chunk, with Graphviz compiled to WebAssembly). */
const loadGraphvizChart = (): Promise<CustomElementConstructor> => import('./graphvizChart.js').then((m) => m.GraphvizChart);

/** `st.graphvizChart`: a `<lit-ui-graphviz-chart>` of the proto's DOT source. */
export function graphvizRenderer(proto: ElementProtoOf<'graphvizChart'>): unknown {
  void defineLazily('lit-ui-graphviz-chart', loadGraphvizChart);
  return html`<lit-ui-graphviz-chart .dot=${proto.body} .engine=${proto.engine} .useContainerWidth=${proto.useContainerWidth}></lit-ui-graphviz-chart>`;
}

/** Charts people bring (Plotly figures, Graphviz graphs): this module's renderers in the registry, by element type. */
export const broughtChartRenderers = {
  plotlyChart: plotlyRenderer,
  graphvizChart: graphvizRenderer,
} satisfies ElementRenderers;
