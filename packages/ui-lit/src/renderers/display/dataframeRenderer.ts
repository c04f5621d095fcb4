import { html } from 'lit';
import type { ElementProtoOf } from '@lit-ui/core/protocol';
import { defineLazily } from '../lazyElements.js';
import type { ElementRenderers, RenderContext } from '../types.js';

/** Loads `<lit-ui-dataframe>`'s class (its own chunk: the table, its cells, windows and toolbar). */
const loadDataFrameView = (): Promise<CustomElementConstructor> => import('./dataframe.js').then((m) => m.DataFrameView);

/** `st.dataframe`: a `<lit-ui-dataframe>`, whose class loads on first use. */
export function dataframeRenderer(proto: ElementProtoOf<'dataframe'>, ctx: RenderContext): unknown {
  void defineLazily('lit-ui-dataframe', loadDataFrameView);
  return html`<lit-ui-dataframe .proto=${proto} .ctx=${ctx}></lit-ui-dataframe>`;
}

/** Dataframes: this module's renderers in the registry, by element type. */
export const dataframeRenderers = {
  dataframe: dataframeRenderer,
} satisfies ElementRenderers;
