import { html } from 'lit';
import type { ElementProtoOf } from '@lit-ui/core/protocol';
import type { ElementRenderers } from '../types.js';

let defining: Promise<void> | undefined;
/** Defines `<lit-ui-map>` from its lazy chunk (with the basemap) the first time a map is shown. */
function defineMapView(): void {
  defining ??= import('./mapView.js').then(({ MapView }) => {
    if (!customElements.get('lit-ui-map')) customElements.define('lit-ui-map', MapView);
  });
}

/** `st.map`: a `<lit-ui-map>` of the proto's points (the element is defined on first use). */
export function mapRenderer(proto: ElementProtoOf<'map'>): unknown {
  defineMapView();
  return html`<lit-ui-map .proto=${proto}></lit-ui-map>`;
}

/** Maps: this module's renderers in the registry, by element type. */
export const mapRenderers = {
  map: mapRenderer,
} satisfies ElementRenderers;
