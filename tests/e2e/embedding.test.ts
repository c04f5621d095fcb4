import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { defineApp } from '@lit-ui/core';
import { liteUi, type LiteUiRouter } from '@lit-ui/adapter-express';
import { launchChromium } from './harness.js';

/**
 * Embedding in a plain host page (issue 12): two small apps in an article
 * size to their content, keep their styles to themselves, follow the
 * user's color scheme live, take the host's custom properties, and tell
 * the host of changes and run states.
 */
const app = defineApp((st) => {
  st.subheader('Filters');
  const n = st.slider('Cars', { minValue: 0, maxValue: 10, value: 3, key: 'cars' });
  const origin = st.selectbox('Origin', ['USA', 'Europe', 'Japan'], { key: 'origin' });
  st.checkbox('Only automatic', { key: 'auto' });
  if (st.button('Apply', { type: 'primary' })) st.dispatchEvent('filters-applied', { cars: n, origin });
  st.write(`${n} cars from ${origin}`);
});

const HOST_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Host</title>
<style>
  body { margin: 0; font-family: Georgia, serif; color: rgb(20, 30, 40); background: #ffffff; }
  /* Host rules that must not reach inside the apps, and app rules that must not reach out. */
  button { background: rgb(255, 0, 255) !important; }
  p { letter-spacing: 3px; }
  lit-ui-app { display: block; }
  lit-ui-app.brand { --lit-ui-primary: #0068c9; --lit-ui-font: Georgia, serif; }
</style>
<script type="module" src="/app/client.js"></script>
</head><body>
<p id="host-text">Text of the host page.</p>
<button id="host-button">Host button</button>
<lit-ui-app id="a" src="/app" theme="auto"></lit-ui-app>
<lit-ui-app id="b" class="brand" src="/app" theme="light"></lit-ui-app>
<p>After the apps.</p>
</body></html>`;

let browser: Browser;
let router: LiteUiRouter;
let server: Server;
let base: string;

beforeAll(async () => {
  browser = await launchChromium();
  const host = express();
  router = liteUi(app, { basePath: '/app' });
  host.get('/host', (_req, res) => void res.type('html').send(HOST_PAGE));
  host.use('/app', router);
  server = host.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  router.attach(server);
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await browser?.close();
  await router?.close();
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
});

async function openHost(colorScheme: 'light' | 'dark'): Promise<Page> {
  const page = await browser.newPage({ colorScheme, viewport: { width: 1000, height: 800 } });
  await page.addInitScript(() => {
    const seen: unknown[] = [];
    (globalThis as unknown as { hostEvents: unknown[] }).hostEvents = seen;
    for (const type of ['lit-ui-change', 'lit-ui-run', 'filters-applied']) {
      document.addEventListener(type, (e) => seen.push({ type, target: (e.target as HTMLElement).id, detail: (e as CustomEvent<unknown>).detail }));
    }
  });
  await page.goto(`${base}/host`);
  await page.locator('#a[run-state="idle"]').waitFor();
  await page.locator('#b[run-state="idle"]').waitFor();
  return page;
}

const events = (page: Page) =>
  page.evaluate(() => (globalThis as unknown as { hostEvents: { type: string; target: string; detail: unknown }[] }).hostEvents);

describe('an app embedded in a plain host page', () => {
  it('sizes to its content with compact padding, and leaves the page title alone', async () => {
    const page = await openHost('light');
    const box = await page.locator('#a').boundingBox();
    // Five widgets and a line of text: far less than a viewport (a full-page app is at least 100vh).
    expect(box!.height).toBeGreaterThan(200);
    expect(box!.height).toBeLessThan(560);
    const padding = await page.locator('#a').evaluate((el) => getComputedStyle(el.shadowRoot!.querySelector('.lu-main')!).paddingTop);
    expect(padding).toBe('16px');
    expect(await page.title()).toBe('Host');
    await page.close();
  });

  it('keeps styles to itself: host rules stop at the shadow root, app rules stay inside', async () => {
    const page = await openHost('light');
    const hostText = await page.locator('#host-text').evaluate((el) => getComputedStyle(el).fontFamily + '|' + getComputedStyle(el).color);
    expect(hostText).toBe('Georgia, serif|rgb(20, 30, 40)');
    const appButton = page.locator('#a').getByRole('button', { name: 'Apply' });
    expect(await appButton.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe('rgb(255, 0, 255)');
    expect(await page.locator('#host-button').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(255, 0, 255)');
    await page.close();
  });

  it('theme="auto" follows prefers-color-scheme live; theme="light" and host custom properties hold', async () => {
    const page = await openHost('light');
    const background = (id: string) => page.locator(id).evaluate((el) => getComputedStyle(el.shadowRoot!.querySelector('.lu-app')!).color);
    expect(await page.locator('#a').getAttribute('scheme')).toBe('light');
    const lightText = await background('#a');
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.locator('#a[scheme="dark"]').waitFor();
    expect(await background('#a')).not.toBe(lightText);
    expect(await page.locator('#b').getAttribute('scheme')).toBe('light');
    const primary = page.locator('#b').getByRole('button', { name: 'Apply' });
    expect(await primary.evaluate((el) => getComputedStyle(el).borderColor)).toBe('rgb(0, 104, 201)');
    expect(await primary.evaluate((el) => getComputedStyle(el).fontFamily)).toBe('Georgia, serif');
    await page.close();
  });

  it('fires lit-ui-change with the widget key and value, and lit-ui-run as runs start and end', async () => {
    const page = await openHost('light');
    const thumb = page.locator('#a').getByRole('slider', { name: 'Cars' });
    await thumb.focus();
    await thumb.press('ArrowRight');
    await page.locator('#a').getByText('4 cars from USA').waitFor();
    await page.locator('#a').getByRole('combobox', { name: 'Origin' }).click();
    await page.locator('#a').getByRole('option', { name: 'Japan' }).click();
    await page.locator('#a').getByText('4 cars from Japan').waitFor();
    const seen = await events(page);
    const changes = seen.filter((e) => e.type === 'lit-ui-change').map((e) => [e.target, e.detail]);
    expect(changes).toEqual([
      ['a', expect.objectContaining({ key: 'cars', type: 'slider', value: 4, trigger: false })],
      ['a', expect.objectContaining({ key: 'origin', type: 'selectbox', value: 'Japan', trigger: false })],
    ]);
    const runs = seen.filter((e) => e.type === 'lit-ui-run' && e.target === 'a').map((e) => (e.detail as { state: string }).state);
    expect(runs[0]).toBe('connecting');
    // The first run, then one per change: each starts running and ends idle.
    expect(runs.filter((s) => s === 'running').length).toBeGreaterThanOrEqual(3);
    expect(runs.at(-1)).toBe('idle');
    await page.close();
  });

  it('lets the host page drive the app: setState by widget key reruns it as a change would', async () => {
    const page = await openHost('light');
    await page.evaluate(() => (document.getElementById('a') as HTMLElement & { setState(v: object): void }).setState({ cars: 8, origin: 'Europe' }));
    await page.locator('#a').getByText('8 cars from Europe').waitFor();
    expect(await page.locator('#a').getByRole('slider', { name: 'Cars' }).getAttribute('aria-valuenow')).toBe('8');
    // The other app on the page has its own session: untouched.
    await page.locator('#b').getByText('3 cars from USA').waitFor();
    const error = await page.evaluate(() => {
      try {
        (document.getElementById('a') as HTMLElement & { setState(v: object): void }).setState({ origin: 'Mars' });
        return 'no error';
      } catch (e) {
        return `${(e as { code: string }).code}: ${(e as Error).message}`;
      }
    });
    expect(error).toBe(`InvalidArgument: setState: "Mars" is not an option of 'origin'.`);
    await page.close();
  });

  it('the built-in host page is a full-page app whose settings menu (loaded on first use) switches the theme', async () => {
    const page = await browser.newPage({ colorScheme: 'light', viewport: { width: 1000, height: 800 } });
    await page.goto(`${base}/app/`);
    const el = page.locator('lit-ui-app');
    await page.locator('lit-ui-app[run-state="idle"]').waitFor();
    expect(await el.getAttribute('scheme')).toBe('light');
    await el.getByRole('button', { name: 'Main menu' }).click();
    await el.getByRole('menuitemradio', { name: 'Dark' }).click();
    await page.locator('lit-ui-app[scheme="dark"]').waitFor();
    expect(await el.getByRole('menu').count()).toBe(0);
    await page.close();
  });

  it('dispatches the events the app script sends (st.dispatchEvent) from its element, once per call', async () => {
    const page = await openHost('light');
    await page.locator('#b').getByRole('button', { name: 'Apply' }).click();
    await page.locator('#b[run-state="idle"]').waitFor();
    const applied = async () => (await events(page)).filter((e) => e.type === 'filters-applied').map((e) => [e.target, e.detail]);
    await expect.poll(applied).toEqual([['b', { cars: 3, origin: 'USA' }]]);
    // Another change reruns the app without the button: nothing is dispatched again.
    await page.locator('#b').getByText('Only automatic').click();
    await page.locator('#b').getByRole('checkbox', { name: 'Only automatic', checked: true }).waitFor();
    await page.locator('#b[run-state="idle"]').waitFor();
    // A second press is a second call: dispatched again, with the detail of that run.
    await page.evaluate(() => (document.getElementById('b') as HTMLElement & { setState(v: object): void }).setState({ origin: 'Japan' }));
    await page.locator('#b').getByText('3 cars from Japan').waitFor();
    await page.locator('#b').getByRole('button', { name: 'Apply' }).click();
    await expect.poll(applied).toEqual([
      ['b', { cars: 3, origin: 'USA' }],
      ['b', { cars: 3, origin: 'Japan' }],
    ]);
    await page.close();
  });
});
