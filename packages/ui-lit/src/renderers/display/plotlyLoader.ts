/* A lazy module: loads plotly.js, the optional peer, from the app's mount. */

/** The part of plotly.js's API the chart uses (plotly.js-dist-min ships its own full types; the peer may be absent at build time). */
export interface PlotlyApi {
  /** Draws (or redraws, diffing) a figure (`{ data, layout, frames, config }`) into `div`. */
  react(div: HTMLElement, figure: Record<string, unknown>): Promise<unknown>;
  /** Frees the figure's listeners and DOM. */
  purge(div: HTMLElement): void;
}

/** The graph div after plotly.js drew into it: event subscription, as plotly.js adds it. */
export interface PlotlyGraphDiv extends HTMLElement {
  /** Subscribes to a plotly.js event (`plotly_selected`, `plotly_deselect`, …). */
  on(event: string, listener: (data: unknown) => void): void;
  /** Removes every listener of an event. */
  removeAllListeners?(event: string): void;
}

/** An error shown in place of the chart, with the stable code of docs/errors.md. */
export class PlotlyLoadError extends Error {
  constructor(
    /** `PeerNotInstalled` (the server has no plotly.js-dist-min) or `PlotlyLoadFailed`. */
    readonly code: 'PeerNotInstalled' | 'PlotlyLoadFailed',
    message: string,
  ) {
    super(message);
  }
}

/**
 * plotly.js adds its stylesheet as `<style>` elements in `document.head`,
 * which a strict CSP blocks, and which would not reach the app's shadow root
 * anyway. It looks each one up by id first: an element with the id of its
 * global stylesheet whose `sheet` is a constructed stylesheet receives
 * plotly's rules through CSSOM (allowed by CSP), and the renderer adopts
 * that sheet where the chart is drawn; an element with the id of the map
 * traces' stylesheet (MapLibre's, in plotly.js-dist-min 4.1) makes it skip
 * that one.
 */
const GLOBAL_STYLE_ID = 'plotly.js-style-global';
const MAPLIBRE_STYLE_ID = 'ce8d464691048653ffe3a57c6c18ab566e8366f186677868cf724621a857b4fe';

let plotlySheet: CSSStyleSheet | undefined;
let loading: Promise<PlotlyApi> | undefined;

/** plotly.js's rules, captured as a constructed stylesheet (see above); undefined before the first load. */
export function plotlyStyles(): CSSStyleSheet | undefined {
  return plotlySheet;
}

function placeholders(): void {
  if (typeof CSSStyleSheet === 'undefined' || document.getElementById(GLOBAL_STYLE_ID) !== null) return;
  plotlySheet = new CSSStyleSheet();
  const global = document.createElement('meta');
  global.id = GLOBAL_STYLE_ID;
  Object.defineProperty(global, 'sheet', { value: plotlySheet });
  const maps = document.createElement('meta');
  maps.id = MAPLIBRE_STYLE_ID;
  document.head.append(global, maps);
}

const globalPlotly = (): PlotlyApi | undefined => (globalThis as { Plotly?: PlotlyApi }).Plotly;

/**
 * plotly.js, loaded once per page from `url` (the app's mount serves the
 * installed `plotly.js-dist-min` there) — or the `Plotly` the host page
 * loaded itself. A failed load is forgotten, so the next chart tries again.
 * @throws PlotlyLoadError `PeerNotInstalled` when the server answers 404, `PlotlyLoadFailed` otherwise.
 */
export function loadPlotly(url: string): Promise<PlotlyApi> {
  const ready = globalPlotly();
  if (ready) return Promise.resolve(ready);
  loading ??= (async () => {
    placeholders();
    try {
      await import(/* @vite-ignore */ url);
    } catch (error) {
      const status = await fetch(url, { method: 'HEAD' }).then(
        (response) => response.status,
        () => 0,
      );
      if (status === 404) {
        throw new PlotlyLoadError(
          'PeerNotInstalled',
          'st.plotlyChart needs plotly.js: install the optional peer on the server (npm install plotly.js-dist-min@4.1.2) and restart it.',
        );
      }
      throw new PlotlyLoadError(
        'PlotlyLoadFailed',
        `plotly.js could not be loaded from ${url}: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    const plotly = globalPlotly();
    if (!plotly) throw new PlotlyLoadError('PlotlyLoadFailed', `${url} did not define Plotly.`);
    return plotly;
  })();
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
