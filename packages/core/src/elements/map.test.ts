import { describe, expect, it } from 'vitest';
import { AppTest } from '../testing/appTest.js';

const stations = [
  { lat: 48.8566, lon: 2.3522, riders: 1200, hue: '#ff0000' },
  { lat: 48.8738, lon: 2.295, riders: 300, hue: '#00ff00' },
  { lat: null, lon: 2.1, riders: 10, hue: '#0000ff' },
];

describe('st.map', () => {
  it('finds lat/lon columns by their usual names, drops rows without coordinates, and shows the points as rows in AppTest', async () => {
    const at = AppTest.fromFunction((st) => st.map(stations));
    await at.run();
    const map = at.map[0]!;
    expect(map.proto).toMatchObject({ lat: [48.8566, 48.8738], lon: [2.3522, 2.295], size: 100, height: 500, useContainerWidth: true });
    expect(map.value).toEqual([
      { lat: 48.8566, lon: 2.3522, size: 100, color: null },
      { lat: 48.8738, lon: 2.295, size: 100, color: null },
    ]);
  });

  it('takes sizes (meters) and colors from columns or constants, named coordinate columns, zoom and height', async () => {
    const rows = stations.slice(0, 2).map((s) => ({ y: s.lat, x: s.lon, riders: s.riders, hue: s.hue }));
    const at = AppTest.fromFunction((st) => {
      st.map(rows, { latitude: 'y', longitude: 'x', size: 'riders', color: 'hue', zoom: 11, height: 300 });
      st.map(rows, { latitude: 'y', longitude: 'x', size: 50, color: '#0068c9' });
    });
    await at.run();
    expect(at.map[0]!.proto).toMatchObject({ size: [1200, 300], color: ['#ff0000', '#00ff00'], zoom: 11, height: 300 });
    expect(at.map[1]!.proto).toMatchObject({ size: 50, color: '#0068c9' });
  });

  it('bad input is a clear error naming what is wrong; the script goes on', async () => {
    const at = AppTest.fromFunction((st) => {
      for (const [data, options] of [
        [[{ a: 1, b: 2 }], {}],
        [stations, { latitude: 'nope' }],
        [[{ lat: 95, lon: 0 }], {}],
        [[{ lat: 10, lon: 'east' }], {}],
        [[{ lat: 10, lon: 0, s: -4 }], { size: 's' }],
        [stations, { zoom: 30 }],
      ] as const) {
        try {
          st.map(data, options);
        } catch (error) {
          st.text((error as Error).message);
        }
      }
      st.text('done');
    });
    await at.run();
    expect(at.text.map((t) => t.value)).toEqual([
      'st.map: no latitude column found (looked for lat, latitude, LAT, LATITUDE; columns: a, b). Pass `latitude`.',
      "st.map: no column named 'nope' (columns: lat, lon, riders, hue).",
      'st.map: the latitude of row 0 is 95; it must be a number from -90 to 90.',
      'st.map: the longitude of row 0 is "east"; it must be a number from -180 to 180.',
      'st.map: size of row 0 must be a positive number (got -4).',
      'st.map: zoom must be a number from 0 to 24 (got 30).',
      'done',
    ]);
  });
});
