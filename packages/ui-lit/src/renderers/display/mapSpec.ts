import type { ElementProtoOf, JsonObject, JsonValue } from '@lit-ui/core/protocol';

/** Earth's equatorial radius in meters (WGS 84), the radius web maps project with. */
const EARTH_RADIUS_M = 6_378_137;
/** Web maps' zoom 0: the world on 256 px. Projection scale = px per radian. */
const scaleOfZoom = (zoom: number): number => (256 * 2 ** zoom) / (2 * Math.PI);
/** Fitting never zooms in further than this (one point, or points a few meters apart). */
const MAX_FIT_ZOOM = 12;
/** Smallest and largest drawn radius in px, whatever the meters say. */
const MIN_RADIUS_PX = 2.5;
const MAX_RADIUS_PX = 120;

const toRadians = (degrees: number): number => (degrees * Math.PI) / 180;
/** Mercator's y of a latitude (radians of the projected plane). */
const mercatorY = (lat: number): number => Math.log(Math.tan(Math.PI / 4 + toRadians(Math.max(-85, Math.min(85, lat))) / 2));
const latitudeOfY = (y: number): number => (Math.atan(Math.exp(y)) * 2 - Math.PI / 2) * (180 / Math.PI);

/** Center (lon, lat) and projection scale that show the points in `width` × `height` px, or at the proto's zoom. */
export function mapView(proto: ElementProtoOf<'map'>, width: number, height: number): { center: [number, number]; scale: number } {
  const { lat, lon } = proto;
  if (lat.length === 0) return { center: [0, 20], scale: scaleOfZoom(proto.zoom ?? 0.5) };
  const west = Math.min(...lon);
  const east = Math.max(...lon);
  const south = mercatorY(Math.min(...lat));
  const north = mercatorY(Math.max(...lat));
  const center: [number, number] = [(west + east) / 2, latitudeOfY((south + north) / 2)];
  if (proto.zoom !== undefined) return { center, scale: scaleOfZoom(proto.zoom) };
  // 80 % of the frame, so the outermost points are not on its edge.
  const fitX = east > west ? (0.8 * width) / toRadians(east - west) : Infinity;
  const fitY = north > south ? (0.8 * height) / (north - south) : Infinity;
  return { center, scale: Math.min(fitX, fitY, scaleOfZoom(MAX_FIT_ZOOM)) };
}

/** A point's radius in px: `meters` on the ground at latitude `lat`, at projection `scale`. */
export function radiusPx(meters: number, lat: number, scale: number): number {
  const metersPerPx = (EARTH_RADIUS_M * Math.cos(toRadians(lat))) / scale;
  return Math.max(MIN_RADIUS_PX, Math.min(MAX_RADIUS_PX, meters / metersPerPx));
}

/**
 * The Vega-Lite spec of `st.map`: the world's countries (TopoJSON
 * `countries`) in a neutral fill that suits light and dark themes, and the
 * points as circles sized in meters, in a Mercator projection centred on the
 * points. `width` and `height` are the plot's size in px. With the proto's
 * `tileUrl`, no basemap and no sea: the plot is transparent over the tiles
 * (`atlas` is then unused).
 */
export function mapSpec(proto: ElementProtoOf<'map'>, atlas: JsonValue, width: number, height: number): JsonObject {
  const { center, scale } = mapView(proto, width, height);
  const points = proto.lat.map((lat, i) => {
    const meters = typeof proto.size === 'number' ? proto.size : (proto.size[i] ?? 100);
    const r = radiusPx(meters, lat, scale);
    const point: JsonObject = { lat, lon: proto.lon[i] ?? 0, area: Math.PI * r * r };
    if (Array.isArray(proto.color)) point['color'] = proto.color[i] ?? null;
    return point;
  });
  const color: JsonObject =
    proto.color === undefined ? {} : typeof proto.color === 'string' ? { value: proto.color } : { field: 'color', type: 'nominal', scale: null };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width,
    height,
    projection: { type: 'mercator', center, scale, translate: [width / 2, height / 2] },
    // The sea: a faint tint that reads on light and dark themes alike (none over tiles).
    view: { fill: proto.tileUrl === undefined ? '#8881' : null, stroke: null },
    layer: [
      ...(proto.tileUrl === undefined
        ? [
            {
              data: { values: atlas, format: { type: 'topojson', feature: 'countries' } },
              mark: { type: 'geoshape', fill: '#8882', stroke: '#8886', strokeWidth: 0.5, clip: true },
            },
          ]
        : []),
      {
        data: { values: points },
        mark: { type: 'circle', opacity: 0.75, clip: true },
        encoding: {
          longitude: { field: 'lon', type: 'quantitative' },
          latitude: { field: 'lat', type: 'quantitative' },
          size: { field: 'area', type: 'quantitative', scale: null, legend: null },
          ...(Object.keys(color).length > 0 ? { color } : {}),
          tooltip: [
            { field: 'lat', type: 'quantitative', title: 'Latitude', format: '.5f' },
            { field: 'lon', type: 'quantitative', title: 'Longitude', format: '.5f' },
          ],
        },
      },
    ],
  };
}
