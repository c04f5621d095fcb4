import { describe, expect, it } from 'vitest';
import { tilesFor } from './mapTiles.js';

/** Vega's projection scale (px per radian) at a web map zoom. */
const scaleOf = (zoom: number) => (256 * 2 ** zoom) / (2 * Math.PI);

describe('tilesFor', () => {
  it('at zoom 0 centred on (0, 0), one 256 px tile fills a 256 px plot', () => {
    expect(tilesFor('https://t.example/{z}/{x}/{y}.png', [0, 0], scaleOf(0), 256, 256)).toEqual([
      { url: 'https://t.example/0/0/0.png', left: 0, top: 0, size: 256 },
    ]);
  });

  it('at zoom 1 a 512 px plot centred on (0, 0) takes the four tiles, each where web maps put it', () => {
    const tiles = tilesFor('https://t.example/{z}/{x}/{y}.png', [0, 0], scaleOf(1), 512, 512);
    expect(tiles.map((t) => [t.url, t.left, t.top])).toEqual([
      ['https://t.example/1/0/0.png', 0, 0],
      ['https://t.example/1/1/0.png', 256, 0],
      ['https://t.example/1/0/1.png', 0, 256],
      ['https://t.example/1/1/1.png', 256, 256],
    ]);
  });

  it('picks the tile holding a point under the plot centre (Paris at zoom 10: tile 518/352)', () => {
    const tiles = tilesFor('https://t.example/{z}/{x}/{y}.png', [2.3522, 48.8566], scaleOf(10), 100, 100);
    const centre = tiles.find((t) => t.left <= 50 && t.left + t.size > 50 && t.top <= 50 && t.top + t.size > 50);
    expect(centre?.url).toBe('https://t.example/10/518/352.png');
  });

  it('scales tiles between integer zooms, wraps columns across the antimeridian and leaves out rows beyond the poles', () => {
    const tiles = tilesFor('https://t.example/{z}/{x}/{y}', [180, 80], scaleOf(2.4), 400, 300);
    expect(tiles.every((t) => t.url.startsWith('https://t.example/2/'))).toBe(true);
    expect(tiles[0]!.size).toBeCloseTo(256 * 2 ** 0.4);
    const columns = new Set(tiles.map((t) => Number(t.url.split('/')[4])));
    expect(columns).toEqual(new Set([3, 0]));
    expect(tiles.every((t) => Number(t.url.split('/')[5]) >= 0)).toBe(true);
  });

  it('draws nothing rather than hundreds of tiles', () => {
    expect(tilesFor('https://t.example/{z}/{x}/{y}', [0, 0], scaleOf(3.5), 20_000, 20_000)).toEqual([]);
  });
});
