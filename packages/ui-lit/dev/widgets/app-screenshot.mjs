// Builds dev/widgets/appPreview.ts (the shell's preview harness with these
// widget renderers) and screenshots it in Chromium, then drives a few widgets
// through the real WidgetManager and prints the BackMsgs the app sent.
// Usage: node dev/widgets/app-screenshot.mjs [outDir]   (default /tmp/lit-ui-widgets)
import { build } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const here = fileURLToPath(new URL('.', import.meta.url));
const outDir = process.argv[2] ?? '/tmp/lit-ui-widgets';
mkdirSync(outDir, { recursive: true });
await build({
  entryPoints: [join(here, 'appPreview.ts')],
  outfile: join(here, 'dist/appPreview.js'),
  bundle: true,
  format: 'iife',
  target: 'es2022',
  tsconfig: join(here, '../../tsconfig.json'),
  ignoreAnnotations: true, // dev/preview.ts is a side-effect import outside package.json's sideEffects
  alias: { '@lit-ui/core/protocol': fileURLToPath(new URL('../../../core/src/protocol/index.ts', import.meta.url)) },
  logLevel: 'error',
});
writeFileSync(
  join(here, 'dist/app.html'),
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><style>html,body{margin:0}</style>' +
    '<script src="./appPreview.js" defer></script></head><body></body></html>',
);

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
try {
  for (const theme of ['light', 'dark']) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('pageerror', (e) => console.error(`page error: ${e.message}`));
    await page.goto(`${pathToFileURL(join(here, 'dist/app.html')).href}?theme=${theme}`);
    await page.waitForTimeout(800);
    const file = join(outDir, `app-${theme}.png`);
    await page.screenshot({ path: file, fullPage: true });
    console.log(file);
    if (theme === 'light') {
      await page.getByRole('combobox', { name: 'Origin' }).click();
      await page.getByRole('option', { name: 'Japan' }).click();
      const thumb = page.getByRole('slider', { name: 'Min horsepower' });
      await thumb.focus();
      await page.keyboard.press('PageUp');
      await page.getByRole('textbox', { name: 'Your name' }).fill('Ada');
      await page.keyboard.press('Enter');
      await page.getByRole('textbox', { name: 'Ask about the cars' }).fill('Fastest car?');
      await page.keyboard.press('Enter');
      await page.waitForTimeout(800);
      await page.screenshot({ path: join(outDir, 'app-after.png'), fullPage: true });
      console.log(
        JSON.stringify(
          await page.evaluate(() =>
            /** @type {{ litUiBackMsgs: { type: string }[] }} */ (/** @type {unknown} */ (globalThis)).litUiBackMsgs.filter(
              (m) => m.type === 'rerunScript',
            ),
          ),
        ),
      );
    }
    await page.close();
  }
} finally {
  await browser.close();
}
