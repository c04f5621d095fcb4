import { html } from 'lit';
import type { ElementProtoOf } from '@lit-ui/core/protocol';
import { defineLazily } from '../lazyElements.js';
import type { ElementRenderers } from '../types.js';

/** Loads `<lit-ui-map>`'s class (its own chunk, with the basemap). */
const loadMapView = (): Promise<CustomElementConstructor> => import('./mapView.js').then((m) => m.MapView);

/** `st.map`: a `<lit-ui-map>` of the proto's points (the element is defined on first use). */
export function mapRenderer(proto: ElementProtoOf<'map'>): unknown {
  void defineLazily('lit-ui-map', loadMapView);
  return html`<lit-ui-map .proto=${proto}></lit-ui-map>`;
}

/** Maps: this module's renderers in the registry, by element type. */
export const mapRenderers = {
  map: mapRenderer,
} satisfies ElementRenderers;
