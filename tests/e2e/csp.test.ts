import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { defineApp } from '@lit-ui/core';
import { examples } from '../../examples/catalog.js';
import { createExamplesServer, type ExamplesServer } from '../../examples/createExamplesServer.js';
import { cspReport, watchCsp, type CspReport } from './cspWatch.js';
import { cspShowcase } from './cspShowcase.js';
import { attachTransport, idle, launchChromium, seeText, serveApp, type Served } from './harness.js';

/**
 * The host page's default Content-Security-Policy (nonce scripts, no
 * 'unsafe-inline' styles, no eval) against everything lit-ui draws: every
 * example page and a showcase of every renderer, loaded and then used
 * (charts with tooltips, math, code highlighting, a dialog, toasts,
 * balloons), in Chromium. Zero `securitypolicyviolation` events and zero
 * CSP console errors are allowed.
 */
let browser: Browser;
let examplesServer: ExamplesServer;
let server: Server;
let base: string;
let showcase: Served;

beforeAll(async () => {
  browser = await launchChromium();
  examplesServer = createExamplesServer();
  server = examplesServer.app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  attachTransport(() => examplesServer.attach(server));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  showcase = await serveApp(cspShowcase, { mount: '/showcase' });
});

afterAll(async () => {
  await browser?.close();
  await showcase?.close();
  await examplesServer?.close();
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
});

/** Lets queued violation events and console messages arrive (two frames). */
async function settle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
}

/** Opens `url` in a fresh page that reports violations; checks the response carries the nonce policy. */
async function open(url: string): Promise<{ page: Page; report: CspReport }> {
  const page = await browser.newPage();
  const report = await watchCsp(page);
  const response = await page.goto(url);
  expect(response?.headers()['content-security-policy']).toMatch(/script-src 'nonce-[^']+' 'strict-dynamic'/);
  await idle(page);
  return { page, report };
}

async function expectNoViolations(page: Page, report: CspReport): Promise<void> {
  await settle(page);
  const final = await cspReport(page, report);
  expect(final.violations).toEqual([]);
  expect(final.consoleErrors).toEqual([]);
}

/**
 * Moves the mouse across the `chart`-th visible chart, halfway down, until Vega shows its tooltip.
 * A rerun that lands meanwhile (the debounced slider change) may replace the canvas: then it starts over on the new one.
 */
async function showTooltip(page: Page, chart: number): Promise<void> {
  const tooltip = page.locator('#vg-tooltip-element.visible');
  for (let attempt = 1; ; attempt++) {
    try {
      const canvas = page.locator('lit-ui-vega-chart canvas:visible').nth(chart);
      await canvas.scrollIntoViewIfNeeded();
      const box = await canvas.boundingBox();
      if (box === null) throw new Error('chart canvas has no box');
      const steps = Math.ceil(box.width / 4);
      for (let step = 1; step < steps && !(await tooltip.isVisible()); step++) {
        await page.mouse.move(box.x + (box.width * step) / steps, box.y + box.height / 2);
      }
      await tooltip.waitFor({ state: 'visible', timeout: 5000 });
      return;
    } catch (error) {
      if (attempt >= 3) throw error;
      await idle(page);
    }
  }
}

