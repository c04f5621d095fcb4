import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator } from 'playwright-core';
import { idle, launchChromium, seeText, serveApp, type Served } from './harness.js';

const cars = [
  { name: 'Civic', hp: 60, mpg: 40 },
  { name: 'Mustang', hp: 200, mpg: 15 },
  { name: 'Golf', hp: 110, mpg: 30 },
  { name: 'Camaro', hp: 180, mpg: 18 },
];
const days = Array.from({ length: 50 }, (_, day) => ({ day, riders: 100 + ((day * 37) % 60) }));

/** The page position of data point (x, y) in a chart: its View's x/y scales, the plot's origin and the canvas's box. */
async function pointAt(chart: Locator, x: number, y: number): Promise<{ x: number; y: number }> {
  return chart.evaluate(
    (el, [px, py]) => {
      // The element keeps vega-embed's result privately; the test reads its View to find where a datum is drawn.
      const view = (el as unknown as { result: { view: { scale(n: string): (v: number) => number; origin(): [number, number] } } }).result.view;
      const canvas = el.querySelector('canvas')!.getBoundingClientRect();
      const [ox, oy] = view.origin();
      return { x: canvas.left + ox + view.scale('x')(px!), y: canvas.top + oy + view.scale('y')(py!) };
    },
    [x, y],
  );
}

let browser: Browser;
let served: Served;

beforeAll(async () => {
  browser = await launchChromium();
  served = await serveApp((st) => {
    const scatter = st.scatterChart(cars, { x: 'hp', y: 'mpg', size: 400, height: 300, onSelect: 'rerun', key: 'cars' });
    const picked = (scatter.selection['point'] as { hp: number }[]).map((p) => cars.find((c) => c.hp === p.hp)?.name);
    st.text(`picked: ${picked.join(', ') || 'none'}`);
    const line = st.lineChart(days, { x: 'day', y: 'riders', height: 300, onSelect: 'rerun', key: 'days' });
    const range = (line.selection['interval'] as Record<string, [number, number]>)['day'];
    st.text(range ? `days: ${Math.round(range[0])} to ${Math.round(range[1])}` : 'days: none');
  });
});

afterAll(async () => {
  await served.close();
  await browser.close();
});

describe('selections on the built-in charts in Chromium (onSelect)', () => {
  it('a click on a scatter point and a drag across a line chart reach the app as their selection states', async () => {
    const page = await browser.newPage({ viewport: { width: 900, height: 1000 } });
    await page.goto(served.url);
    await seeText(page, 'picked: none');
    const scatter = page.locator('lit-ui-vega-chart').nth(0);
    const line = page.locator('lit-ui-vega-chart').nth(1);
    await scatter.locator('canvas').waitFor();
    await line.locator('canvas').waitFor();
    await idle(page);

    const golf = await pointAt(scatter, 110, 30);
    await page.mouse.click(golf.x, golf.y);
    await seeText(page, 'picked: Golf');
    await idle(page);

    await line.scrollIntoViewIfNeeded();
    const from = await pointAt(line, 10, 110);
    const to = await pointAt(line, 30, 110);
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move((from.x + to.x) / 2, from.y, { steps: 4 });
    await page.mouse.move(to.x, to.y, { steps: 4 });
    await page.mouse.up();
    await seeText(page, 'days: 10 to 30');
    await idle(page);
    // The selections' runs did not redraw the charts (their specs did not change): the first selection holds.
    expect(await page.locator('lit-ui-vega-chart canvas').count()).toBe(2);
    await expect.poll(() => page.locator('lit-ui-vega-chart .lu-chart-error').count()).toBe(0);
    expect(await page.getByText('picked: Golf').count()).toBe(1);
    await page.close();
  });
});
