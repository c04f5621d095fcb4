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

async function open(app: Parameters<typeof serveApp>[0], waitIdle = true): Promise<Page> {
  const s = await serveApp(app);
  served.push(s);
  const page = await browser.newPage();
  await page.goto(`${s.url}/`);
  if (waitIdle) await idle(page);
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

describe('st.writeStream in the browser', () => {
  it('shows the text as it arrives, growing one markdown element, and returns the whole text', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const page = await open(
      defineApp(async (st) => {
        const answer = await st.writeStream(
          (async function* () {
            yield 'Streaming **answer**';
            await gate;
            yield ' arrives in pieces.';
          })(),
        );
        st.text(`length ${answer.length}`);
      }),
      false,
    );
    await seeText(page, 'Streaming answer');
    expect(await page.getByText('length').count()).toBe(0);
    release();
    await seeText(page, 'length 39');
    await seeText(page, 'Streaming answer arrives in pieces.');
    expect(await page.locator('strong', { hasText: 'answer' }).count()).toBe(1);
  });
});

describe('st.datetimeInput in the browser', () => {
  it('a native date-and-time field bounded by min/max sends the picked wall-clock time', async () => {
    const page = await open(
      defineApp((st) => {
        const when = st.datetimeInput('Meeting', { value: '2025-11-19 16:45', minValue: '2025-01-01', maxValue: '2025-12-31 23:00', step: 1800 });
        st.text(`when=${when.toISOString().slice(0, 16)}`);
      }),
    );
    await seeText(page, 'when=2025-11-19T16:45');
    const field = page.getByLabel('Meeting');
    expect(await field.getAttribute('type')).toBe('datetime-local');
    expect(await field.inputValue()).toBe('2025-11-19T16:45');
    expect(await field.getAttribute('min')).toBe('2025-01-01T00:00');
    await field.fill('2025-12-24T18:30');
    await field.blur();
    await seeText(page, 'when=2025-12-24T18:30');
    expect(await field.inputValue()).toBe('2025-12-24T18:30');
  });
});
