import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { defineApp } from '@lit-ui/core';
import { idle, launchChromium, seeText, serveApp, type Served } from './harness.js';

let browser: Browser;
let served: Served;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  served = await serveApp(
    defineApp((st) => {
      const city = st.selectbox('City', ['Paris', 'Lyon'], { acceptNewOptions: true });
      const tags = st.multiselect('Tags', ['news', 'tech'], { acceptNewOptions: true });
      st.text(`city=${String(city)} tags=${tags.join('+')}`);
    }),
  );
  page = await browser.newPage();
  await page.goto(`${served.url}/`);
  await idle(page);
});

afterAll(async () => {
  await browser?.close();
  await served?.close();
});

describe('acceptNewOptions in the browser', () => {
  it('a selectbox takes a typed value confirmed with Enter, offered as an "Add" option of the listbox', async () => {
    await seeText(page, 'city=Paris tags=');
    const box = page.getByRole('combobox', { name: 'City' });
    await box.click();
    await box.pressSequentially('Nantes');
    const add = page.getByRole('option', { name: 'Add “Nantes”' });
    await add.waitFor();
    expect(await box.getAttribute('aria-activedescendant')).toBe(await add.getAttribute('id'));
    await box.press('Enter');
    await seeText(page, 'city=Nantes tags=');
    expect(await box.inputValue()).toBe('Nantes');
  });

  it('a multiselect takes typed values as chips next to options', async () => {
    const box = page.getByRole('combobox', { name: 'Tags' });
    await box.click();
    await box.pressSequentially('tech');
    await box.press('Enter');
    await seeText(page, 'city=Nantes tags=tech');
    await box.pressSequentially('climate');
    await page.getByRole('option', { name: 'Add “climate”' }).waitFor();
    await box.press('Enter');
    await seeText(page, 'city=Nantes tags=tech+climate');
    expect(await page.getByRole('button', { name: 'Remove climate' }).count()).toBe(1);
  });
});
