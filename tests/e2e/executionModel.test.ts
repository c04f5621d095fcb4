import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { defineApp, dialog, fragment, Page as AppPageOf, type DeltaGenerator } from '@lit-ui/core';
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

async function open(app: Parameters<typeof serveApp>[0], path = ''): Promise<{ page: Page; url: string }> {
  const s = await serveApp(app);
  served.push(s);
  const page = await browser.newPage();
  await page.goto(`${s.url}/${path}`);
  await idle(page);
  return { page, url: s.url };
}

describe('forms in the browser', () => {
  it('holds changes until submit, then applies them in one rerun', async () => {
    let runs = 0;
    const { page } = await open(
      defineApp((st) => {
        runs++;
        const f = st.form('signup');
        const name = f.textInput('Name');
        const sent = f.formSubmitButton('Save');
        st.text(sent ? `Saved ${name}` : 'Nothing saved');
      }),
    );
    await seeText(page, 'Nothing saved');
    const box = page.getByRole('textbox', { name: 'Name' });
    await box.fill('Ada');
    await box.blur();
    await page.waitForTimeout(300);
    expect(runs).toBe(1);
    await page.getByRole('button', { name: 'Save' }).click();
    await seeText(page, 'Saved Ada');
    expect(runs).toBe(2);
  });
});

describe('fragments in the browser', () => {
  it('an interaction inside a fragment reruns and repaints only the fragment', async () => {
    let full = 0;
    const counter = fragment((st) => {
      st.sessionState.clicks ??= 0;
      if (st.button('More')) st.sessionState.clicks += 1;
      st.text(`fragment clicks ${st.sessionState.clicks}`);
    });
    const { page } = await open(
      defineApp(async (st) => {
        full++;
        st.text(`full runs ${full}`);
        await counter(st);
      }),
    );
    await seeText(page, 'full runs 1');
    // Mark the element outside the fragment: a repaint would replace or re-render it.
    await page.getByText('full runs 1').evaluate((el) => ((el as HTMLElement).dataset['marker'] = 'kept'));
    await page.getByRole('button', { name: 'More' }).click();
    await seeText(page, 'fragment clicks 1');
    await page.getByRole('button', { name: 'More' }).click();
    await seeText(page, 'fragment clicks 2');
    expect(full).toBe(1);
    expect(await page.getByText('full runs 1').evaluate((el) => (el as HTMLElement).dataset['marker'])).toBe('kept');
  });
});

describe('multipage apps in the browser', () => {
  it('navigates with page links, keeps the URL, and follows back/forward', async () => {
    const home = (st: DeltaGenerator) => st.text('This is home');
    const reports = (st: DeltaGenerator) => st.text('This is reports');
    const app = defineApp(async (st) => {
      const pg = st.navigation([AppPageOf(home, { title: 'Home' }), AppPageOf(reports, { title: 'Reports' })]);
      await pg.run();
    });
    const { page, url } = await open(app);
    await seeText(page, 'This is home');
    await page.getByRole('link', { name: 'Reports' }).click();
    await seeText(page, 'This is reports');
    expect(page.url()).toBe(`${url}/reports`);
    await page.goBack();
    await seeText(page, 'This is home');
    expect(page.url()).toBe(`${url}/`);
    await page.goForward();
    await seeText(page, 'This is reports');
    await page.reload();
    await seeText(page, 'This is reports');
  });
});

describe('dialogs in the browser', () => {
  it('opens a modal whose widgets rerun only the dialog, closed by st.rerun()', async () => {
    let full = 0;
    const edit = dialog('Edit name', (st) => {
      const name = st.textInput('New name', { key: 'draft' });
      st.text(`Preview: ${name}`);
      if (st.button('Apply')) {
        st.sessionState.name = name;
        st.rerun();
      }
    });
    const { page } = await open(
      defineApp(async (st) => {
        full++;
        st.text(`Name is ${st.sessionState.name ?? 'unset'}`);
        if (st.button('Edit')) await edit(st);
      }),
    );
    await page.getByRole('button', { name: 'Edit' }).click();
    const modal = page.getByRole('dialog');
    await modal.waitFor();
    const runsWithDialog = full;
    const input = modal.getByRole('textbox', { name: 'New name' });
    await input.fill('Grace');
    await input.press('Enter');
    await seeText(page, 'Preview: Grace');
    expect(full).toBe(runsWithDialog);
    await modal.getByRole('button', { name: 'Apply' }).click();
    await seeText(page, 'Name is Grace');
    await modal.waitFor({ state: 'hidden' });
  });
});

describe('background tasks in the browser', () => {
  it('a task updates the page by itself while the user keeps working', async () => {
    const app = defineApp((st) => {
      if (st.button('Start')) st.sessionState.started = true;
      if (st.sessionState.started) {
        const job = st.background('job', async ({ progress }) => {
          for (let i = 1; i <= 3; i++) {
            await new Promise((r) => setTimeout(r, 300));
            progress(i / 3);
          }
          return 42;
        });
        if (job.status === 'done') st.success(`Result: ${job.result}`);
        else st.progress(job.progress, { text: 'Working…' });
      }
      st.text(`Typed: ${st.textInput('Notes')}`);
    });
    const { page } = await open(app);
    await page.getByRole('button', { name: 'Start' }).click();
    await seeText(page, 'Working…');
    const notes = page.getByRole('textbox', { name: 'Notes' });
    await notes.fill('still here');
    await notes.press('Enter');
    await seeText(page, 'Typed: still here');
    await seeText(page, 'Result: 42', 10_000);
  });
});

describe('query params in the browser', () => {
  it('the app writes the URL query, the URL feeds the app, and back/forward rerun with each URL', async () => {
    const app = defineApp((st) => {
      const item = Number(st.queryParams.item ?? '1');
      st.text(`Item ${item}`);
      if (st.button('Next item')) {
        st.queryParams.item = String(item + 1);
        st.rerun();
      }
    });
    const { page, url } = await open(app, '?item=5');
    await seeText(page, 'Item 5');
    await page.getByRole('button', { name: 'Next item' }).click();
    await seeText(page, 'Item 6');
    expect(new URL(page.url()).searchParams.get('item')).toBe('6');
    await page.goto(`${url}/?item=2`);
    await seeText(page, 'Item 2');
    await page.goBack();
    await seeText(page, 'Item 6');
    expect(new URL(page.url()).searchParams.get('item')).toBe('6');
    await page.goForward();
    await seeText(page, 'Item 2');
  });
});

describe('widget values in the browser', () => {
  it('a widget keeps the value the user gave it after the run (the server does not echo it back)', async () => {
    const app = defineApp((st) => {
      const v = st.slider('Level', { minValue: 0, maxValue: 10, value: 0 });
      st.text(`level ${v}`);
    });
    const { page } = await open(app);
    const slider = page.getByRole('slider', { name: 'Level' });
    await slider.focus();
    for (const expected of [1, 2, 3]) {
      await slider.press('ArrowRight');
      await seeText(page, `level ${expected}`);
      await idle(page);
    }
    await page.waitForTimeout(300);
    expect(await slider.getAttribute('aria-valuenow')).toBe('3');
  });
});
