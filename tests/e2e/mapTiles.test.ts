import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import express from 'express';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { deflateSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { DEFAULT_CSP_DIRECTIVES } from '@lit-ui/ui-lit/server';
import { cspReport, watchCsp } from './cspWatch.js';
import { idle, launchChromium, seeText, serveApp, type Served } from './harness.js';

/** A 256 × 256 PNG of one color (RGB), built here so the tile server needs no files. */
function solidPng([r, g, b]: [number, number, number]): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes: Buffer) => {
    let c = 0xffffffff;
    for (const byte of bytes) c = crcTable[(c ^ byte) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(256, 0);
  header.writeUInt32BE(256, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: 256 }, () => [r, g, b]).flat())]);
  const pixels = deflateSync(Buffer.concat(Array.from({ length: 256 }, () => row)));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', pixels),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const cities = [
  { city: 'Paris', lat: 48.8566, lon: 2.3522 },
  { city: 'Lyon', lat: 45.764, lon: 4.8357 },
];
/** Tile z/x/y requested from the tile server, in order. */
const requested: string[] = [];
let tileServer: Server;
let tileOrigin: string;
let browser: Browser;
let served: Served;

beforeAll(async () => {
  const green = solidPng([40, 160, 80]);
  const tiles = express();
  tiles.get('/tiles/:z/:x/:y.png', (req, res) => {
    requested.push(`${req.params.z}/${req.params.x}/${req.params.y}`);
    res.type('png').send(green);
  });
  tileServer = tiles.listen(0, '127.0.0.1');
  await new Promise((resolve) => tileServer.once('listening', resolve));
  // Another host name than the app's (127.0.0.1): a cross-origin http server the page's CSP must allow.
  tileOrigin = `http://localhost:${(tileServer.address() as AddressInfo).port}`;
  browser = await launchChromium();
  served = await serveApp(
    (st) => {
      st.map(cities, {
        color: '#d00000',
        size: 8000,
        zoom: 6,
        height: 400,
        tileUrl: `${tileOrigin}/tiles/{z}/{x}/{y}.png`,
        attribution: '© Test Tiles',
      });
      st.text('map shown');
    },
    { contentSecurityPolicy: { 'img-src': [...DEFAULT_CSP_DIRECTIVES['img-src']!, tileOrigin] } },
  );
});

afterAll(async () => {
  await served.close();
  await browser.close();
  tileServer.closeAllConnections();
  await new Promise((resolve) => tileServer.close(resolve));
});

describe('st.map tiles in Chromium (tileUrl)', () => {
  it('loads the tiles of the visible area from the app’s tile server, draws the points on top, shows the credit, and breaks no CSP rule', async () => {
    const page = await browser.newPage({ viewport: { width: 900, height: 800 } });
    const csp = await watchCsp(page);
    const foreign: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.origin !== new URL(served.url).origin && url.origin !== tileOrigin) foreign.push(request.url());
    });
    await page.goto(served.url);
    await seeText(page, 'map shown');
    await page.locator('lit-ui-map canvas').waitFor();
    await idle(page);
    const images = page.locator('lit-ui-map .lu-map-tiles img');
    await expect
      .poll(() =>
        images.evaluateAll((imgs) => imgs.every((img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth === 256)),
      )
      .toBe(true);

    // Exactly the tiles shown were requested, once each, all at zoom 6; together they cover the plot.
    const shown = await images.evaluateAll((imgs) =>
      imgs.map((img) => {
        const box = img.getBoundingClientRect();
        return {
          path: new URL((img as HTMLImageElement).src).pathname.replace(/^\/tiles\/|\.png$/g, ''),
          left: box.left,
          top: box.top,
          right: box.right,
          bottom: box.bottom,
        };
      }),
    );
    expect(shown.length).toBeGreaterThanOrEqual(4);
    expect([...requested].sort()).toEqual(shown.map((t) => t.path).sort());
    expect(requested.every((path) => path.startsWith('6/'))).toBe(true);
    const plot = await page.locator('lit-ui-map .lu-map-tiles').evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect);
    for (const tile of shown) expect(tile.right > plot.left && tile.left < plot.right && tile.bottom > plot.top && tile.top < plot.bottom).toBe(true);
    for (const [x, y] of [
      [plot.left + 1, plot.top + 1],
      [plot.right - 1, plot.bottom - 1],
    ] as const) {
      expect(shown.some((t) => t.left <= x && x < t.right && t.top <= y && y < t.bottom)).toBe(true);
    }

    // Paris is in tile 6/32/22 (web maps' numbering), 107.05 px from its left and 4.56 px from its top edge:
    // its red point (about 5 px in radius) is drawn on the canvas right there, over that tile.
    const parisTile = shown.find((t) => t.path === '6/32/22');
    expect(parisTile).toBeDefined();
    const expected = { x: parisTile!.left + 107.05, y: parisTile!.top + 4.56 };
    const around = { left: expected.x - 15, right: expected.x + 15, top: expected.y - 15, bottom: expected.y + 15 };
    const centre = await page.locator('lit-ui-map canvas').evaluate((canvas, box) => {
      const c = canvas as HTMLCanvasElement;
      const rect = c.getBoundingClientRect();
      const ratio = c.width / rect.width;
      const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      let count = 0;
      let sumX = 0;
      let sumY = 0;
      for (let y = 0; y < c.height; y++) {
        for (let x = 0; x < c.width; x++) {
          const i = (y * c.width + x) * 4;
          if (data[i + 3]! < 150 || data[i]! < 150 || data[i + 1]! > 60) continue;
          const px = rect.left + (x + 0.5) / ratio;
          const py = rect.top + (y + 0.5) / ratio;
          if (px < box.left || px >= box.right || py < box.top || py >= box.bottom) continue;
          count++;
          sumX += px;
          sumY += py;
        }
      }
      return { count, x: sumX / count, y: sumY / count };
    }, around);
    expect(centre.count).toBeGreaterThan(20);
    expect(Math.abs(centre.x - expected.x)).toBeLessThan(1.5);
    expect(Math.abs(centre.y - expected.y)).toBeLessThan(1.5);

    await expect.poll(() => page.locator('lit-ui-map .lu-map-attribution').textContent()).toBe('© Test Tiles');
    await page.screenshot({ path: 'test-results/map-tiles.png' });
    const report = await cspReport(page, csp);
    expect(report.violations).toEqual([]);
    expect(report.consoleErrors).toEqual([]);
    expect(foreign).toEqual([]);
    expect(await page.locator('lit-ui-map .lu-chart-error').count()).toBe(0);
    await page.close();
  });
});
