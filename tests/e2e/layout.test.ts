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
    defineApp(async (st) => {
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
      // Heights of st.json, st.plotlyChart and st.chatInput.
      st.json(Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`key${i}`, i])), { height: 120 });
      st.plotlyChart({ data: [{ type: 'bar', x: [1, 2, 3], y: [2, 1, 3] }] }, { height: 260 });
      st.container({ height: 300, key: 'plot-box' }).plotlyChart({ data: [{ type: 'bar', x: [1, 2], y: [2, 1] }] }, { height: 'stretch' });
      const spaced = st.container({ height: 300, verticalAlignment: 'distribute', key: 'spaced' });
      for (const word of ['Spaced first', 'Spaced middle', 'Spaced last']) spaced.text(word);
      st.chatInput({ placeholder: 'Sized chat', height: 140 });
      // The gap and alignments of st.container and st.columns.
      const spread = st.container({ horizontal: true, gap: 'large', key: 'spread' });
      spread.button('Gap one');
      spread.button('Gap two');
      for (const align of ['center', 'right', 'distribute'] as const) {
        const aligned = st.container({ horizontal: true, horizontalAlignment: align, key: `align-${align}` });
        aligned.button(`${align} first`);
        aligned.button(`${align} last`);
      }
      const middle = st.container({ horizontal: true, verticalAlignment: 'center', key: 'middle' });
      middle.markdown('Centre\n\ntall\n\ntext', { width: 200 });
      middle.button('Centred button');
      const bottom = st.container({ horizontal: true, verticalAlignment: 'bottom', key: 'bottom' });
      bottom.markdown('Tall\n\nbottom\n\ntext', { width: 200 });
      bottom.button('Bottom button');
      const stack = st.container({ height: 240, verticalAlignment: 'bottom', horizontalAlignment: 'center', key: 'stack' });
      stack.button('Stacked button');
      stack.markdown('Stacked text');
      const wide = st.columns(2, { gap: 'medium' });
      wide[0].text('Medium gap left');
      wide[1].text('Medium gap right');
      const tight = st.columns(2, { gap: null, verticalAlignment: 'bottom' });
      tight[0].markdown('No\n\ngap\n\nleft');
      tight[1].text('No gap right');
      // Commands whose own control fits its content by default fill a width given in px.
      st.popover('Sized popover', { width: 200 }).text('Inside the popover');
      st.segmentedControl('Sized segments', ['Left segment', 'Right segment'], { width: 300 });
      const fitted = st.container({ horizontal: true, horizontalAlignment: 'right', key: 'fitted' });
      fitted.checkbox('Fitted check');
      // Slots keep their layout when written again later.
      const bar = st.progress(10, { width: 200, text: 'Slot bar' });
      const slot = st.empty();
      slot.markdown('Slot first', { width: 240 });
      await new Promise((resolve) => setTimeout(resolve, 50));
      bar.progress(60, { text: 'Slot bar later' });
      slot.markdown('Slot second');
    }),
  );
  page = await browser.newPage({ viewport: { width: 1000, height: 1600 } });
  await page.goto(`${served.url}/`);
  await idle(page);
  await seeText(page, 'Slot second');
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
  return (await boxOf(locator)).width;
}

async function boxOf(locator: Locator): Promise<{ x: number; y: number; width: number; height: number }> {
  const box = await locator.boundingBox();
  if (box === null) throw new Error('not visible');
  return box;
}

/** The content box (inside border and padding) of the container with `key`. */
async function innerOf(key: string): Promise<{ left: number; right: number; top: number; bottom: number }> {
  return page.locator(`.st-key-${key}`).evaluate((el) => {
    const r = el.getBoundingClientRect();
    const s = getComputedStyle(el);
    const px = (v: string) => parseFloat(v) || 0;
    return {
      left: r.left + px(s.borderLeftWidth) + px(s.paddingLeft),
      right: r.right - px(s.borderRightWidth) - px(s.paddingRight),
      top: r.top + px(s.borderTopWidth) + px(s.paddingTop),
      bottom: r.bottom - px(s.borderBottomWidth) - px(s.paddingBottom),
    };
  });
}

