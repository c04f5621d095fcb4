// Drives the widget gallery in Chromium with mouse and keyboard and checks the
// calls each widget makes (accessible names, drag, typing, focus). Run after
// `node dev/widgets/screenshot.mjs` has built dev/widgets/dist/gallery.js.
// Usage: node dev/widgets/check.mjs [outDir]   (focus screenshots go to outDir)
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const here = fileURLToPath(new URL('.', import.meta.url));
const outDir = process.argv[2] ?? '/tmp/lit-ui-widgets';
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-dev-shm-usage',
  ],
});
let failed = 0;

/** @typedef {import('../../src/renderers/widgets/fakeWidgetManager.js').WidgetCall} WidgetCall */
/** @typedef {import('playwright-core').Page} Page */

/**
 * The bounding box of a visible element.
 * @param {import('playwright-core').Locator} locator
 */
const boxOf = async (locator) => {
  const box = await locator.boundingBox();
  assert.ok(box, 'element is visible');
  return box;
};

/**
 * The last recorded call.
 * @param {WidgetCall[]} calls
 */
const lastOf = (calls) => {
  const last = calls.at(-1);
  assert.ok(last, 'at least one call');
  return last;
};

/**
 * Opens the gallery in a fresh page and runs one check against it.
 * @param {string} name
 * @param {(page: Page, calls: () => Promise<WidgetCall[]>) => Promise<void>} fn
 */
const check = async (name, fn) => {
  const page = await browser.newPage({ viewport: { width: 900, height: 900 } });
  page.on('pageerror', (e) => console.error(`  page error: ${e.message}`));
  await page.goto(pathToFileURL(join(here, 'gallery.html')).href);
  const calls = () =>
    page.evaluate(() => /** @type {{ widgetCalls: WidgetCall[] }} */ (/** @type {unknown} */ (globalThis)).widgetCalls.map((c) => ({ ...c })));
  try {
    await fn(page, calls);
    console.log(`ok   ${name}`);
  } catch (error) {
    failed += 1;
    const message = error instanceof Error ? error.message : String(error);
    console.log(`FAIL ${name}\n  ${message.split('\n').slice(0, 6).join('\n  ')}`);
  } finally {
    await page.close();
  }
};

await check('accessible names of every kind of control', async (page) => {
  /** @type {[Parameters<Page['getByRole']>[0], string][]} */
  const controls = [
    ['button', 'Secondary'],
    ['checkbox', 'Unchecked'],
    ['switch', 'Activate feature'],
    ['radio', 'Drama'],
    ['radiogroup', "What's your favorite genre"],
    ['textbox', 'Movie title'],
    ['spinbutton', 'Insert a number'],
    ['slider', 'How old are you?'],
    ['combobox', 'How would you like to be contacted?'],
    ['textbox', 'Say something'],
  ];
  for (const [role, name] of controls) {
    assert.equal(await page.getByRole(role, { name, exact: true }).count(), 1, `${role} "${name}"`);
  }
  assert.equal(await page.getByLabel('Movie title', { exact: true }).count(), 1);
  assert.equal(await page.getByLabel('Set an alarm for').count(), 1);
  assert.equal(await page.getByLabel('Pick A Color').count(), 1);
});

await check('slider: mouse drag sends debounced values then one final value', async (page, calls) => {
  const thumb = page.getByRole('slider', { name: 'How old are you?' });
  await thumb.scrollIntoViewIfNeeded();
  const box = await boxOf(thumb);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + 100, box.y, { steps: 5 });
  await page.mouse.move(box.x + 200, box.y, { steps: 5 });
  await page.mouse.up();
  const sets = (await calls()).filter((c) => c.method === 'set');
  assert.ok(sets.length >= 3, `several sets, got ${sets.length}`);
  assert.ok(
    sets.slice(0, -1).every((c) => c.debounce),
    'debounced while dragging',
  );
  assert.equal(lastOf(sets).debounce, false);
  assert.equal(Number(await thumb.getAttribute('aria-valuenow')), lastOf(sets).value);
});

