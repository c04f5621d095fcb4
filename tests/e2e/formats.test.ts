import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { cspReport, watchCsp } from './cspWatch.js';
import { idle, launchChromium, seeText, serveApp, type Served } from './harness.js';

/**
 * Markdown and formats on their libraries, in Chromium under the host
 * page's strict CSP: `:material/…:` icons drawn by the Material Symbols
 * font (added to the document once, served under the mount), GitHub emoji
 * shortcodes from the lazily loaded gemoji table, KaTeX math in KaTeX's
 * own fonts, and sprintf-js / Intl number formats.
 */
let browser: Browser;
let served: Served;

beforeAll(async () => {
  browser = await launchChromium();
  served = await serveApp(
    (st) => {
      st.markdown('Go :material/home: home, :woman_technologist: and :no_such_code:, not `:tada:`');
      st.button('Launch', { icon: ':material/rocket_launch:' });
      st.markdown('$$\\int_0^1 x^2\\,dx = \\frac{1}{3}$$');
      st.slider('Share', { minValue: 0, maxValue: 1, value: 0.25, format: 'percent' });
      st.metric('Revenue', 1234.5, { delta: -5, format: 'dollar' });
    },
    { mount: '/formats' },
  );
});

afterAll(async () => {
  await browser?.close();
  await served?.close();
});

/** Waits until the document's font set holds a loaded face of `family`. */
async function fontLoaded(page: Page, family: string): Promise<void> {
  await page.waitForFunction(
    (name) => [...document.fonts].some((face) => face.family.replace(/"/g, '') === name && face.status === 'loaded'),
    family,
    {
      timeout: 10_000,
    },
  );
}

describe('icons, emoji, math fonts and number formats', () => {
  it('draws Material Symbols in markdown and on a button, fills shortcodes, sets math in KaTeX fonts, formats numbers, with no CSP violation', async () => {
    const page = await browser.newPage();
    const report = await watchCsp(page);
    const fontRequests: string[] = [];
    page.on('requestfinished', (request) => {
      if (request.url().endsWith('.woff2')) fontRequests.push(new URL(request.url()).pathname);
    });
    await page.goto(served.url);
    await idle(page);

    // Emoji: GitHub's set from the lazy table; unknown codes and code spans stay as typed.
    await seeText(page, /, 👩‍💻 and :no_such_code:, not :tada:/);

    // Material Symbols: one document font face, loaded from under the mount.
    await fontLoaded(page, 'Material Symbols Rounded');
    const markdownIcon = page.locator('.lu-markdown .lu-material').first();
    const buttonIcon = page.locator('lit-ui-button .lu-button-icon.lu-material');
    await expect(markdownIcon.textContent()).resolves.toBe('home');
    await expect(buttonIcon.textContent()).resolves.toBe('rocket_launch');
    for (const icon of [markdownIcon, buttonIcon]) {
      const drawn = await icon.evaluate((el) => {
        const style = getComputedStyle(el);
        return { family: style.fontFamily, fontSize: parseFloat(style.fontSize), width: el.scrollWidth, text: el.textContent ?? '' };
      });
      expect(drawn.family).toContain('Material Symbols Rounded');
      // The ligature is one glyph about one em wide; the name in a text font would be several em.
      expect(drawn.width).toBeLessThanOrEqual(Math.ceil(drawn.fontSize) + 1);
      const widths = await page.evaluate((text) => {
        const ctx = document.createElement('canvas').getContext('2d')!;
        ctx.font = '40px "Material Symbols Rounded"';
        const icon = ctx.measureText(text).width;
        ctx.font = '40px sans-serif';
        return { icon, fallback: ctx.measureText(text).width };
      }, drawn.text);
      expect(widths.icon).toBeLessThan(widths.fallback / 2);
    }
    expect(await page.evaluate(() => [...document.fonts].filter((face) => face.family.replace(/"/g, '') === 'Material Symbols Rounded').length)).toBe(
      1,
    );
    expect(fontRequests).toContain('/formats/material-symbols-rounded.woff2');

    // KaTeX: HTML output in its own fonts (document font faces), MathML kept for assistive technology.
    const katex = page.locator('.lu-markdown .katex').first();
    await katex.waitFor({ state: 'visible' });
    await fontLoaded(page, 'KaTeX_Main');
    await expect(katex.locator('.katex-html').count()).resolves.toBe(1);
    await expect(katex.locator('math').count()).resolves.toBe(1);
    expect(await katex.evaluate((el) => getComputedStyle(el).fontFamily)).toContain('KaTeX_Main');
    expect(fontRequests.some((path) => /^\/formats\/KaTeX_[\w-]+\.woff2$/.test(path))).toBe(true);

    // Number formats: a named Intl format on the slider and the metric.
    await seeText(page, '25.00%');
    await expect(page.locator('.lu-metric-value').textContent()).resolves.toBe('$1,234.50');
    await expect(page.locator('.lu-metric-delta-text').textContent()).resolves.toBe('-$5.00');

    await page.screenshot({ path: '/tmp/lit-ui-formats.png', fullPage: true });
    await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
    const final = await cspReport(page, report);
    expect(final.violations).toEqual([]);
    expect(final.consoleErrors).toEqual([]);
    await page.close();
  });
});
