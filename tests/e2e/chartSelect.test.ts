import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { VegaLiteState } from '@lit-ui/core';
import { idle, launchChromium, seeText, serveApp, type Served } from './harness.js';

const cars = [
  { name: 'Civic', hp: 60, mpg: 40, origin: 'Japan' },
  { name: 'Mustang', hp: 200, mpg: 15, origin: 'USA' },
  { name: 'Golf', hp: 110, mpg: 30, origin: 'Europe' },
  { name: 'Camaro', hp: 180, mpg: 18, origin: 'USA' },
];

const spec = {
  width: 400,
  height: 300,
  autosize: { type: 'none' },
  mark: { type: 'point', size: 400, filled: true },
  params: [
    { name: 'pick', select: { type: 'point', fields: ['origin'] } },
    { name: 'brush', select: { type: 'interval', encodings: ['x'] } },
  ],
  encoding: {
    x: { field: 'hp', type: 'quantitative', scale: { domain: [0, 250] } },
    y: { field: 'mpg', type: 'quantitative', scale: { domain: [0, 50] } },
    color: { field: 'origin', type: 'nominal' },
  },
};

/** The page position of data point (hp, mpg): the chart's x/y scales, the plot's origin and the canvas's box. */
async function pointAt(page: Page, hp: number, mpg: number): Promise<{ x: number; y: number }> {
  return page.locator('lit-ui-vega-chart').evaluate(
    (el, [h, m]) => {
      // The element keeps vega-embed's result privately; the test reads its View to find where a datum is drawn.
      const view = (el as unknown as { result: { view: { scale(n: string): (v: number) => number; origin(): [number, number] } } }).result.view;
      const canvas = el.querySelector('canvas')!.getBoundingClientRect();
      const [ox, oy] = view.origin();
      return { x: canvas.left + ox + view.scale('x')(h!), y: canvas.top + oy + view.scale('y')(m!) };
    },
    [hp, mpg],
  );
}

let browser: Browser;
let served: Served;

beforeAll(async () => {
  browser = await launchChromium();
  served = await serveApp((st) => {
    const state: VegaLiteState = st.vegaLiteChart(cars, spec, { onSelect: 'rerun', key: 'chart' });
    const picked = (state.selection['pick'] as { origin: string }[]).map((p) => p.origin);
    const range = (state.selection['brush'] as Record<string, [number, number]>)['hp'];
    st.text(`picked: ${picked.join(', ') || 'none'}`);
    const inRange = range ? cars.filter((c) => c.hp >= range[0] && c.hp <= range[1]).map((c) => c.name) : [];
    st.text(`brushed: ${inRange.join(', ') || 'none'}`);
  });
});

afterAll(async () => {
  await served.close();
  await browser.close();
});

describe('chart selections in Chromium (st.vegaLiteChart onSelect)', () => {
  it('a click on a point selects its origin, a drag across the x axis selects a range; both reach the app as its selection state', async () => {
    const page = await browser.newPage({ viewport: { width: 900, height: 800 } });
    await page.goto(served.url);
    await seeText(page, 'picked: none');
    await page.locator('lit-ui-vega-chart canvas').waitFor();
    await idle(page);

    const civic = await pointAt(page, 60, 40);
    await page.mouse.click(civic.x, civic.y);
    await seeText(page, 'picked: Japan');
    await idle(page);

    const from = await pointAt(page, 150, 5);
    const to = await pointAt(page, 240, 5);
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move((from.x + to.x) / 2, from.y, { steps: 4 });
    await page.mouse.move(to.x, to.y, { steps: 4 });
    await page.mouse.up();
    await seeText(page, 'brushed: Mustang, Camaro');
    await idle(page);
    // The chart is not redrawn by the runs its selections cause (its spec did not change): the brush stays drawn.
    expect(await page.locator('lit-ui-vega-chart canvas').count()).toBe(1);
    await page.screenshot({ path: 'test-results/chart-select.png' });
    expect(await page.locator('lit-ui-vega-chart .lu-chart-error').count()).toBe(0);
    await page.close();
  });
});
