import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { startVueHost, type VueHost } from '../../examples/vue/server.js';
import { launchChromium, seeText } from './harness.js';

/**
 * Issue 12's Vue 3 host: the page of `examples/vue`, built by Vite (`npm run
 * build`), embeds the savings app served by the Express adapter. Vue hears
 * the app's widget changes and run states, and drives its sliders through
 * `setState`.
 */
let browser: Browser;
let host: VueHost;

beforeAll(async () => {
  [browser, host] = await Promise.all([launchChromium(), startVueHost()]);
});

afterAll(async () => {
  await browser?.close();
  await host?.close();
});

describe('a Vue 3 page embedding a lit-ui app', () => {
  it('shows the app inside the Vue layout, hears its changes, and drives it with setState', async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${host.url}/`);
    await seeText(page, 'Household budget');
    await seeText(page, 'Balance at the end');
    const state = page.getByLabel('Planner state');
    await expect.poll(() => state.textContent(), { timeout: 10_000 }).toBe('idle');
    const picked = page.getByLabel('Picked monthly saving');
    expect(await picked.textContent()).toBe('none yet');

    // The app's slider, moved with the keyboard: Vue's output follows through `lit-ui-change`.
    const monthly = page.getByRole('slider', { name: 'Saved each month ($)' });
    await monthly.press('ArrowRight');
    await expect.poll(() => picked.textContent(), { timeout: 10_000 }).toBe('$350');

    // Vue's button sets two sliders by key; the app reruns with them.
    await page.getByRole('button', { name: 'Plan $1,000 a month for 30 years' }).click();
    await expect.poll(() => picked.textContent(), { timeout: 10_000 }).toBe('$1,000');
    await seeText(page, 'Deposited: $360,000 over 30 years.');
    expect(await monthly.getAttribute('aria-valuenow')).toBe('1000');
    expect(await page.getByRole('slider', { name: 'Years' }).getAttribute('aria-valuenow')).toBe('30');
    await expect.poll(() => state.textContent(), { timeout: 10_000 }).toBe('idle');

    // The app sits inside the Vue layout: right of the controls, not over them.
    const controls = await page.getByRole('region', { name: 'Budget controls' }).boundingBox();
    const planner = await page.locator('lit-ui-app').boundingBox();
    expect(controls && planner && planner.x >= controls.x + controls.width).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });
});
