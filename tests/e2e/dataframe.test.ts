import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { DeltaGenerator } from '@lit-ui/core';
import { idle, launchChromium, seeText, serveApp, type Served } from './harness.js';

/** Rows of one "version" of the data, `sizes[version]` of them; each row names its version. */
function rowsOf(version: number, sizes: readonly number[]): { name: string; n: number }[] {
  const length = sizes[version % sizes.length]!;
  return Array.from({ length }, (_, i) => ({ name: `v${version} car ${i}`, n: i }));
}

/** A page whose table's data changes on each click on "Next"; `spacer` lines push the table below the fold. */
function app(spacer: number, sizes: readonly number[] = [400, 77]) {
  return (st: DeltaGenerator) => {
    if (st.button('Next')) st.sessionState['version'] = ((st.sessionState['version'] as number | undefined) ?? 0) + 1;
    const version = (st.sessionState['version'] as number | undefined) ?? 0;
    st.text(`version ${version}`);
    for (let i = 0; i < spacer; i++) st.text(`spacer line ${i}`);
    st.dataframe(rowsOf(version, sizes), { height: 360 });
  };
}

/** The body rows the table draws: their top (px, in the page), index text and first cell text. */
async function drawnRows(page: Page): Promise<{ top: number; index: string; name: string }[]> {
  return page.locator('lit-ui-dataframe .lu-df-body .lu-df-row').evaluateAll((rows) =>
    rows.map((row) => ({
      top: Math.round(row.getBoundingClientRect().top),
      index: row.querySelector('.lu-df-index')?.textContent?.trim() ?? '',
      name: row.querySelector('[role=cell]')?.textContent?.trim() ?? '',
    })),
  );
}

/** The rows inside the table's visible frame. */
async function visibleRows(page: Page): Promise<{ top: number; index: string; name: string }[]> {
  const frame = await page.locator('lit-ui-dataframe .lu-df-scroll').boundingBox();
  const rows = await drawnRows(page);
  return rows.filter((r) => frame && r.top >= frame.y + 30 && r.top < frame.y + frame.height - 5).sort((a, b) => a.top - b.top);
}

/** Asserts the table draws one row per position, no two on top of each other, every row of version `version`. */
async function expectCleanRows(page: Page, version: number): Promise<{ top: number; index: string; name: string }[]> {
  const rows = await drawnRows(page);
  expect(new Set(rows.map((r) => r.top)).size).toBe(rows.length);
  expect(new Set(rows.map((r) => r.index)).size).toBe(rows.length);
  expect(rows.length).toBeLessThanOrEqual(30);
  for (const row of rows) expect(row.name).toBe(`v${version} car ${row.index}`);
  return rows;
}

async function next(page: Page, version: number): Promise<void> {
  await page.getByRole('button', { name: 'Next' }).click();
  await seeText(page, `version ${version}`);
  await idle(page);
}

let browser: Browser;
let onScreen: Served;
let offScreen: Served;
let longer: Served;
let big: Served;
let selecting: Served;
let editing: Served;

/** 3 million rows: an id and a value that is not in id order. */
const BIG_ROWS = 3_000_000;
const bigData = {
  id: Float64Array.from({ length: BIG_ROWS }, (_, i) => i),
  value: Float64Array.from({ length: BIG_ROWS }, (_, i) => (i * 7919) % 1_000_003),
};

beforeAll(async () => {
  browser = await launchChromium();
  onScreen = await serveApp(app(0));
  offScreen = await serveApp(app(60));
  longer = await serveApp(app(0, [400, 300]));
  big = await serveApp((st) => st.dataframe(bigData, { height: 400 }));
  editing = await serveApp((st) => {
    const edited = st.dataEditor(
      [
        { item: 'tea', qty: 2 },
        { item: 'cake', qty: 1 },
      ],
      {
        key: 'basket',
        disabled: ['item'],
        columnConfig: { qty: st.columnConfig.NumberColumn('Qty', { minValue: 0, maxValue: 10 }) },
      },
    );
    st.text(`total: ${edited.reduce((sum, row) => sum + row.qty, 0)}`);
  });
  selecting = await serveApp((st) => {
    const { selection } = st.dataframe(rowsOf(0, [400]), { onSelect: 'rerun', selectionMode: 'multi-row', key: 'picked' });
    st.text(`selected: ${selection.rows.join(', ') || 'none'}`);
  });
});

afterAll(async () => {
  await browser?.close();
  await onScreen?.close();
  await offScreen?.close();
  await longer?.close();
  await big?.close();
  await selecting?.close();
  await editing?.close();
});

