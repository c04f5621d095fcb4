import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { defineApp } from '@lit-ui/core';
import { idle, launchChromium, seeText, serveApp, type Served } from './harness.js';

let browser: Browser;
const served: Served[] = [];

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  for (const s of served) await s.close();
});

async function open(app: Parameters<typeof serveApp>[0]): Promise<Page> {
  const s = await serveApp(app);
  served.push(s);
  const page = await browser.newPage();
  await page.goto(`${s.url}/`);
  await idle(page);
  return page;
}

describe('button-group widgets in the browser', () => {
  it('pills, segmented control and feedback send their choice and show it pressed', async () => {
    const page = await open(
      defineApp((st) => {
        const tags = st.pills('Tags', ['news', 'sport', 'tech'], { selectionMode: 'multi' });
        const view = st.segmentedControl('View', ['Map', 'Table'], { default: 'Map' });
        const rating = st.feedback('stars');
        st.text(`tags=${tags.join('+')} view=${view} rating=${rating}`);
      }),
    );
    await seeText(page, 'tags= view=Map rating=null');
    await page.getByRole('button', { name: 'tech' }).click();
    await seeText(page, 'tags=tech view=Map rating=null');
    await page.getByRole('button', { name: 'news' }).click();
    await seeText(page, 'tags=news+tech view=Map rating=null');
    await page.getByRole('button', { name: 'Table' }).click();
    await seeText(page, 'tags=news+tech view=Table rating=null');
    await page.getByRole('button', { name: 'Table' }).click();
    await seeText(page, 'tags=news+tech view=null rating=null');
    await page.getByRole('button', { name: '4 stars' }).click();
    await seeText(page, 'tags=news+tech view=null rating=3');
    expect(await page.getByRole('button', { name: 'tech' }).getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByRole('button', { name: 'sport' }).getAttribute('aria-pressed')).toBe('false');
    expect(await page.getByRole('button', { name: '4 stars' }).getAttribute('aria-pressed')).toBe('true');
  });
});
