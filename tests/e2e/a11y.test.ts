import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { examples } from '../../examples/catalog.js';
import { createExamplesServer, type ExamplesServer } from '../../examples/createExamplesServer.js';
import { seriousViolations } from './axe.js';
import { attachTransport, idle, launchChromium } from './harness.js';

/**
 * Accessibility checked by a machine (issue 12): axe-core's WCAG 2.2 A/AA
 * rules over every example page, the examples index and the embedded host
 * page, in light and dark (the built-in host page follows
 * `prefers-color-scheme`), in the initial state and after interactions: 0
 * serious or critical violations.
 */
let browser: Browser;
let examplesServer: ExamplesServer;
let server: Server;
let base: string;

beforeAll(async () => {
  browser = await launchChromium();
  examplesServer = createExamplesServer();
  server = examplesServer.app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  attachTransport(() => examplesServer.attach(server));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await browser?.close();
  await examplesServer?.close();
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
});

const SCHEMES = ['light', 'dark'] as const;

async function open(
  scheme: 'light' | 'dark',
  path: string,
  viewport = { width: 1280, height: 900 },
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ colorScheme: scheme, viewport, reducedMotion: 'reduce' });
  const page = await context.newPage();
  await page.goto(`${base}${path}`);
  await idle(page);
  return { context, page };
}

/** Waits until every chart on the page is drawn (or failed), so axe sees the final page. */
async function chartsSettled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const app = document.querySelector('lit-ui-app')?.shadowRoot;
    return [...(app?.querySelectorAll('.lu-chart') ?? [])].every((c) => c.getAttribute('data-status') !== 'loading');
  });
}

describe('axe-core over the examples (0 serious or critical violations)', () => {
  for (const scheme of SCHEMES) {
    for (const example of examples) {
      it(`${example.title} (${example.path}), ${scheme}`, async () => {
        const { context, page } = await open(scheme, example.path);
        await chartsSettled(page);
        expect(await page.locator('lit-ui-app').getAttribute('scheme')).toBe(scheme);
        expect(await seriousViolations(page)).toEqual([]);
        await context.close();
      });
    }

    it(`the examples index and the embedded host page, ${scheme}`, async () => {
      const { context, page } = await open(scheme, '/examples/embedded');
      expect(await seriousViolations(page)).toEqual([]);
      await page.goto(`${base}/examples`);
      expect(await seriousViolations(page)).toEqual([]);
      await context.close();
    });

    it(`a dialog open (focus trapped inside), ${scheme}`, async () => {
      const { context, page } = await open(scheme, '/dialogs');
      await page.getByRole('button', { name: 'Rate' }).first().click();
      const dialog = page.getByRole('dialog', { name: 'Rate this car' });
      await dialog.waitFor();
      await idle(page);
      expect(await dialog.getAttribute('aria-modal')).toBe('true');
      expect(await seriousViolations(page)).toEqual([]);
      // Tab and Shift+Tab cycle inside the dialog, never out to the page behind it.
      for (let i = 0; i < 12; i++) {
        await page.keyboard.press(i % 3 === 2 ? 'Shift+Tab' : 'Tab');
        expect(await page.evaluate(() => Boolean(document.activeElement?.shadowRoot?.activeElement?.closest('dialog[open]')))).toBe(true);
      }
      await context.close();
    });

    it(`the sidebar open on a phone (backdrop, Escape, tap outside), ${scheme}`, async () => {
      const { context, page } = await open(scheme, '/', { width: 390, height: 844 });
      const sidebar = page.locator('lit-ui-app').locator('aside.lu-sidebar');
      expect(await sidebar.getAttribute('data-open')).toBe('false');
      await page.getByRole('button', { name: 'Expand sidebar' }).click();
      await page.locator('lit-ui-app .lu-sidebar-backdrop').waitFor();
      expect(await sidebar.getAttribute('data-open')).toBe('true');
      await chartsSettled(page);
      expect(await seriousViolations(page)).toEqual([]);
      await page.keyboard.press('Escape');
      await page.locator('lit-ui-app .lu-sidebar-backdrop').waitFor({ state: 'detached' });
      expect(await sidebar.getAttribute('data-open')).toBe('false');
      await page.getByRole('button', { name: 'Expand sidebar' }).click();
      await page.locator('lit-ui-app .lu-sidebar-backdrop').click({ position: { x: 380, y: 400 } });
      await page.locator('lit-ui-app .lu-sidebar-backdrop').waitFor({ state: 'detached' });
      expect(await sidebar.getAttribute('data-open')).toBe('false');
      await context.close();
    });
  }
});
