import type { ElementProtoOf, JsonValue } from '@lit-ui/core/protocol';
import { defineVegaChart } from './chartRenderer.js';
import { mapSpec, mapView } from './mapSpec.js';
import { renderAttribution, renderTileLayer } from './mapTileLayer.js';

/** Horizontal and vertical padding (px) the chart config puts around the plot. */
const PAD_X = 12;
const PAD_Y = 16;

let atlas: Promise<JsonValue> | undefined;
/** The world's countries (TopoJSON), loaded once per page from its own lazy chunk. */
function loadAtlas(): Promise<JsonValue> {
  atlas ??= import('lit-ui-world-atlas').then((module) => module.default as unknown as JsonValue);
  return atlas;
}

/** What `<lit-ui-map>` sets on the `<lit-ui-vega-chart>` it draws with. */
interface ChartTarget extends HTMLElement {
  spec: unknown;
  useContainerWidth: boolean;
}

/**
 * `<lit-ui-map>`: `st.map`'s points over the world's countries, drawn by a
 * `<lit-ui-vega-chart>` (Vega-Lite, Mercator) without any tile server. A
 * plain custom element in a chunk of its own (with the basemap), loaded by
 * the first page that shows a map; it follows its container's width. With
 * the proto's `tileUrl`, the points are drawn over that server's raster
 * tiles instead (the basemap is then not loaded), with the `attribution`.
 */
export class MapView extends HTMLElement {
  #proto: ElementProtoOf<'map'> | undefined;
  #atlas: JsonValue | undefined;
  #width = 0;
  readonly #resizeObserver = new ResizeObserver(() => this.#measure());

  constructor() {
    super();
    // The renderer may set `proto` before this class is defined (it loads lazily): on upgrade that value is an
    // own property shadowing the accessor; move it behind the accessor.
    const early = Object.getOwnPropertyDescriptor(this, 'proto');
    if (early) {
      Reflect.deleteProperty(this, 'proto');
      this.proto = early.value as ElementProtoOf<'map'> | undefined;
    }
  }

  /** The `map` element's proto (set by the renderer). */
  get proto(): ElementProtoOf<'map'> | undefined {
    return this.#proto;
  }

  set proto(proto: ElementProtoOf<'map'> | undefined) {
    this.#proto = proto;
    this.#draw();
  }

  connectedCallback(): void {
    this.#resizeObserver.observe(this);
    this.#draw();
  }

  disconnectedCallback(): void {
    this.#resizeObserver.disconnect();
  }

  #measure(): void {
    const width = Math.round(this.clientWidth);
    if (Math.abs(width - this.#width) < 2) return;
    this.#width = width;
    this.#draw();
  }

  #draw(): void {
    const proto = this.#proto;
    if (!proto) return;
    const label = `Map of ${proto.lat.length} point${proto.lat.length === 1 ? '' : 's'}`;
    let frame = this.firstElementChild as HTMLElement | null;
    if (!frame) {
      frame = document.createElement('div');
      frame.setAttribute('role', 'img');
      this.append(frame);
    }
    frame.setAttribute('aria-label', label);
    const tiled = proto.tileUrl !== undefined;
    if (!tiled && this.#atlas === undefined && this.isConnected) {
      void loadAtlas().then((topology) => {
        this.#atlas = topology;
        this.#draw();
      });
    }
    if ((!tiled && this.#atlas === undefined) || this.#width === 0) {
      frame.className = 'lu-chart-placeholder';
      frame.style.height = `${proto.height}px`;
      return;
    }
    frame.className = '';
    frame.style.height = '';
    let chart = frame.querySelector<ChartTarget>('lit-ui-vega-chart');
    if (!chart) {
      void defineVegaChart();
      chart = document.createElement('lit-ui-vega-chart') as ChartTarget;
      chart.useContainerWidth = false;
      // Positioned, so it draws over the tile layer.
      chart.style.position = 'relative';
      frame.append(chart);
    }
    const width = Math.max(100, proto.useContainerWidth ? this.#width - PAD_X : Math.min(this.#width, 700) - PAD_X);
    const height = Math.max(100, proto.height - PAD_Y);
    chart.spec = mapSpec(proto, this.#atlas ?? null, width, height);
    renderTileLayer(frame, proto.tileUrl, mapView(proto, width, height), width, height);
    renderAttribution(this, proto.tileUrl === undefined ? undefined : proto.attribution);
  }
}
