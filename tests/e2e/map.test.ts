import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { idle, launchChromium, seeText, serveApp, type Served } from './harness.js';

const cities = [
  { city: 'Paris', lat: 48.8566, lon: 2.3522 },
  { city: 'Berlin', lat: 52.52, lon: 13.405 },
  { city: 'Madrid', lat: 40.4168, lon: -3.7038 },
];

/** How many of the map canvas's pixels are drawn at all, and how many are close to `rgb`. */
async function pixels(page: Page, rgb: [number, number, number]): Promise<{ drawn: number; matching: number; total: number }> {
  return page.locator('lit-ui-map canvas').evaluate((canvas, [r, g, b]) => {
    const c = canvas as HTMLCanvasElement;
    const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
    let drawn = 0;
    let matching = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (data[i + 3]! > 0) drawn++;
      if (data[i + 3]! > 150 && Math.abs(data[i]! - r) < 40 && Math.abs(data[i + 1]! - g) < 40 && Math.abs(data[i + 2]! - b) < 40) matching++;
    }
    return { drawn, matching, total: data.length / 4 };
  }, rgb);
}

let browser: Browser;
let served: Served;

beforeAll(async () => {
  browser = await launchChromium();
  served = await serveApp((st) => {
    const zoomed = st.checkbox('Zoom out');
    st.map(cities, { color: '#d00000', size: 40_000, height: 400, ...(zoomed ? { zoom: 1 } : {}) });
    st.text(`cities: ${cities.length}`);
  });
});

afterAll(async () => {
  await served.close();
  await browser.close();
});

describe('st.map in Chromium', () => {
  it('draws the countries and the points offline, fitted to the points; a zoom option redraws the whole world', async () => {
    const page = await browser.newPage({ viewport: { width: 900, height: 800 } });
    const external: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(served.url.replace(/\/app$/, ''))) external.push(request.url());
    });
    await page.goto(served.url);
    await seeText(page, 'cities: 3');
    await page.locator('lit-ui-map canvas').waitFor();
    await idle(page);
    await expect.poll(async () => (await pixels(page, [208, 0, 0])).matching).toBeGreaterThan(100);
    const fitted = await pixels(page, [208, 0, 0]);
    // Land fills a good part of a map of western Europe.
    expect(fitted.drawn / fitted.total).toBeGreaterThan(0.2);
    expect(await page.getByRole('img', { name: 'Map of 3 points' }).count()).toBe(1);
    await page.screenshot({ path: 'test-results/map-fitted.png' });

    await page.getByText('Zoom out').click();
    await idle(page);
    // At zoom 1 the same 40 km circles are a few px: far fewer red pixels.
    await expect.poll(async () => (await pixels(page, [208, 0, 0])).matching).toBeLessThan(fitted.matching / 4);
    await page.screenshot({ path: 'test-results/map-world.png' });
    expect(await page.locator('lit-ui-map .lu-chart-error').count()).toBe(0);
    expect(external).toEqual([]);
    await page.close();
  });
});
