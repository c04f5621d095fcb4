import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { defineApp, Page as AppPage, type DeltaGenerator } from '@lit-ui/core';
import { idle, launchChromium, seeText, serveApp, type Served } from './harness.js';

let browser: Browser;
let served: Served;

const home = AppPage(
  (st: DeltaGenerator) => {
    st.text('This is home');
    if (st.button('Large, please')) st.switchPage(sizes, { queryParams: { size: 'L' } });
  },
  { title: 'Home', default: true },
);
const sizes = AppPage(
  (st: DeltaGenerator) => {
    const size = st.radio('Size', ['S', 'M', 'L'], { key: 'size', bind: 'query-params', horizontal: true });
    st.text(`The size is ${size}`);
  },
  { title: 'Sizes', urlPath: 'sizes' },
);

beforeAll(async () => {
  browser = await launchChromium();
  served = await serveApp(defineApp(async (st) => await st.navigation([home, sizes]).run()));
});

afterAll(async () => {
  await browser?.close();
  await served?.close();
});

describe("bind: 'query-params' in the browser", () => {
  it('a change writes the URL, a reload with the URL shows the value, and back/forward move the widget', async () => {
    const page = await browser.newPage();
    const size = (name: string) => page.getByRole('radio', { name, exact: true });
    await page.goto(`${served.url}/sizes`);
    await idle(page);
    await seeText(page, 'The size is S');
    expect(new URL(page.url()).search).toBe('');

    await size('M').check({ force: true }); // the styled dot over the input takes the pointer
    await seeText(page, 'The size is M');
    await expect.poll(() => page.url()).toBe(`${served.url}/sizes?size=M`);

    await page.reload();
    await idle(page);
    await seeText(page, 'The size is M');
    await expect(size('M').isChecked()).resolves.toBe(true);

    // Home by the page link (no params), then a button that opens the page with ?size=L.
    await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Home' }).click();
    await seeText(page, 'This is home');
    await expect.poll(() => page.url()).toBe(`${served.url}`);
    await page.getByRole('button', { name: 'Large, please' }).click();
    await seeText(page, 'The size is L');
    await expect.poll(() => page.url()).toBe(`${served.url}/sizes?size=L`);

    // Back twice: the older URL of the page says M, and the widget follows it.
    await page.goBack();
    await seeText(page, 'This is home');
    await page.goBack();
    await seeText(page, 'The size is M');
    await expect(size('M').isChecked()).resolves.toBe(true);
    expect(page.url()).toBe(`${served.url}/sizes?size=M`);
    await page.goForward();
    await seeText(page, 'This is home');
    await page.goForward();
    await seeText(page, 'The size is L');
    await expect(size('L').isChecked()).resolves.toBe(true);

    // The host page drives the widget by its key: the URL follows.
    await page.evaluate(() => (document.querySelector('lit-ui-app') as HTMLElement & { setState(v: object): void }).setState({ size: 'M' }));
    await seeText(page, 'The size is M');
    await expect.poll(() => page.url()).toBe(`${served.url}/sizes?size=M`);

    // A shared link opened in a new tab shows its value; a value that is no option is ignored and removed from the URL.
    const shared = await browser.newPage();
    await shared.goto(`${served.url}/sizes?size=M`);
    await idle(shared);
    await seeText(shared, 'The size is M');
    const invalid = await browser.newPage();
    await invalid.goto(`${served.url}/sizes?size=XXL`);
    await idle(invalid);
    await seeText(invalid, 'The size is S');
    await expect.poll(() => invalid.url()).toBe(`${served.url}/sizes`);
    // The tab that had M keeps it when its URL turns invalid: the widget keeps its value, the URL is corrected.
    await shared.goto(`${served.url}/sizes?size=XXL`);
    await idle(shared);
    await seeText(shared, 'The size is M');
    await expect.poll(() => shared.url()).toBe(`${served.url}/sizes?size=M`);
    for (const p of [page, shared, invalid]) await p.close();
  });
});
