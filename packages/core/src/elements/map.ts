import { invalidArgument } from '../errors.js';
import { display } from '../protocol/elementSpec.js';
import type { ElementProtoOf, JsonValue } from '../protocol/elements.js';
import { checkAttribution, checkTileUrl } from './mapTiles.js';
import { makeProto } from './proto.js';
import { toTabular } from './tabular.js';
import type { WidthOption } from '../dg/layoutOptions.js';

/**
 * Options of `st.map`, as Streamlit's `st.map`. The map is drawn offline:
 * the points over the world's countries (TopoJSON from `vega-datasets`),
 * in a Mercator projection; no tile server is needed. With `tileUrl`, the
 * points are drawn over raster tiles from the app's own tile server instead.
 *
 * @example
 * st.map(stations, { latitude: 'lat', longitude: 'lon', size: 'riders', color: '#0068c9', zoom: 9 });
 */
export interface MapOptions extends WidthOption {
  /** Column of latitudes, in degrees (-90..90). Default: the first of `lat`, `latitude`, `LAT`, `LATITUDE`. */
  readonly latitude?: string;
  /** Column of longitudes, in degrees (-180..180). Default: the first of `lon`, `longitude`, `LON`, `LONGITUDE`. */
  readonly longitude?: string;
  /** Point radius in meters (on the ground, as Streamlit's), or a column of radii. Default 100 m. */
  readonly size?: number | string;
  /** Point color: a CSS color for every point, or a column of CSS colors. Default: the theme's primary color. */
  readonly color?: string;
  /** Zoom level as web maps count it (0 = the whole world on 256 px, +1 doubles the scale). Default: fit the points. */
  readonly zoom?: number;
  /** Map height in px. Default 500. */
  readonly height?: number;
  /** Stretch to the container's width. Default true. */
  readonly useContainerWidth?: boolean;
  /** Names of the columns of an array of arrays. */
  readonly columns?: readonly string[];
  /**
   * A raster tile server to draw under the points, instead of the offline
   * basemap: a URL template with `{z}` (zoom), `{x}` (column) and `{y}` (row)
   * in XYZ numbering, 256 px Web Mercator tiles, as Leaflet's `tileLayer`
   * takes, e.g. `'https://tile.example.org/{z}/{x}/{y}.png'`. lit-ui's
   * addition: Streamlit's `st.map` has no equivalent (it draws Carto's tiles
   * through pydeck). Only `http:`/`https:`; the placeholders must be in the
   * path or query, so the browser loads tiles from that one origin only.
   * The default host-page policy allows any `https:` image origin; an
   * `http:` tile server, or a host page with a stricter or its own
   * Content-Security-Policy, must list the tile origin in `img-src`
   * (docs/dataframes.md#maps). Default: none (the offline basemap).
   * @throws LitUiError `InvalidTileUrl` for a template that is none of this.
   */
  readonly tileUrl?: string;
  /**
   * Credit for the tiles, shown in the map's lower right corner as plain
   * text (tile providers usually require it, e.g. `'© OpenStreetMap contributors'`);
   * at most 300 characters. Only with `tileUrl`.
   */
  readonly attribution?: string;
}

/** One point of `st.map`, as AppTest's `at.map[0].value` lists them. */
export interface MapPoint {
  /** Latitude in degrees. */
  lat: number;
  /** Longitude in degrees. */
  lon: number;
  /** Radius in meters. */
  size: number;
  /** CSS color; null: the theme's. */
  color: string | null;
}

/** Element map entry of `st.map`: the points in columns; its AppTest value is the points as rows. */
export const mapElements = {
  /** `st.map`: points on a world map, as Streamlit's `st.map`. */
  map: display<
    {
      /** Latitudes of the points, in degrees. */
      lat: number[];
      /** Longitudes of the points, in degrees. */
      lon: number[];
      /** Radius in meters: one for every point, or one per point. */
      size: number | number[];
      /** CSS color: one for every point, or one per point; absent: the theme's primary color. */
      color?: string | string[];
      /** Zoom level (web maps' scale: 256 px × 2^zoom for the world); absent: fit the points. */
      zoom?: number;
      /** Height in px. */
      height: number;
      /** Stretch the map to its container's width. */
      useContainerWidth: boolean;
      /** Tile URL template (`{z}`, `{x}`, `{y}`) drawn under the points; absent: the offline basemap. */
      tileUrl?: string;
      /** Plain-text credit for the tiles, shown on the map. */
      attribution?: string;
    },
    MapPoint[]
  >((proto) =>
    proto.lat.map((lat, i) => ({
      lat,
      lon: proto.lon[i]!,
      size: typeof proto.size === 'number' ? proto.size : proto.size[i]!,
      color: proto.color === undefined ? null : typeof proto.color === 'string' ? proto.color : proto.color[i]!,
    })),
  ),
};

