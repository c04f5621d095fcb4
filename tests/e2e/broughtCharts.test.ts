import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { cspReport, watchCsp } from './cspWatch.js';
import { idle, launchChromium, seeText, serveApp, type Served } from './harness.js';

/** Four points on fixed axes (0–10 both ways), so a data position maps to a page position. */
const figure = {
  data: [{ type: 'scatter', mode: 'markers', x: [1, 2, 5, 8], y: [1, 8, 5, 2], marker: { size: 14 }, name: 'cars' }],
  layout: { height: 400, xaxis: { range: [0, 10] }, yaxis: { range: [0, 10] }, title: { text: 'Horsepower' } },
};

/** The page position of data point (x, y): plotly.js's drag layer covers exactly the plot area. */
async function at(page: Page, x: number, y: number): Promise<{ x: number; y: number }> {
  const box = (await page.locator('lit-ui-plotly-chart .nsewdrag').first().boundingBox())!;
  return { x: box.x + (x / 10) * box.width, y: box.y + (1 - y / 10) * box.height };
}

let browser: Browser;
let served: Served;

beforeAll(async () => {
  browser = await launchChromium();
  served = await serveApp((st) => {
    const state = st.plotlyChart(figure, { onSelect: 'rerun', selectionMode: ['points', 'box'], key: 'picked' });
    st.text(`indices: ${state.selection.pointIndices.join(',') || 'none'} | boxes: ${state.selection.box.length}`);
    st.graphvizChart('digraph { rankdir=LR; load -> clean; clean -> plot }');
    st.graphvizChart('digraph { a -> }');
    st.text('after the graphs');
  });
});

afterAll(async () => {
  await served.close();
  await browser.close();
});

describe('charts people bring, in Chromium under the host page’s strict CSP', () => {
  it('st.plotlyChart draws the figure as SVG with plotly.js from the peer; a box drag reaches the app as its PlotlyState', async () => {
    const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
    const report = await watchCsp(page);
    const peer: number[] = [];
    page.on('response', (response) => {
      if (response.url().endsWith('/app/plotly.min.js')) peer.push(response.status());
    });
    await page.goto(served.url);
    await seeText(page, 'indices: none | boxes: 0');
    const chart = page.locator('lit-ui-plotly-chart');
    await chart.locator('svg.main-svg .scatterlayer .trace').first().waitFor();
    expect(await chart.locator('.scatterlayer .trace .point').count()).toBe(4);
    expect(await chart.locator('.gtitle').textContent()).toBe('Horsepower');
    expect(peer).toEqual([200]);
    // plotly.js's own stylesheet reaches the chart (captured through CSSOM, adopted by the app's shadow root).
    expect(
      await chart
        .locator('svg.main-svg')
        .first()
        .evaluate((svg) => getComputedStyle(svg).position),
    ).toBe('absolute');
    await idle(page);

    const from = await at(page, 0.5, 0.5);
    const to = await at(page, 5.5, 5.8);
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 4 });
    await page.mouse.move(to.x, to.y, { steps: 4 });
    await page.mouse.up();
    await seeText(page, 'indices: 0,2 | boxes: 1');

    const final = await cspReport(page, report);
    expect(final.violations).toEqual([]);
    expect(final.consoleErrors).toEqual([]);
    await page.close();
  });

  it('in the Streamlit theme the figure follows the app between light and dark', async () => {
    const page = await browser.newPage({ viewport: { width: 1000, height: 900 }, colorScheme: 'light' });
    await page.goto(served.url);
    const title = page.locator('lit-ui-plotly-chart .gtitle');
    await title.waitFor();
    const fill = () => title.evaluate((el) => getComputedStyle(el).fill);
    expect(await fill()).toBe('rgb(49, 51, 63)');
    await page.locator('lit-ui-app').evaluate((app) => app.setAttribute('theme', 'dark'));
    await page.waitForFunction(
      () => {
        const app = document.querySelector('lit-ui-app')!;
        const el = app.shadowRoot!.querySelector('lit-ui-plotly-chart .gtitle');
        return el !== null && getComputedStyle(el).fill !== 'rgb(49, 51, 63)';
      },
      null,
      { timeout: 10_000 },
    );
    const dark = await fill();
    const [r = 0, g = 0, b = 0] = (dark.match(/\d+/g) ?? []).map(Number);
    expect(0.299 * r + 0.587 * g + 0.114 * b).toBeGreaterThan(150);
    await page.close();
  });

  it('st.graphvizChart lays out DOT with Graphviz (WebAssembly) as SVG nodes and edges; bad DOT shows InvalidDot in place and the page goes on', async () => {
    const page = await browser.newPage();
    const report = await watchCsp(page);
    await page.goto(served.url);
    await seeText(page, 'after the graphs');
    const graphs = page.locator('lit-ui-graphviz-chart');
    await graphs.first().locator('svg g.node').first().waitFor();
    expect(await graphs.first().locator('svg g.node title').allTextContents()).toEqual(['load', 'clean', 'plot']);
    expect(await graphs.first().locator('svg g.edge').count()).toBe(2);
    const error = graphs.nth(1).locator('[role="alert"]');
    await error.waitFor();
    expect(await error.textContent()).toMatch(/This graph could not be drawn\.\s*InvalidDot: .*syntax error/i);
    const final = await cspReport(page, report);
    expect(final.violations).toEqual([]);
    expect(final.consoleErrors).toEqual([]);
    await page.close();
  });

  it('without the plotly peer on the server (its file answers 404) the chart says so in place; the rest of the page works', async () => {
    const page = await browser.newPage();
    await page.route('**/app/plotly.min.js', (route) =>
      route.fulfill({
        status: 404,
        contentType: 'text/plain',
        body: 'PeerNotInstalled: plotly.min.js comes from an optional peer package that is not installed',
      }),
    );
    await page.goto(served.url);
    const error = page.locator('lit-ui-plotly-chart [role="alert"]');
    await error.waitFor();
    expect(await error.textContent()).toContain(
      'PeerNotInstalled: st.plotlyChart needs plotly.js: install the optional peer on the server (npm install plotly.js-dist-min@4.1.2)',
    );
    await seeText(page, 'after the graphs');
    await page.close();
  });
});
