import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { idle, launchChromium, seeText, serveApp, type Served } from './harness.js';

let browser: Browser;
let editor: Served;
let table: Served;

beforeAll(async () => {
  browser = await launchChromium();
  editor = await serveApp((st) => {
    const rows = st.dataEditor(
      [
        { item: 'tea', qty: 2, ok: false },
        { item: 'cake', qty: 1, ok: true },
        { item: 'jam', qty: 3, ok: false },
      ],
      { key: 'basket', columnConfig: { qty: st.columnConfig.NumberColumn('Qty', { minValue: 0, maxValue: 10 }) } },
    );
    st.text(`rows: ${rows.map((r) => `${r.item ?? '∅'}:${r.qty ?? '∅'}:${r.ok}`).join(' | ')}`);
  });
  table = await serveApp((st) =>
    st.dataframe(
      Array.from({ length: 400 }, (_, i) => ({ name: `car ${i}`, n: i })),
      { height: 360 },
    ),
  );
});

afterAll(async () => {
  await browser?.close();
  await Promise.all([editor?.close(), table?.close()]);
});

/** The data cell at view position `position`, column `c` (the index is not a data cell). */
function cell(page: Page, position: number, c: number) {
  return page.locator(`.lu-df-body .lu-df-row[aria-rowindex="${position + 2}"] [role=cell][aria-colindex="${c + 2}"]`);
}

/** Sends a synthetic clipboard event to the table and returns what its handler put on the clipboard. */
function clipboard(page: Page, type: 'copy' | 'paste', text = ''): Promise<string> {
  return page.locator('.lu-df-scroll').evaluate(
    (el, [kind, data]) => {
      const transfer = new DataTransfer();
      if (data) transfer.setData('text/plain', data);
      el.dispatchEvent(new ClipboardEvent(kind!, { clipboardData: transfer, bubbles: true, cancelable: true }));
      return transfer.getData('text/plain');
    },
    [type, text],
  );
}

describe('data editor keyboard and clipboard (Chromium)', () => {
  it('navigates with the arrows, types into the active cell, Enter keeps it and moves down, Space toggles a check box', async () => {
    const page = await browser.newPage({ viewport: { width: 1000, height: 700 } });
    await page.goto(editor.url);
    await seeText(page, 'rows: tea:2:false | cake:1:true | jam:3:false');
    await cell(page, 0, 0).click();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => cell(page, 1, 0).getAttribute('class')).toContain('lu-df-cell--active');
    await page.keyboard.type('pie');
    await page.keyboard.press('Enter');
    await seeText(page, 'rows: tea:2:false | pie:1:true | jam:3:false');
    await expect.poll(() => cell(page, 2, 0).getAttribute('class')).toContain('lu-df-cell--active');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await page.getByRole('textbox', { name: 'Edit qty of row 2' }).fill('7');
    await page.keyboard.press('Enter');
    await seeText(page, 'rows: tea:2:false | pie:1:true | jam:7:false');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press(' ');
    await seeText(page, 'rows: tea:2:false | pie:1:false | jam:7:false');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Delete');
    await seeText(page, 'rows: tea:2:false | pie:∅:false | jam:7:false');
    await page.close();
  });

  it('copies a range as tab-separated text; a paste fills cells from the active one and refuses a bad value in its cell', async () => {
    const page = await browser.newPage({ viewport: { width: 1000, height: 700 } });
    await page.goto(editor.url);
    await seeText(page, 'rows: tea:2:false | cake:1:true | jam:3:false');
    await cell(page, 0, 0).click();
    await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Shift+ArrowRight');
    expect(await clipboard(page, 'copy')).toBe('tea\t2\ncake\t1');
    await cell(page, 1, 0).click();
    await clipboard(page, 'paste', 'milk\t4\r\nbread\t12\r\n');
    await seeText(page, 'rows: tea:2:false | milk:4:true | bread:3:false');
    await seeText(page, '12 is above the maximum 10');
    await idle(page);
    await page.close();
  });

  it('a plain table moves its cursor with the keys and scrolls to the last row with Ctrl+ArrowDown', async () => {
    const page = await browser.newPage({ viewport: { width: 1000, height: 700 } });
    await page.goto(table.url);
    await seeText(page, 'car 0');
    await cell(page, 1, 0).click();
    await page.keyboard.press('Control+ArrowDown');
    await seeText(page, 'car 399');
    await expect.poll(() => cell(page, 399, 0).getAttribute('class')).toContain('lu-df-cell--active');
    const box = await cell(page, 399, 0).boundingBox();
    const frame = await page.locator('.lu-df-scroll').boundingBox();
    expect(box!.y + box!.height).toBeLessThanOrEqual(frame!.y + frame!.height + 1);
    expect(await clipboard(page, 'copy')).toBe('car 399');
    await page.close();
  });
});
