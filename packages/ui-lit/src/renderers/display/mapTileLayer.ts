import { tilesFor } from './mapTiles.js';

/** Where the chart config's padding puts the plot inside `<lit-ui-vega-chart>`'s canvas, px. */
const PLOT_LEFT = 4;
const PLOT_TOP = 8;
const PLOT_RIGHT = 8;
const PLOT_BOTTOM = 8;

/** The projection `<lit-ui-map>` draws the points with: center [lon, lat] in degrees, scale in px per radian. */
export interface MapProjection {
  readonly center: readonly [number, number];
  readonly scale: number;
}

function place(element: HTMLElement, left: number, top: number, width: number, height: number): void {
  element.style.position = 'absolute';
  element.style.left = `${left}px`;
  element.style.top = `${top}px`;
  element.style.width = `${width}px`;
  element.style.height = `${height}px`;
}

/**
 * Lays the raster tiles of `template` under the plot of the chart in
 * `frame` (a `.lu-map-tiles` box at the plot's position, first in `frame`,
 * so the chart's transparent canvas draws the points on top), reusing the
 * `<img>` of tiles still shown. The images are decorative (`alt=""`: the
 * map's frame is the `role="img"` with a label) and load without a
 * referrer, from the template's origin only. Without a template, removes
 * any tiles. Styles go through the CSSOM, which a strict CSP allows.
 */
export function renderTileLayer(frame: HTMLElement, template: string | undefined, projection: MapProjection, width: number, height: number): void {
  let layer = frame.querySelector<HTMLElement>(':scope > .lu-map-tiles');
  if (template === undefined) return void layer?.remove();
  frame.style.position = 'relative';
  if (!layer) {
    layer = document.createElement('div');
    layer.className = 'lu-map-tiles';
    layer.style.overflow = 'hidden';
    layer.style.pointerEvents = 'none';
    frame.prepend(layer);
  }
  place(layer, PLOT_LEFT, PLOT_TOP, width, height);
  const tiles = tilesFor(template, projection.center, projection.scale, width, height);
  const shown = new Map<string, HTMLImageElement>();
  for (const img of layer.querySelectorAll('img')) shown.set(img.getAttribute('src') ?? '', img);
  const images = tiles.map((tile) => {
    let img = shown.get(tile.url);
    shown.delete(tile.url);
    if (!img) {
      img = document.createElement('img');
      img.alt = '';
      img.decoding = 'async';
      img.draggable = false;
      img.referrerPolicy = 'no-referrer';
      img.src = tile.url;
    }
    // Whole px, each tile from its own rounded edges: no hairline gaps between tiles.
    const left = Math.round(tile.left);
    const top = Math.round(tile.top);
    place(img, left, top, Math.round(tile.left + tile.size) - left, Math.round(tile.top + tile.size) - top);
    return img;
  });
  layer.replaceChildren(...images);
}

/**
 * Shows `attribution` (plain text) in the lower right corner of the plot
 * in `host` (positioned over the map, outside its `role="img"` frame so
 * screen readers read it), or removes it.
 */
export function renderAttribution(host: HTMLElement, attribution: string | undefined): void {
  let credit = host.querySelector<HTMLElement>(':scope > .lu-map-attribution');
  if (attribution === undefined || attribution === '') return void credit?.remove();
  host.style.position = 'relative';
  if (!credit) {
    credit = document.createElement('div');
    credit.className = 'lu-map-attribution';
    Object.assign(credit.style, {
      position: 'absolute',
      right: `${PLOT_RIGHT}px`,
      bottom: `${PLOT_BOTTOM}px`,
      padding: '0 4px',
      fontSize: '11px',
      lineHeight: '16px',
      background: 'var(--lit-ui-bg, #fff)',
      color: 'var(--lit-ui-text, #31333f)',
    });
    host.append(credit);
  }
  credit.textContent = attribution;
}
