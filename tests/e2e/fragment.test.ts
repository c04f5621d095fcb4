import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { defineApp } from '@lit-ui/core';
import { liteUi, type LiteUiRouter } from '@lit-ui/adapter-express';
import { seriousViolations } from './axe.js';
import { attachTransport, idle, launchChromium } from './harness.js';

/**
 * `<lit-ui-fragment>` (issue 12): a host page lays out an app's containers
 * itself — the app's filter panel (a keyed `st.container`) and its sidebar
 * in the host's own sidebar, the results in the host's main column — on
 * one session and one connection.
 */
const app = defineApp((st) => {
  const filters = st.container({ key: 'filters' });
  filters.subheader('Filters');
  const cars = filters.slider('Cars', { minValue: 0, maxValue: 10, value: 3, key: 'cars' });
  st.sidebar.caption('Data as of today');
  st.subheader('Results');
  st.write(`${cars} cars match`);
});

const HOST_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Dealer portal</title>
<style>
  body { margin: 0; font-family: system-ui, sans-serif; display: grid; grid-template-columns: 18rem 1fr; min-height: 100vh; }
  #host-side { background: #eef1f6; padding: 1rem; }
  #host-main { padding: 1rem 2rem; }
</style>
<script type="module" src="/app/client.js"></script>
</head><body>
<aside id="host-side" aria-label="Portal sidebar">
  <h2>Portal</h2>
  <lit-ui-fragment id="filter-panel" for="shop" container="filters"></lit-ui-fragment>
  <lit-ui-fragment id="side" for="shop" container="sidebar"></lit-ui-fragment>
</aside>
<main id="host-main">
  <h1>Inventory</h1>
  <lit-ui-app id="shop" src="/app" theme="auto"></lit-ui-app>
</main>
</body></html>`;

let browser: Browser;
let router: LiteUiRouter;
let server: Server;
let base: string;

beforeAll(async () => {
  browser = await launchChromium();
  const host = express();
  router = liteUi(app, { basePath: '/app' });
  host.get('/portal', (_req, res) => void res.type('html').send(HOST_PAGE));
  host.use('/app', router);
  server = host.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  attachTransport(() => router.attach(server));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await browser?.close();
  await router?.close();
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
});

async function openPortal(colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const page = await browser.newPage({ colorScheme, viewport: { width: 1100, height: 800 } });
  await page.addInitScript(() => {
    const seen: unknown[] = [];
    (globalThis as unknown as { changes: unknown[] }).changes = seen;
    document.addEventListener('lit-ui-change', (e) =>
      seen.push({ target: (e.target as HTMLElement).id, detail: (e as CustomEvent<unknown>).detail }),
    );
  });
  await page.goto(`${base}/portal`);
  await idle(page);
  await page.locator('#filter-panel').getByRole('slider', { name: 'Cars' }).waitFor();
  return page;
}

describe('<lit-ui-fragment> in a host page', () => {
  it('shows the app’s filter panel and sidebar in the host’s sidebar; the app keeps only the rest', async () => {
    const page = await openPortal();
    const side = page.locator('#host-side');
    await side.getByRole('heading', { name: 'Filters' }).waitFor();
    await side.getByText('Data as of today').waitFor();
    const shop = page.locator('#shop');
    await shop.getByText('3 cars match').waitFor();
    expect(await shop.getByRole('slider').count()).toBe(0);
    expect(await shop.getByRole('heading', { name: 'Filters' }).count()).toBe(0);
    expect(await shop.getByText('Data as of today').count()).toBe(0);
    // The app drew no sidebar (nor its expand button): the host placed it.
    expect(await shop.evaluate((el) => el.shadowRoot!.querySelector('.lu-sidebar, .lu-sidebar-expand') === null)).toBe(true);
    // The panel sits in the host's left column, the results right of it.
    const panel = await page.locator('#filter-panel').boundingBox();
    const results = await shop.boundingBox();
    expect(panel!.x + panel!.width).toBeLessThanOrEqual(results!.x);
    await page.close();
  });

  it('its widgets drive the app on its one session: a change reruns it, lit-ui-change fires from the app', async () => {
    const page = await openPortal();
    const thumb = page.locator('#filter-panel').getByRole('slider', { name: 'Cars' });
    await thumb.focus();
    await thumb.press('ArrowRight');
    await page.locator('#shop').getByText('4 cars match').waitFor();
    expect(await thumb.getAttribute('aria-valuenow')).toBe('4');
    const changes = await page.evaluate(
      () => (globalThis as unknown as { changes: { target: string; detail: { key: string; value: unknown } }[] }).changes,
    );
    expect(changes.map((c) => [c.target, c.detail.key, c.detail.value])).toEqual([['shop', 'cars', 4]]);
    // And the host drives the fragment's widget through the app.
    await page.evaluate(() => (document.getElementById('shop') as HTMLElement & { setState(v: object): void }).setState({ cars: 9 }));
    await page.locator('#shop').getByText('9 cars match').waitFor();
    expect(await thumb.getAttribute('aria-valuenow')).toBe('9');
    await page.close();
  });

  it('follows the app’s scheme live and has no serious accessibility violation, light and dark', async () => {
    const page = await openPortal('light');
    expect(await page.locator('#filter-panel').getAttribute('scheme')).toBe('light');
    expect(await seriousViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.locator('#filter-panel[scheme="dark"]').waitFor();
    await page.locator('#side[scheme="dark"]').waitFor();
    const color = await page.locator('#filter-panel').evaluate((el) => getComputedStyle(el).color);
    expect(color).toBe(await page.locator('#shop').evaluate((el) => getComputedStyle(el.shadowRoot!.querySelector('.lu-app')!).color));
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });
});
