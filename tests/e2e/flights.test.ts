import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import flights from '../../examples/flights/app.js';
import { idle, launchChromium, seeText, serveApp, type Served } from './harness.js';

let browser: Browser;
let served: Served;

beforeAll(async () => {
  browser = await launchChromium();
  served = await serveApp(flights);
});

afterAll(async () => {
  await browser?.close();
  await served?.close();
});

/** Index and cells (the selection check box's cell first) of the rows inside the table's visible frame, top to bottom. */
async function visibleRows(page: Page): Promise<{ index: string; cells: string[] }[]> {
  const table = page.locator('lit-ui-dataframe').first();
  const frame = await table.locator('.lu-df-scroll').boundingBox();
  const rows = await table.locator('.lu-df-body .lu-df-row').evaluateAll((els) =>
    els.map((row) => ({
      top: row.getBoundingClientRect().top,
      index: row.querySelector('.lu-df-index')?.textContent?.trim() ?? '',
      cells: [...row.querySelectorAll('[role=cell]')].map((c) => c.textContent?.trim() ?? ''),
    })),
  );
  return rows
    .filter((r) => frame !== null && r.top >= frame.y + 30 && r.top < frame.y + frame.height - 5)
    .sort((a, b) => a.top - b.top)
    .map(({ index, cells }) => ({ index, cells }));
}

describe('the flights example on 3,000,000 flights read from Parquet (Chromium)', () => {
  it('switches to the Parquet file, scrolls to the last flight and sorts by distance on the server', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(served.url);
    await idle(page, 30_000);
    await page.getByRole('button', { name: '3M · Parquet' }).click();
    // Reading the file takes seconds (a spinner shows meanwhile); the metric's value then counts every flight (its help, hidden, says so too).
    await seeText(page, /^3,000,000$/, 150_000);
    await idle(page, 150_000);
    const scroll = page.locator('lit-ui-dataframe .lu-df-scroll').first();
    await expect.poll(() => page.locator('lit-ui-dataframe [role=table]').first().getAttribute('aria-rowcount')).toBe('3000001');
    await scroll.evaluate((el) => (el.scrollTop = el.scrollHeight));
    await expect.poll(async () => (await visibleRows(page)).at(-1)?.index, { timeout: 20_000 }).toBe('2,999,999');
    expect((await visibleRows(page)).at(-1)?.cells[2]).toBe('373 mi');
    await scroll.evaluate((el) => (el.scrollTop = 0));
    const header = page.locator('lit-ui-dataframe .lu-df-sort-button', { hasText: 'Distance' }).first();
    await header.click();
    await header.click();
    await expect.poll(() => page.locator('lit-ui-dataframe [aria-sort=descending]').first().textContent(), { timeout: 30_000 }).toContain('Distance');
    await expect
      .poll(async () => Number((await visibleRows(page))[0]?.cells[2]?.replace(/[^\d]/g, '') ?? 0), { timeout: 30_000 })
      .toBeGreaterThan(4_000);
    await page.close();
  }, 300_000);
});
