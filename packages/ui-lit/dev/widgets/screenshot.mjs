// Builds the widget gallery (dev/widgets/gallery.ts → dev/widgets/dist/gallery.js)
// and screenshots it in Chromium, light and dark, plus interaction states.
// Usage: node dev/widgets/screenshot.mjs [outDir]   (default /tmp/lit-ui-widgets)
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const here = fileURLToPath(new URL('.', import.meta.url));
const outDir = process.argv[2] ?? '/tmp/lit-ui-widgets';
mkdirSync(outDir, { recursive: true });
await build({
  entryPoints: [join(here, 'gallery.ts')],
  outfile: join(here, 'dist/gallery.js'),
  bundle: true,
  format: 'iife',
  target: 'es2022',
  tsconfig: join(here, '../../tsconfig.json'),
  logLevel: 'warning',
});

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
/** @param {string} theme */
const url = (theme) => `${pathToFileURL(join(here, 'gallery.html')).href}?theme=${theme}`;
/**
 * Writes a screenshot of `page` to outDir/name.png.
 * @param {import('playwright-core').Page} page
 * @param {string} name
 */
const shot = async (page, name, fullPage = false) => {
  const file = join(outDir, `${name}.png`);
  await page.waitForTimeout(350);
  await page.screenshot({ path: file, fullPage });
  console.log(file);
};
try {
  for (const theme of ['light', 'dark']) {
    const page = await browser.newPage({ viewport: { width: 900, height: 900 } });
    page.on('pageerror', (e) => console.error(`page error: ${e.message}`));
    await page.goto(url(theme));
    await page.waitForTimeout(300);
    await shot(page, `gallery-${theme}`, true);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    for (let y = 0, i = 1; y < height; y += 850, i += 1) {
      await page.evaluate((top) => window.scrollTo(0, top), y);
      await shot(page, `gallery-${theme}-${i}`);
    }
    await page.close();
  }
  // Interaction states.
  const page = await browser.newPage({ viewport: { width: 900, height: 900 } });
  page.on('pageerror', (e) => console.error(`page error: ${e.message}`));
  await page.goto(url('light'));
  await page.getByRole('combobox', { name: 'How would you like to be contacted?' }).click();
  await page.keyboard.press('ArrowDown');
  await shot(page, 'state-selectbox-open');
  await page.keyboard.type('mob');
  await shot(page, 'state-selectbox-filter');
  await page.keyboard.press('Enter');
  await page.getByRole('combobox', { name: 'Pick at most two' }).click();
  await shot(page, 'state-multiselect-full');
  await page.keyboard.press('Escape');
  await page.getByRole('combobox', { name: 'What are your favorite colors' }).click();
  await shot(page, 'state-multiselect-open');
  await page.keyboard.press('Escape');
  const title = page.getByLabel('Movie title');
  await title.fill('Brazil');
  await shot(page, 'state-text-dirty');
  await title.press('Enter');
  await page.getByRole('slider', { name: 'How old are you?' }).focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('PageUp');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await shot(page, 'state-slider-keyboard');
  const calls = await page.evaluate(() => JSON.stringify(/** @type {{ widgetCalls: unknown }} */ (/** @type {unknown} */ (globalThis)).widgetCalls));
  console.log(calls);
  await page.close();
} finally {
  await browser.close();
}
