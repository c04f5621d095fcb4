import { html, LitElement, nothing } from 'lit';
import type { ElementProtoOf, JsonObject, JsonValue } from '@lit-ui/core/protocol';
import { inlineStyle } from '../../directives/inlineStyle.js';
import { mapSpec } from './mapSpec.js';
import type { ElementRenderers } from '../types.js';

/** Horizontal and vertical padding (px) the chart config puts around the plot. */
const PAD_X = 12;
const PAD_Y = 16;

let atlas: Promise<JsonValue> | undefined;
/** The world's countries (TopoJSON), loaded once per page from its own lazy chunk. */
function loadAtlas(): Promise<JsonValue> {
  atlas ??= import('lit-ui-world-atlas').then((module) => module.default as unknown as JsonValue);
  return atlas;
}

/**
 * `<lit-ui-map>`: `st.map`'s points over the world's countries, drawn by
 * `<lit-ui-vega-chart>` (Vega-Lite, Mercator) without any tile server. The
 * basemap loads on first use; the map follows its container's width.
 */
export class MapView extends LitElement {
  /** Reactive properties, set by the renderer. */
  static override properties = {
    proto: { attribute: false },
    atlas: { state: true },
    width: { state: true },
  };

  /** The `map` element's proto. */
  declare proto: ElementProtoOf<'map'> | undefined;
  declare private atlas: JsonValue | undefined;
  declare private width: number;
  private readonly resizeObserver = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(() => this.measure());

  constructor() {
    super();
    this.proto = undefined;
    this.atlas = undefined;
    this.width = 0;
  }

  /** Light DOM: the app's stylesheet applies. */
  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.resizeObserver?.observe(this);
    void loadAtlas().then((topology) => (this.atlas = topology));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
  }

  private measure(): void {
    const width = Math.round(this.clientWidth);
    if (Math.abs(width - this.width) >= 2) this.width = width;
  }

  private spec(proto: ElementProtoOf<'map'>): JsonObject | undefined {
    if (this.atlas === undefined || this.width === 0) return undefined;
    const width = proto.useContainerWidth ? this.width - PAD_X : Math.min(this.width, 700) - PAD_X;
    return mapSpec(proto, this.atlas, Math.max(100, width), Math.max(100, proto.height - PAD_Y));
  }

  protected override render(): unknown {
    const proto = this.proto;
    if (!proto) return nothing;
    const spec = this.spec(proto);
    const label = `Map of ${proto.lat.length} point${proto.lat.length === 1 ? '' : 's'}`;
    return spec
      ? html`<div role="img" aria-label=${label}>
          <lit-ui-vega-chart .spec=${spec} .useContainerWidth=${false}></lit-ui-vega-chart>
        </div>`
      : html`<div class="lu-chart-placeholder" style=${inlineStyle({ height: `${proto.height}px` })} role="img" aria-label=${label}></div>`;
  }
}

/** `st.map`: a `<lit-ui-map>` of the proto's points. */
export function mapRenderer(proto: ElementProtoOf<'map'>): unknown {
  return html`<lit-ui-map .proto=${proto}></lit-ui-map>`;
}

/** Maps: this module's renderers in the registry, by element type. */
export const mapRenderers = {
  map: mapRenderer,
} satisfies ElementRenderers;