describe('a dataframe whose data changes (Chromium)', () => {
  it('on screen: old rows are replaced, never drawn over the new ones', async () => {
    const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
    await page.goto(onScreen.url);
    await seeText(page, 'v0 car 0');
    await expectCleanRows(page, 0);
    await next(page, 1);
    await seeText(page, 'v1 car 0');
    const rows = await expectCleanRows(page, 1);
    expect((await visibleRows(page)).map((r) => r.name).slice(0, 3)).toEqual(['v1 car 0', 'v1 car 1', 'v1 car 2']);
    expect(rows.length).toBeGreaterThan(8);
    await page.close();
  });

  it('off screen: the table changed below the fold shows its rows as soon as it is scrolled into view', async () => {
    const page = await browser.newPage({ viewport: { width: 1000, height: 700 } });
    await page.goto(offScreen.url);
    await idle(page);
    await next(page, 1);
    await page.locator('lit-ui-dataframe').scrollIntoViewIfNeeded();
    const visible = await visibleRows(page);
    expect(visible.map((r) => r.name).slice(0, 2)).toEqual(['v1 car 0', 'v1 car 1']);
    expect(visible.length).toBeGreaterThanOrEqual(8);
    await expectCleanRows(page, 1);
    await page.close();
  });

  it('scrolled: rows fetched from the server as the table scrolls; after a change the same place shows the new data', async () => {
    const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
    await page.goto(longer.url);
    await seeText(page, 'v0 car 0');
    await page.locator('lit-ui-dataframe .lu-df-scroll').evaluate((el) => (el.scrollTop = 250 * 35));
    await seeText(page, 'v0 car 255');
    await expectCleanRows(page, 0);
    await next(page, 1); // 300 rows: the scroll position (row 250) still exists
    await seeText(page, 'v1 car 255');
    const rows = await expectCleanRows(page, 1);
    expect(rows.some((r) => r.index === '260')).toBe(true);
    await page.close();
  });
});

describe('a dataframe of 3 million rows (Chromium)', () => {
  it('scrolls to its last row and sorts on the server', async () => {
    const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
    await page.goto(big.url);
    await idle(page);
    await expect.poll(() => page.locator('lit-ui-dataframe [role=table]').getAttribute('aria-rowcount')).toBe(String(BIG_ROWS + 1));
    await page.locator('lit-ui-dataframe .lu-df-scroll').evaluate((el) => (el.scrollTop = el.scrollHeight));
    await expect.poll(async () => (await visibleRows(page)).at(-1)?.index).toBe('2,999,999');
    const last = await visibleRows(page);
    expect(last.at(-1)?.name).toBe('2,999,999');
    // Sort by value, descending (two clicks), on the server: the top row is the largest value.
    await page.locator('lit-ui-dataframe .lu-df-scroll').evaluate((el) => (el.scrollTop = 0));
    const header = page.locator('lit-ui-dataframe .lu-df-sort-button', { hasText: 'value' });
    await header.click();
    await expect.poll(async () => (await visibleRows(page))[0]?.index).toBe(String(0));
    await header.click();
    let maxRow = 0;
    for (let i = 1; i < BIG_ROWS; i++) if (bigData.value[i]! > bigData.value[maxRow]!) maxRow = i;
    await expect.poll(async () => (await visibleRows(page))[0]?.index).toBe(maxRow.toLocaleString('en-US'));
    expect(await page.locator('lit-ui-dataframe [aria-sort=descending]').textContent()).toContain('value');
    await page.close();
  });
});

describe('selections (Chromium)', () => {
  it('selects rows with their check boxes; the app reruns with the selection', async () => {
    const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
    await page.goto(selecting.url);
    await seeText(page, 'selected: none');
    await page.getByRole('checkbox', { name: 'Select row 1', exact: true }).check();
    await seeText(page, 'selected: 1');
    await idle(page);
    await page.getByRole('checkbox', { name: 'Select row 3', exact: true }).check();
    await seeText(page, 'selected: 1, 3');
    expect(await page.locator('lit-ui-dataframe .lu-df-row--selected').count()).toBe(2);
    await page.close();
  });
});

describe('data editor (Chromium)', () => {
  it('edits a cell: a value out of bounds stays in the cell with its message; a good one reruns the app', async () => {
    const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
    await page.goto(editing.url);
    await seeText(page, 'total: 3');
    await page.locator('lit-ui-data-editor .lu-df-body .lu-df-row[aria-rowindex="2"] [role=cell]').nth(1).dblclick();
    const input = page.getByRole('textbox', { name: 'Edit qty of row 0' });
    await input.fill('12');
    await input.press('Enter');
    await seeText(page, '12 is above the maximum 10');
    await input.fill('5');
    await input.press('Enter');
    await seeText(page, 'total: 6');
    await page.close();
  });
});