await check('slider: a click on the track moves the nearest thumb of a range', async (page, calls) => {
  const [lo, hi] = await page.getByRole('slider', { name: 'Select a range of values' }).all();
  assert.ok(lo && hi, 'two thumbs');
  await hi.scrollIntoViewIfNeeded();
  const a = await boxOf(lo);
  const b = await boxOf(hi);
  await page.mouse.click(b.x + 60, b.y + b.height / 2);
  const last = lastOf(await calls());
  assert.equal(last.debounce, false);
  assert.ok(Array.isArray(last.value), `a range: ${JSON.stringify(last.value)}`);
  const [low, high] = last.value;
  assert.equal(low, 25);
  assert.ok(typeof high === 'number' && high > 75, `high end moved: ${JSON.stringify(last.value)}`);
  assert.ok(a.x < b.x);
});

await check('selectbox: mouse open, click an option', async (page, calls) => {
  await page.getByRole('combobox', { name: 'How would you like to be contacted?' }).click();
  await page.getByRole('option', { name: 'Home phone' }).click();
  assert.deepEqual((await calls()).at(-1), { method: 'set', id: 'w28', value: 1, debounce: false });
  assert.equal(await page.getByRole('listbox').count(), 0);
  assert.equal(await page.getByRole('combobox', { name: 'How would you like to be contacted?' }).inputValue(), 'Home phone');
});

await check('multiselect: type to filter, Enter picks, Backspace removes', async (page, calls) => {
  const combo = page.getByRole('combobox', { name: 'Empty multiselect' });
  await combo.click();
  await page.keyboard.type('bl');
  await page.keyboard.press('Enter');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Backspace');
  const values = (await calls()).map((c) => c.value);
  assert.deepEqual(values, [[3], [3, 1], [3]]);
});

await check('text input: typing sends nothing until Enter; Tab blur commits', async (page, calls) => {
  const input = page.getByRole('textbox', { name: 'Empty with placeholder' });
  await input.click();
  await page.keyboard.type('Ada');
  assert.equal((await calls()).length, 0);
  await page.keyboard.press('Enter');
  await page.keyboard.type(' L');
  await page.keyboard.press('Tab');
  assert.deepEqual(
    (await calls()).map((c) => c.value),
    ['Ada', 'Ada L'],
  );
});

await check('number input: arrows and typing', async (page, calls) => {
  const input = page.getByRole('spinbutton', { name: 'Insert a number' });
  await input.focus();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await input.fill('99');
  await page.keyboard.press('Enter');
  assert.deepEqual(
    (await calls()).map((c) => c.value),
    [4, 5, 10],
  );
  assert.equal(await input.inputValue(), '10');
});

await check('checkbox, toggle and radio from the keyboard', async (page, calls) => {
  await page.getByRole('checkbox', { name: 'Unchecked' }).focus();
  await page.keyboard.press('Space');
  await page.getByRole('switch', { name: 'Activate feature' }).focus();
  await page.keyboard.press('Space');
  await page.getByRole('radio', { name: 'Comedy' }).focus();
  await page.keyboard.press('ArrowDown');
  await page.screenshot({ path: join(outDir, 'focus-radio.png'), clip: { x: 80, y: 240, width: 400, height: 380 } });
  assert.deepEqual(
    (await calls()).map((c) => c.value),
    [true, false, 1],
  );
});

await check('button, chat input and date input', async (page, calls) => {
  await page.getByRole('button', { name: 'Secondary' }).focus();
  await page.keyboard.press('Enter');
  await page.screenshot({ path: join(outDir, 'focus-button.png'), clip: { x: 80, y: 80, width: 420, height: 80 } });
  const chat = page.getByRole('textbox', { name: 'Say something' });
  await chat.fill('Hello\nworld');
  await chat.press('Enter');
  assert.equal(await chat.inputValue(), '');
  const date = page.getByLabel("When's your birthday");
  await date.fill('2020-02-29');
  await date.blur();
  const got = await calls();
  assert.deepEqual(got[0], { method: 'trigger', id: 'w1', value: true });
  assert.deepEqual([got[1]?.method, got[1]?.value], ['trigger', 'Hello\nworld']);
  assert.deepEqual(
    got.slice(2).map((c) => [c.value, c.debounce]),
    [
      ['2020-02-29', true],
      ['2020-02-29', false],
    ],
  );
});

await browser.close();
console.log(failed === 0 ? 'all checks passed' : `${failed} check(s) failed`);
process.exit(failed === 0 ? 0 : 1);
