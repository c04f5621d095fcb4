import { describe, expect, it } from 'vitest';
import type { ElementProtoOf } from '@lit-ui/core/protocol';
import { mapSpec, mapView, radiusPx } from './mapSpec.js';

const proto = (fields: Partial<ElementProtoOf<'map'>>): ElementProtoOf<'map'> => ({
  type: 'map',
  lat: [],
  lon: [],
  size: 100,
  height: 400,
  useContainerWidth: true,
  ...fields,
});

describe('st.map spec', () => {
  it('centres on the points and fits them into 80 % of the frame', () => {
    const { center, scale } = mapView(proto({ lat: [40, 50], lon: [-10, 10] }), 800, 400);
    expect(center[0]).toBeCloseTo(0);
    expect(center[1]).toBeGreaterThan(45); // Mercator stretches the north: the middle in y is north of 45°
    const degreesShown = ((800 / scale) * 180) / Math.PI;
    expect(degreesShown).toBeGreaterThanOrEqual(20 / 0.8 - 1e-9);
  });

  it('uses the zoom given (256 px × 2^zoom for the world) and stops fitting at zoom 12 for a single point', () => {
    expect(mapView(proto({ lat: [1], lon: [1], zoom: 3 }), 500, 500).scale * 2 * Math.PI).toBeCloseTo(256 * 8);
    expect(mapView(proto({ lat: [1], lon: [1] }), 500, 500).scale * 2 * Math.PI).toBeCloseTo(256 * 4096);
  });

  it('draws radii in meters on the ground, within 2.5 to 120 px', () => {
    const scale = (256 * 2 ** 12) / (2 * Math.PI); // ~38 m per px at the equator
    expect(radiusPx(380, 0, scale)).toBeCloseTo(380 / ((6_378_137 * 2 * Math.PI) / (256 * 4096)), 5);
    expect(radiusPx(1, 0, scale)).toBe(2.5);
    expect(radiusPx(1e9, 0, scale)).toBe(120);
  });

  it('layers the countries under the points, with per-point colors when given a list', () => {
    const spec = mapSpec(proto({ lat: [10, 20], lon: [30, 40], color: ['#f00', '#0f0'] }), { type: 'Topology', objects: {} }, 600, 300);
    const [land, points] = spec['layer'] as { data: { values: unknown }; mark: { type: string }; encoding?: Record<string, unknown> }[];
    expect(land!.mark.type).toBe('geoshape');
    expect(points!.mark.type).toBe('circle');
    expect(points!.data.values).toMatchObject([
      { lat: 10, lon: 30, color: '#f00' },
      { lat: 20, lon: 40, color: '#0f0' },
    ]);
    expect(points!.encoding!['color']).toEqual({ field: 'color', type: 'nominal', scale: null });
  });

  it('over tiles, draws only the points on a transparent plot', () => {
    const spec = mapSpec(proto({ lat: [10], lon: [30], tileUrl: 'https://t.example/{z}/{x}/{y}.png' }), null, 600, 300);
    const layers = spec['layer'] as { mark: { type: string } }[];
    expect(layers.map((l) => l.mark.type)).toEqual(['circle']);
    expect(spec['view']).toEqual({ fill: null, stroke: null });
  });
});
