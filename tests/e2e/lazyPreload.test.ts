import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { defineApp } from '@lit-ui/core';
import { cspReport, watchCsp } from './cspWatch.js';
import { launchChromium, seeText, serveApp, type Served } from './harness.js';

const app = defineApp((st) => {
  st.markdown('A table **below**.');
  st.dataframe({ city: ['Lyon', 'Oslo', 'Quito'], people: [522_000, 709_000, 2_800_000] });
});

let browser: Browser;
let served: Served;

beforeAll(async () => {
  [browser, served] = await Promise.all([launchChromium(), serveApp(app, { mount: '/lazy' })]);
});

afterAll(async () => {
  await browser?.close();
  await served?.close();
});

describe('lazy renderers on a first load (build step preload-lazy-chunks)', () => {
  it("preloads a lazy renderer's whole chunk graph at once, with the page's nonce, under the default CSP", async () => {
    const page = await browser.newPage();
    const report = await watchCsp(page);
    const requested: string[] = [];
    page.on('request', (request) => {
      if (/\/chunk-[\w-]+\.js$/.test(request.url())) requested.push(new URL(request.url()).pathname);
    });
    await page.goto(`${served.url}/`);
    await seeText(page, 'Quito');
    // The preload links the client added: same-origin bundle chunks, carrying the page's nonce.
    const links = await page.evaluate(() =>
      [...document.head.querySelectorAll<HTMLLinkElement>('link[rel=modulepreload]')].map((link) => ({
        href: link.href,
        nonce: link.nonce,
        parsed: link.hasAttribute('href') && link.getAttribute('href')?.startsWith('/') === true,
      })),
    );
    const scriptNonce = await page.evaluate(() => document.querySelector<HTMLScriptElement>('script[nonce]')?.nonce);
    const added = links.filter((link) => !link.parsed);
    expect(added.length).toBeGreaterThan(0);
    for (const link of added) {
      expect(new URL(link.href).origin).toBe(new URL(served.url).origin);
      expect(new URL(link.href).pathname).toMatch(/^\/lazy\/chunk-[\w-]+\.js$/);
      expect(link.nonce).toBe(scriptNonce);
    }
    // Every chunk the client preloaded was requested (once), and the table drew with no policy violation.
    for (const link of added) expect(requested.filter((path) => path === new URL(link.href).pathname)).toHaveLength(1);
    expect(await cspReport(page, report)).toEqual({ violations: [], consoleErrors: [] });
    await page.close();
  });
});
