import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { defineApp, type RuntimeGauges } from '@lit-ui/core';
import { idle, launchChromium, seeText, serveApp, type Served } from './harness.js';

/** A server that takes one session at a time: the second tab is refused (4429) until the first one leaves. */
const app = defineApp((st) => {
  st.title('Only one at a time');
});

let browser: Browser;
let served: Served;
let gauges: (() => RuntimeGauges) | undefined;

beforeAll(async () => {
  browser = await launchChromium();
  served = await serveApp(app, { maxSessions: 1, metrics: { sink: { observe: (read) => (gauges = read) } } });
});

afterAll(async () => {
  await browser?.close();
  await served?.close();
});

async function until(check: () => boolean | Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('a refused session in Chromium (4429, too many sessions)', () => {
  it('shows one banner that backs off between attempts, and Retry now connects once there is room', async () => {
    const first = await browser.newPage();
    await first.goto(`${served.url}/`);
    await seeText(first, 'Only one at a time');
    await idle(first);

    const second = await browser.newPage();
    await second.goto(`${served.url}/`);
    const banner = second.locator('.lu-refusal');
    await banner.waitFor({ state: 'visible', timeout: 10_000 });
    await expect(banner.textContent()).resolves.toContain('limit of 1 sessions');
    const firstDelay = Number(await banner.getAttribute('data-retry-in-ms'));
    expect(await banner.getAttribute('data-attempt')).toBe('1');

    // The automatic retry is refused again: still one banner, a longer wait, no stacked error banners.
    await second.locator('.lu-refusal[data-attempt="2"]').waitFor({ state: 'attached', timeout: 10_000 });
    const secondDelay = Number(await banner.getAttribute('data-retry-in-ms'));
    expect(secondDelay).toBeGreaterThan(firstDelay);
    expect(await second.locator('.lu-banner').count()).toBe(1);
    expect(await second.locator('.lu-banner--error').count()).toBe(0);

    // The first visitor leaves; its disconnected session yields to the next one.
    await first.close();
    await until(() => gauges?.().disconnectedSessions === 1);
    await second.getByRole('button', { name: 'Retry now' }).click();
    await seeText(second, 'Only one at a time');
    await idle(second);
    expect(await second.locator('.lu-banner').count()).toBe(0);
    await second.close();
  });
});
