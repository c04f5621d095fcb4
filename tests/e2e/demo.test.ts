import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { createExamplesServer, type ExamplesServer } from '../../examples/createExamplesServer.js';
import { attachTransport, idle, launchChromium, seeText } from './harness.js';

/** The README's demo (the explorer on vega-datasets), served by the Express adapter exactly as `npm run demo` does. */
let browser: Browser;
let examples: ExamplesServer;
let server: Server;
let base: string;

beforeAll(async () => {
  browser = await launchChromium();
  examples = createExamplesServer();
  server = examples.app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  attachTransport(() => examples.attach(server));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await browser?.close();
  await examples?.close();
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
});

/** The text of a metric's value, by its label. */
async function metricValue(page: Page, label: string): Promise<string> {
  const metric = page.locator('[data-type="metric"]').filter({ hasText: label }).first();
  await metric.waitFor();
  return (await metric.locator('[data-part="value"], .lu-metric-value, .metric-value').first().textContent())?.trim() ?? '';
}

/** Polls `read` until it returns a value (10 s at most). */
async function until<T>(read: () => Promise<T | undefined>, timeoutMs = 10_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('the demo in Chromium', () => {
  it('moving the horsepower slider changes the "Cars shown" metric', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/`);
    await seeText(page, 'Data explorer');
    await idle(page);
    const before = await metricValue(page, 'Cars shown');
    expect(Number(before)).toBeGreaterThan(300);
    const thumb = page.getByRole('slider').first();
    await thumb.focus();
    for (let i = 0; i < 5; i++) await thumb.press('PageUp');
    const after = await until(async () => {
      const value = await metricValue(page, 'Cars shown');
      return value !== before ? value : undefined;
    });
    expect(after).not.toBe(before);
    expect(Number(after)).toBeLessThan(Number(before));
    await page.close();
  });

  it('clicking the like button twice shows the counter at 2, and a reload within the TTL keeps it', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/`);
    await seeText(page, 'Data explorer');
    const like = page.getByRole('button', { name: /Like this explorer/ });
    await like.click();
    await seeText(page, 'Liked 1 time.');
    await like.click();
    await seeText(page, 'Liked 2 times.');
    expect(await metricValue(page, 'Likes')).toBe('2');
    await page.reload();
    await seeText(page, 'Liked 2 times.');
    expect(await metricValue(page, 'Likes')).toBe('2');
    await page.close();
  });

  it('another tab is another session', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/`);
    await seeText(page, 'Nobody liked it yet in this session.');
    await page.close();
  });
});