const LATITUDES = ['lat', 'latitude', 'LAT', 'LATITUDE'];
const LONGITUDES = ['lon', 'longitude', 'LON', 'LONGITUDE'];

/**
 * Proto of `st.map`: rows whose latitude or longitude is null are left out,
 * as Streamlit drops them.
 *
 * @throws LitUiError `InvalidArgument` when a coordinate column is missing, a
 *   coordinate is not a number within range, a size is not a positive number,
 *   or `zoom`/`height` are out of range; `InvalidTileUrl` for a bad `tileUrl`.
 */
export function mapProto(data: unknown, options: MapOptions = {}): ElementProtoOf<'map'> {
  const table = toTabular(data, 'map', options.columns);
  const names = table.columns.map((c) => c.name);
  const find = (given: string | undefined, defaults: string[], what: string): number => {
    const name = given ?? defaults.find((d) => names.includes(d));
    const index = name === undefined ? -1 : names.indexOf(name);
    if (index < 0) {
      throw invalidArgument(
        given === undefined
          ? `st.map: no ${what} column found (looked for ${defaults.join(', ')}; columns: ${names.join(', ')}). Pass \`${what}\`.`
          : `st.map: no column named '${given}' (columns: ${names.join(', ')}).`,
      );
    }
    return index;
  };
  const latIndex = find(options.latitude, LATITUDES, 'latitude');
  const lonIndex = find(options.longitude, LONGITUDES, 'longitude');
  const sizeIndex = typeof options.size === 'string' ? find(options.size, [], 'size') : -1;
  const colorIndex = typeof options.color === 'string' && names.includes(options.color) ? names.indexOf(options.color) : -1;
  const coordinate = (value: JsonValue | undefined, limit: number, what: string, row: number): number => {
    if (typeof value !== 'number' || !Number.isFinite(value) || Math.abs(value) > limit) {
      throw invalidArgument(`st.map: the ${what} of row ${row} is ${JSON.stringify(value)}; it must be a number from -${limit} to ${limit}.`);
    }
    return value;
  };
  const lat: number[] = [];
  const lon: number[] = [];
  const sizes: number[] = [];
  const colors: string[] = [];
  table.rows.forEach((row, r) => {
    if (row[latIndex] === null || row[lonIndex] === null) return;
    lat.push(coordinate(row[latIndex], 90, 'latitude', r));
    lon.push(coordinate(row[lonIndex], 180, 'longitude', r));
    if (sizeIndex >= 0) sizes.push(positive(row[sizeIndex], `size of row ${r}`));
    if (colorIndex >= 0) {
      const color = row[colorIndex];
      if (typeof color !== 'string')
        throw invalidArgument(`st.map: the color of row ${r} is ${JSON.stringify(color)}; it must be a CSS color string.`);
      colors.push(color);
    }
  });
  if (options.zoom !== undefined && (!Number.isFinite(options.zoom) || options.zoom < 0 || options.zoom > 24)) {
    throw invalidArgument(`st.map: zoom must be a number from 0 to 24 (got ${options.zoom}).`);
  }
  const color = colorIndex >= 0 ? colors : options.color;
  return makeProto('map', {
    lat,
    lon,
    size: sizeIndex >= 0 ? sizes : positive(options.size ?? 100, 'size'),
    ...(color !== undefined ? { color } : {}),
    ...(options.zoom !== undefined ? { zoom: options.zoom } : {}),
    height: positive(options.height ?? 500, 'height'),
    useContainerWidth: options.useContainerWidth ?? true,
    ...(options.tileUrl !== undefined ? { tileUrl: checkTileUrl(options.tileUrl) } : {}),
    ...(options.tileUrl !== undefined && options.attribution !== undefined ? { attribution: checkAttribution(options.attribution) } : {}),
  });
}

function positive(value: unknown, what: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    throw invalidArgument(`st.map: ${what} must be a positive number (got ${JSON.stringify(value)}).`);
  }
  return value;
}