/** A few interactions per example, so its later renders are checked too. */
const interactions: Record<string, (page: Page) => Promise<void>> = {
  '/': async (page) => {
    await page.getByRole('button', { name: /Like this explorer/ }).click();
    await seeText(page, 'Liked 1 time.');
    const thumb = page.getByRole('slider').first();
    await thumb.focus();
    await thumb.press('PageUp');
    await idle(page);
    await page.getByRole('tab', { name: /Seattle weather/ }).click();
    await idle(page);
    await page.locator('lit-ui-vega-chart canvas:visible').first().waitFor();
    await showTooltip(page, 0);
    await page.getByText('How this page works').click();
    await idle(page);
  },
  '/forms': async (page) => {
    await page.getByRole('button', { name: 'Add car' }).click();
    await idle(page);
  },
  '/fragments': async (page) => {
    await page.getByRole('button', { name: 'Rerun the whole page' }).click();
    await idle(page);
  },
  '/caching': async (page) => {
    await page.getByRole('button', { name: 'Reset the shared counter' }).click();
    await idle(page);
  },
  '/pages': async (page) => {
    await page
      .getByRole('link', { name: /Browse cars/ })
      .first()
      .click();
    await page.getByRole('button', { name: '▶' }).click();
    await idle(page);
  },
  '/tasks': async (page) => {
    await page.getByRole('button', { name: 'Build the report' }).click();
    await page.locator('.lu-progress-bar').first().waitFor();
    await page.getByRole('button', { name: 'Cancel' }).click();
    await idle(page);
  },
  '/flights': async (page) => {
    await page.locator('lit-ui-dataframe .lu-df-sort-button', { hasText: 'Delay' }).first().click();
    await page
      .getByRole('checkbox', { name: /^Select row \d+$/ })
      .first()
      .check();
    await seeText(page, 'Notes on the selected flights');
    await idle(page);
    await page.locator('lit-ui-data-editor .lu-df-body [role=cell]').last().dblclick();
    await page.locator('lit-ui-data-editor .lu-df-input').fill('checked');
    await page.locator('lit-ui-data-editor .lu-df-input').press('Enter');
    await seeText(page, '1 selected, 0 flagged.');
    await idle(page);
  },
  '/csv': async (page) => {
    const csv = `city,date,temp\n${Array.from({ length: 30 }, (_, i) => `c${i % 3},2024-01-${String(i + 1).padStart(2, '0')},${i}`).join('\n')}\n`;
    await page.locator('input[type=file]').setInputFiles({ name: 'cities.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.locator('lit-ui-vega-chart canvas:visible').first().waitFor();
    await page.locator('lit-ui-dataframe').first().waitFor();
    await idle(page);
  },
  '/gallery': async (page) => {
    await page.locator('img[alt="gimp"]').waitFor();
    await page.getByText('gimp.png').first().click();
    await page.locator('img[alt="gimp.png at 256 px"]').waitFor();
    await idle(page);
  },
  '/dialogs': async (page) => {
    await page.getByRole('button', { name: 'Rate' }).first().click();
    await page.getByRole('dialog').waitFor();
    await idle(page);
  },
};

describe('the strict default CSP in Chromium', () => {
  it('has interactions for every example', () => {
    expect(examples.map((e) => e.path).sort()).toEqual(Object.keys(interactions).sort());
  });

  for (const example of examples) {
    it(`${example.path}: loads and is used with zero violations`, async () => {
      const { page, report } = await open(base + example.path);
      await interactions[example.path]!(page);
      await expectNoViolations(page, report);
      await page.close();
    });
  }

  it('the showcase of every renderer: math, code highlighting, charts with a tooltip, a dialog and events, with zero violations', async () => {
    const { page, report } = await open(`${showcase.url}/`);
    // Math typeset by KaTeX (lazy chunk), code highlighted by highlight.js (lazy chunks), every chart drawn.
    await page.locator('.lu-math[data-typeset] math').first().waitFor();
    await page.locator('lit-ui-latex math').waitFor();
    await page.locator('.hljs-keyword').first().waitFor();
    await page.locator('lit-ui-vega-chart canvas').nth(4).waitFor();
    await showTooltip(page, 1);
    await page.getByRole('tab', { name: 'Second tab' }).click();
    await page.getByText('An expander').click();
    await page.getByRole('button', { name: 'A popover' }).click();
    await seeText(page, 'Popover content');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Toast' }).click();
    await seeText(page, 'Toasted!');
    await page.getByRole('button', { name: 'Balloons' }).click();
    await page.locator('.lu-balloon').first().waitFor({ state: 'attached' });
    await page.getByRole('button', { name: 'Snow' }).click();
    await page.locator('.lu-flake').first().waitFor({ state: 'attached' });
    await page.getByRole('textbox', { name: 'Name' }).fill('Ada');
    await page.getByRole('textbox', { name: 'Name' }).press('Enter');
    await page.getByRole('button', { name: 'Open dialog' }).click();
    await page.getByRole('dialog').locator('math').first().waitFor();
    await idle(page);
    await expectNoViolations(page, report);
    await page.close();
  });

  it("blocks the app's raw-HTML styles by default, and applies them when the host opts in through the policy", async () => {
    const styled = defineApp((st) => {
      st.html('<style>.brand { color: rgb(1, 2, 3); }</style><p class="brand" style="font-weight: 700">Styled</p>');
    });
    const strict = await serveApp(styled, { mount: '/strict' });
    const relaxed = await serveApp(styled, {
      mount: '/relaxed',
      contentSecurityPolicy: { 'style-src-attr': ["'unsafe-inline'"], 'style-src-elem': ["'self'", "'unsafe-inline'"] },
    });
    try {
      const look = async (page: Page) => {
        const text = page.getByText('Styled');
        await text.waitFor();
        return text.evaluate((el) => [getComputedStyle(el).color, getComputedStyle(el).fontWeight]);
      };
      const blocked = await open(`${strict.url}/`);
      expect(await look(blocked.page)).not.toEqual(['rgb(1, 2, 3)', '700']);
      expect((await cspReport(blocked.page, blocked.report)).violations.length).toBeGreaterThan(0);
      await blocked.page.close();
      const allowed = await open(`${relaxed.url}/`);
      expect(await look(allowed.page)).toEqual(['rgb(1, 2, 3)', '700']);
      await expectNoViolations(allowed.page, allowed.report);
      await allowed.page.close();
    } finally {
      await strict.close();
      await relaxed.close();
    }
  });

  it('reports what the policy blocks (the watch is live): an inline style attribute set by hand', async () => {
    const { page, report } = await open(`${showcase.url}/`);
    await page.evaluate(() => document.body.setAttribute('style', 'color: red'));
    await settle(page);
    const final = await cspReport(page, report);
    expect(final.violations.some((v) => v.startsWith('style-src-attr'))).toBe(true);
    expect(final.consoleErrors.length).toBeGreaterThan(0);
    await page.close();
  });
});
