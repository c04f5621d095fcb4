// Screenshots the preview harness in Chromium: starts dev/serve.mjs, opens
// each scene and writes PNGs to the directory given (default /tmp/lit-ui-preview).
// Usage: node dev/screenshot.mjs [outDir] [scene[:theme[:layout[:width[:scrollPx]]]] ...]
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const [outDir = '/tmp/lit-ui-preview', ...specs] = process.argv.slice(2);
const shots = specs.length > 0 ? specs : ['main', 'main:dark', 'dialog', 'stale', 'errors', 'main:light:wide', 'main:light:centered:420'];
const port = 5178;
mkdirSync(outDir, { recursive: true });

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
try {
  for (const spec of shots) {
    const [scene = 'main', theme = 'light', layout = 'centered', width = '1280', scroll = '0'] = spec.split(':');
    const page = await browser.newPage({ viewport: { width: Number(width), height: 900 } });
    page.on('pageerror', (e) => console.error(`[${spec}] page error: ${e.message}`));
    await page.goto(`http://127.0.0.1:${port}/preview?scene=${scene}&theme=${theme}&layout=${layout}`);
    await page.waitForTimeout(scene === 'stale' ? 1500 : 700);
    if (scroll !== '0') await page.mouse.move(Number(width) / 2, 450);
    if (scroll !== '0') await page.mouse.wheel(0, Number(scroll));
    if (scroll !== '0') await page.waitForTimeout(300);
    const file = join(outDir, `${spec.replace(/:/g, '-')}.png`);
    await page.screenshot({ path: file, fullPage: false });
    console.log(file);
    await page.close();
  }
} finally {
  await browser.close();
  server.kill();
}
