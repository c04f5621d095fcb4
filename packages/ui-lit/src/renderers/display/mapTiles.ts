/** One raster tile as `<lit-ui-map>` lays it under the points: its URL and its box in px, relative to the plot's top left corner. */
export interface TilePlacement {
  /** The tile's URL: the app's template with `{z}`, `{x}`, `{y}` filled in. */
  readonly url: string;
  /** Left edge, px. */
  readonly left: number;
  /** Top edge, px. */
  readonly top: number;
  /** Width and height, px (256 at an integer zoom; scaled between two tile zooms). */
  readonly size: number;
}

/** Web maps' tile size, px. */
const TILE_PX = 256;
/** Most tile servers stop here. */
const MAX_TILE_ZOOM = 22;
/** More tiles than this for one map means something is off (a huge frame): draw none rather than flood the server. */
const MAX_TILES = 256;

/** Mercator's y of a latitude in degrees (radians of the projected plane). */
const mercatorY = (lat: number): number => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));

/**
 * The tiles that cover a `width` × `height` px plot in Vega's Mercator
 * projection centred on `center` ([lon, lat], degrees) at `scale` (px per
 * radian, as d3/Vega count it: the world is 2π·scale px wide). The tile zoom
 * is the nearest integer to the view's (tiles are scaled by at most √2 either
 * way); columns wrap around the antimeridian, rows beyond the poles are left out.
 */
export function tilesFor(template: string, center: readonly [number, number], scale: number, width: number, height: number): TilePlacement[] {
  const zoom = Math.log2((2 * Math.PI * scale) / TILE_PX);
  const tileZoom = Math.max(0, Math.min(MAX_TILE_ZOOM, Math.round(zoom)));
  const count = 2 ** tileZoom;
  const size = TILE_PX * 2 ** (zoom - tileZoom);
  const world = size * count;
  // World px (at the view's zoom) of the plot's top left corner.
  const left = ((center[0] + 180) / 360) * world - width / 2;
  const top = ((Math.PI - mercatorY(center[1])) / (2 * Math.PI)) * world - height / 2;
  const firstColumn = Math.floor(left / size);
  const lastColumn = Math.floor((left + width - 1e-6) / size);
  const firstRow = Math.max(0, Math.floor(top / size));
  const lastRow = Math.min(count - 1, Math.floor((top + height - 1e-6) / size));
  if ((lastColumn - firstColumn + 1) * (lastRow - firstRow + 1) > MAX_TILES) return [];
  const tiles: TilePlacement[] = [];
  for (let row = firstRow; row <= lastRow; row++) {
    for (let column = firstColumn; column <= lastColumn; column++) {
      const x = ((column % count) + count) % count;
      const url = template.replaceAll('{z}', String(tileZoom)).replaceAll('{x}', String(x)).replaceAll('{y}', String(row));
      tiles.push({ url, left: column * size - left, top: row * size - top, size });
    }
  }
  return tiles;
}