const button = (name: string): Locator => page.getByRole('button', { name, exact: true });

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
    const box = page.locator('.lu-sized.lu-h-px > .lu-block').first();
    const size = await box.evaluate((el) => ({ height: el.getBoundingClientRect().height, scroll: el.scrollHeight, client: el.clientHeight }));
    expect(size.height).toBeCloseTo(150, 0);
    expect(size.scroll).toBeGreaterThan(size.client);
    await box.evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await page.getByText('Line 30').waitFor();
    expect(await box.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
  });

  it('a block with a width in px is that wide', async () => {
    expect(await widthOf(page.locator('.lu-sized.lu-w-px').first())).toBeCloseTo(200, 0);
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

  it('st.json with a height in px keeps it and scrolls its tree', async () => {
    const json = page.locator('.lu-element[data-type="json"]');
    const size = await json.evaluate((el) => ({ height: el.getBoundingClientRect().height, scroll: el.scrollHeight, client: el.clientHeight }));
    expect(size.height).toBeCloseTo(120, 0);
    expect(size.scroll).toBeGreaterThan(size.client);
  });

  it('st.plotlyChart draws its figure at the height given', async () => {
    const svg = page.locator('lit-ui-plotly-chart .main-svg').first();
    await svg.waitFor();
    expect((await boxOf(svg)).height).toBeCloseTo(260, 0);
    expect((await boxOf(page.locator('.lu-element[data-type="plotlyChart"]').first())).height).toBeCloseTo(260, 0);
  });

  it('st.plotlyChart with height stretch fills the container that has a height', async () => {
    const box = await innerOf('plot-box');
    const svg = page.locator('.st-key-plot-box lit-ui-plotly-chart .main-svg').first();
    await svg.waitFor();
    await expect.poll(async () => Math.round((await boxOf(svg)).height)).toBe(Math.round(box.bottom - box.top));
  });

  it('a vertical container with a height and verticalAlignment distribute spreads its children over it', async () => {
    const box = await innerOf('spaced');
    const [first, middle, last] = await Promise.all(['Spaced first', 'Spaced middle', 'Spaced last'].map((t) => boxOf(wrapperOf(t))));
    expect(first!.y).toBeCloseTo(box.top, 0);
    expect(last!.y + last!.height).toBeCloseTo(box.bottom, 0);
    expect(middle!.y - (first!.y + first!.height)).toBeCloseTo(last!.y - (middle!.y + middle!.height), 0);
  });

  it('st.chatInput with a height is a box that tall, its text area filling it', async () => {
    const box = page.locator('.lu-chat-input');
    expect((await boxOf(box)).height).toBeCloseTo(140, 0);
    expect((await boxOf(page.getByRole('textbox', { name: 'Sized chat' }))).height).toBeGreaterThan(100);
  });

  it('a horizontal container’s gap spaces its children; its horizontal alignment places them', async () => {
    const rem = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    const one = await boxOf(button('Gap one'));
    const two = await boxOf(button('Gap two'));
    expect(two.x - (one.x + one.width)).toBeCloseTo(4 * rem, 0);

    const center = await innerOf('align-center');
    const [cFirst, cLast] = [await boxOf(button('center first')), await boxOf(button('center last'))];
    expect((cFirst.x + cLast.x + cLast.width) / 2).toBeCloseTo((center.left + center.right) / 2, 0);

    const right = await innerOf('align-right');
    const rLast = await boxOf(button('right last'));
    expect(rLast.x + rLast.width).toBeCloseTo(right.right, 0);
    expect((await boxOf(button('right first'))).x).toBeGreaterThan(right.left + 100);

    const spread = await innerOf('align-distribute');
    const [dFirst, dLast] = [await boxOf(button('distribute first')), await boxOf(button('distribute last'))];
    expect(dFirst.x).toBeCloseTo(spread.left, 0);
    expect(dLast.x + dLast.width).toBeCloseTo(spread.right, 0);
  });

  it('a horizontal container’s vertical alignment centres or bottoms its children on the row', async () => {
    const text = await boxOf(wrapperOf('Centre tall text'));
    const centred = await boxOf(button('Centred button'));
    expect(text.height).toBeGreaterThan(centred.height * 2);
    expect(centred.y + centred.height / 2).toBeCloseTo(text.y + text.height / 2, 0);
    const tall = await boxOf(wrapperOf('Tall bottom text'));
    const low = await boxOf(button('Bottom button'));
    expect(low.y + low.height).toBeCloseTo(tall.y + tall.height, 0);
  });

  it('a vertical container with a height aligns its children to the bottom and centres a button', async () => {
    const stack = await innerOf('stack');
    const text = await boxOf(wrapperOf('Stacked text'));
    expect(text.y + text.height).toBeCloseTo(stack.bottom, 0);
    const pressed = await boxOf(button('Stacked button'));
    expect(pressed.x + pressed.width / 2).toBeCloseTo((stack.left + stack.right) / 2, 0);
    // A stretched element still fills the width.
    expect(text.width).toBeCloseTo(stack.right - stack.left, 0);
  });

  it('st.columns honours its gap (medium, none) and its vertical alignment', async () => {
    const rem = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    const columns = page.locator('.lu-horizontal');
    const gapOf = (row: Locator) =>
      row.evaluate((el) => {
        const [a, b] = [...el.querySelectorAll(':scope > .lu-column')].map((c) => c.getBoundingClientRect());
        return b!.left - a!.right;
      });
    const medium = columns.filter({ hasText: 'Medium gap left' });
    const none = columns.filter({ hasText: 'No gap right' });
    expect(await gapOf(medium)).toBeCloseTo(2 * rem, 0);
    expect(await gapOf(none)).toBeCloseTo(0, 0);
    const bottoms = await none.evaluate((el) => [...el.querySelectorAll(':scope > .lu-column')].map((c) => c.getBoundingClientRect().bottom));
    const lastText = await boxOf(wrapperOf('No gap right'));
    expect(lastText.y + lastText.height).toBeCloseTo(Math.max(...bottoms), 0);
  });

  it('a popover’s button and a segmented control’s segments fill a width in px; a checkbox fits in an aligned row', async () => {
    expect(await widthOf(button('Sized popover'))).toBeCloseTo(200, 0);
    const [left, right] = [await boxOf(button('Left segment')), await boxOf(button('Right segment'))];
    expect(left.width + right.width).toBeGreaterThan(295);
    const row = await innerOf('fitted');
    const check = await boxOf(page.locator('.lu-element', { hasText: 'Fitted check' }));
    expect(check.x + check.width).toBeCloseTo(row.right, 0);
    expect(check.width).toBeLessThan(200);
  });

  it('st.empty’s and st.progress’s handles keep their width when written again later', async () => {
    expect(await widthOf(wrapperOf('Slot second'))).toBeCloseTo(240, 0);
    expect(await widthOf(wrapperOf('Slot bar later'))).toBeCloseTo(200, 0);
  });
});

describe('st.spinner’s width in the browser', () => {
  let spinServed: Served;
  let release: () => void = () => undefined;

  beforeAll(async () => {
    const held = new Promise<void>((resolve) => (release = resolve));
    spinServed = await serveApp(
      defineApp(async (st) => {
        st.text('Before the spinner');
        await st.spinner('Sized spinner', () => held, { width: 200 });
        await st.spinner('Wide spinner', () => held, { width: 'stretch' });
        st.text('After the spinner');
      }),
    );
  });

  afterAll(async () => {
    release();
    await spinServed?.close();
  });

  it('the spinner shows at the width given', async () => {
    const spinPage = await browser.newPage({ viewport: { width: 1000, height: 800 } });
    await spinPage.goto(`${spinServed.url}/`);
    await seeText(spinPage, 'Sized spinner');
    const box = await spinPage.locator('.lu-element[data-type="spinner"]').boundingBox();
    expect(box?.width).toBeCloseTo(200, 0);
    release();
    await seeText(spinPage, 'After the spinner');
    await spinPage.close();
  });
});
