import { html } from 'lit';
import type { ElementProtoOf } from '@lit-ui/core/protocol';
import { defineLazily } from '../lazyElements.js';
import type { ElementRenderers } from '../types.js';

/** Loads `<lit-ui-json>`'s class (its own chunk: not needed for a first paint without `st.json`). */
const loadJsonViewer = (): Promise<CustomElementConstructor> => import('./jsonViewer.js').then((m) => m.JsonViewer);

/** `st.json`: a `<lit-ui-json>` tree (the element is defined on first use). */
export function jsonRenderer(proto: ElementProtoOf<'json'>): unknown {
  void defineLazily('lit-ui-json', loadJsonViewer);
  return html`<lit-ui-json .value=${proto.body} .expanded=${proto.expanded}></lit-ui-json>`;
}

/** JSON trees: this module's renderers in the registry, by element type. */
export const jsonRenderers = {
  json: jsonRenderer,
} satisfies ElementRenderers;
