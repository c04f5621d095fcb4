import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { defineApp } from '@lit-ui/core';
import { idle, launchChromium, seeText, serveApp, type Served } from './harness.js';

let browser: Browser;
let served: Served;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  served = await serveApp(
    defineApp((st) => {
      st.button('Fixed button', { width: 200 });
      st.button('Wide button', { width: 'stretch' });
      st.button('Own button');
      st.markdown('Fixed text', { width: 200 });
      st.markdown('Fitted text', { width: 'content' });
      st.markdown('Stretched text', { width: 'stretch' });
      st.metric('Fixed metric', 42, { width: 200, border: true });
      st.metric('Fitted metric', 7, { width: 'content' });
      const box = st.container({ height: 150 });
      for (let i = 1; i <= 30; i++) box.text(`Line ${i}`);
      st.container({ width: 200, border: true }).markdown('Boxed');
      const row = st.container({ horizontal: true, border: true });
      row.button('Row one');
      row.button('Row two', { width: 120 });
      row.markdown('Row text');
      const [left] = st.columns(2);
      left.button('Column button', { width: 'stretch' });
      left.markdown('Column text', { width: 150 });
    }),
  );
  page = await browser.newPage({ viewport: { width: 1000, height: 1600 } });
  await page.goto(`${served.url}/`);
  await idle(page);
  await seeText(page, 'Column text');
});

afterAll(async () => {
  await browser?.close();
  await served?.close();
});

/** The element wrapper (`.lu-element`) that holds `text`. */
function wrapperOf(text: string): Locator {
  return page.locator('.lu-element', { hasText: text }).last();
}

async function widthOf(locator: Locator): Promise<number> {
  const box = await locator.boundingBox();
  if (box === null) throw new Error('not visible');
  return box.width;
}

describe('width and height in the browser (as Streamlit’s layout)', () => {
  it('a width in px sizes the element, its button included', async () => {
    await page.screenshot({ path: 'test-results/layout.png', fullPage: true });
    expect(await widthOf(wrapperOf('Fixed button'))).toBeCloseTo(200, 0);
    expect(await widthOf(page.getByRole('button', { name: 'Fixed button' }))).toBeCloseTo(200, 0);
    expect(await widthOf(wrapperOf('Fixed text'))).toBeCloseTo(200, 0);
    expect(await widthOf(wrapperOf('Fixed metric'))).toBeCloseTo(200, 0);
  });

  it("'content' is narrower than 'stretch', which fills the container", async () => {
    const stretched = await widthOf(wrapperOf('Stretched text'));
    const fitted = await widthOf(wrapperOf('Fitted text'));
    expect(fitted).toBeLessThan(stretched / 3);
    const metric = await widthOf(wrapperOf('Fitted metric'));
    expect(metric).toBeLessThan(stretched / 3);
    // Its content fits: the label and the value on one line each, not squeezed to nothing.
    expect(metric).toBeGreaterThanOrEqual(await widthOf(page.getByText('Fitted metric')));
    expect(metric).toBeGreaterThan(40);
    expect(await wrapperOf('Fitted metric').evaluate((el) => el.getBoundingClientRect().height)).toBeLessThan(120);
    const wide = await widthOf(page.getByRole('button', { name: 'Wide button' }));
    const own = await widthOf(page.getByRole('button', { name: 'Own button' }));
    expect(wide).toBeCloseTo(stretched, 0);
    expect(own).toBeLessThan(wide / 3);
  });

  it('a container with a height in px keeps it and scrolls its content', async () => {
    const box = page.locator('.lu-sized.lu-h-px > .lu-block');
    const size = await box.evaluate((el) => ({ height: el.getBoundingClientRect().height, scroll: el.scrollHeight, client: el.clientHeight }));
    expect(size.height).toBeCloseTo(150, 0);
    expect(size.scroll).toBeGreaterThan(size.client);
    await box.evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await page.getByText('Line 30').waitFor();
    expect(await box.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
  });

  it('a block with a width in px is that wide', async () => {
    expect(await widthOf(page.locator('.lu-sized.lu-w-px'))).toBeCloseTo(200, 0);
  });

  it('in a horizontal container elements sit side by side, a fixed one at its width', async () => {
    const one = await page.getByRole('button', { name: 'Row one' }).boundingBox();
    const two = await page.getByRole('button', { name: 'Row two' }).boundingBox();
    const text = await wrapperOf('Row text').boundingBox();
    if (one === null || two === null || text === null) throw new Error('row not visible');
    expect(Math.abs(one.y - two.y)).toBeLessThan(20);
    expect(two.x).toBeGreaterThan(one.x + one.width - 1);
    expect(text.x).toBeGreaterThan(two.x + two.width - 1);
    expect(two.width).toBeCloseTo(120, 0);
  });

  it('inside a column, stretch is the column’s width and px is kept', async () => {
    const column = await widthOf(page.locator('.lu-column').first());
    expect(await widthOf(page.getByRole('button', { name: 'Column button' }))).toBeCloseTo(column, 0);
    expect(await widthOf(wrapperOf('Column text'))).toBeCloseTo(150, 0);
  });
});
