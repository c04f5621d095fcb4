// Chromium smoke test of the preview harness: drives tabs, expander, popover,
// form submit on Enter, a debounced slider, balloons, the dialog, chat input,
// page navigation with back, and the sidebar toggle; fails on the first
// wrong result. Usage: node dev/smoke.mjs
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const port = 5179;
const server = spawn(process.execPath, [fileURLToPath(new URL('./serve.mjs', import.meta.url))], {
  env: { ...process.env, PORT: String(port) },
  stdio: ['ignore', 'pipe', 'inherit'],
});
await /** @type {Promise<void>} */ (new Promise((resolve) => server.stdout.on('data', (d) => String(d).includes('preview:') && resolve())));
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
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
/** @type {string[]} */
const errors = [];
page.on('pageerror', (e) => errors.push(e.message));
/**
 * Runs `fn` in the page.
 * @template T
 * @param {() => T} fn
 */
const app = (fn) => page.evaluate(fn);
/** The BackMsgs the preview's fake server received (set by dev/fakeServer.ts). */
const sent = () => page.evaluate(() => /** @type {{ litUiBackMsgs: unknown[] }} */ (/** @type {unknown} */ (globalThis)).litUiBackMsgs);
const pause = (ms = 250) => page.waitForTimeout(ms);
try {
  await page.goto(`http://127.0.0.1:${port}/preview`);
  await pause(500);
  assert.equal(await page.title(), 'Cars explorer · lit-ui preview');

  await page.click('lit-ui-app >> role=tab[name="By origin"]');
  await page.keyboard.press('ArrowRight');
  assert.equal(await app(() => document.querySelector('lit-ui-app')?.shadowRoot?.activeElement?.textContent?.trim()), 'Notes');
  assert.equal(await page.locator('lit-ui-app [role=tabpanel]:visible').count(), 1);

  await page.click('lit-ui-app >> text=How does this work?');
  assert.equal(
    await app(() => document.querySelector('lit-ui-app')?.shadowRoot?.querySelector(/** @type {'details'} */ ('details.lu-expander'))?.open),
    true,
  );

  const panel = page.locator('lit-ui-app .lu-popover-panel');
  await page.click('lit-ui-app >> text=Display options');
  assert.equal(await panel.isVisible(), true);
  await page.keyboard.press('Escape');
  assert.equal(await panel.isVisible(), false);
  await page.click('lit-ui-app >> text=Display options');
  await page.mouse.click(700, 150);
  assert.equal(await panel.isVisible(), false);

  await page.fill('lit-ui-app #name', 'Ada');
  await pause();
  assert.deepEqual(await sent(), []);
  await page.press('lit-ui-app #name', 'Enter');
  await pause();
  assert.deepEqual((await sent())[0], {
    type: 'rerunScript',
    widgets: [
      { id: 'name', value: 'Ada' },
      { id: 'submit', value: true, trigger: true },
    ],
  });

  await app(() => {
    const s = document.querySelector('lit-ui-app')?.shadowRoot?.querySelector('#minhp');
    if (!(s instanceof HTMLInputElement)) throw new Error('no #minhp slider input');
    s.value = '150';
    s.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await pause(400);
  assert.deepEqual((await sent()).at(-1), { type: 'rerunScript', widgets: [{ id: 'minhp', value: 150 }] });

  await page.click('lit-ui-app >> text=Celebrate');
  await pause();
  assert.ok((await page.locator('lit-ui-app .lu-balloon').count()) > 0);

  await page.click('lit-ui-app >> text=Open dialog');
  await pause();
  const dialogOpen = () => app(() => document.querySelector('lit-ui-app')?.shadowRoot?.querySelector('dialog')?.open ?? false);
  assert.equal(await dialogOpen(), true);
  await page.keyboard.press('Escape');
  await pause(100);
  assert.equal(await dialogOpen(), false);
  assert.deepEqual((await sent()).at(-1), { type: 'dialogClosed', id: 'dlg' });

  const before = await page.locator('lit-ui-app .lu-chat-message').count();
  await page.fill('lit-ui-app .fb-chat', 'Hello there');
  await page.press('lit-ui-app .fb-chat', 'Enter');
  await pause();
  assert.equal(await page.locator('lit-ui-app .lu-chat-message').count(), before + 2);

  await page.click('lit-ui-app >> text=Trends');
  await pause();
  assert.ok(page.url().endsWith('/preview/trends'));
  assert.match((await page.locator('lit-ui-app .lu-nav-link--current').textContent()) ?? '', /Trends/);
  await page.goBack();
  await pause();
  assert.ok(page.url().endsWith('/preview'));
  assert.deepEqual((await sent()).at(-1), { type: 'rerunScript', widgets: [], pagePath: '', query: '' });

  await page.click('lit-ui-app >> role=button[name="Collapse sidebar"]');
  await pause(400);
  assert.equal(await page.locator('lit-ui-app .lu-sidebar').getAttribute('data-open'), 'false');
  await page.click('lit-ui-app >> role=button[name="Expand sidebar"]');
  await pause(400);
  assert.equal(await page.locator('lit-ui-app .lu-sidebar').getAttribute('data-open'), 'true');

  assert.deepEqual(errors, []);
  console.log('smoke: all checks passed');
} finally {
  await browser.close();
  server.kill();
}
