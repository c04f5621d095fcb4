// Browser part of `npm run bench`: interaction-to-paint latency in headless Chromium, through the
// Express adapter and the WebSocket transport on loopback. Skipped (reported as such) without Chromium.
import { existsSync } from 'node:fs';
import express from 'express';
import { liteUi } from '@lit-ui/adapter-express';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/**
 * Median and p95 of the time from a key press on the slider to the frame after the changed text is
 * in the DOM (the client sends, the server reruns, the delta arrives, the store applies, Lit renders).
 * @param {import('@lit-ui/core').App<object>} app
 * @param {number} interactions
 * @returns {Promise<{ medianMs?: number, p95Ms?: number, interactions?: number, skipped?: string }>}
 */
export async function browserLatency(app, interactions = 40) {
  if (!existsSync(CHROMIUM)) return { skipped: `no Chromium at ${CHROMIUM}` };
  const { chromium } = await import('playwright-core');
  const host = express();
  const ui = liteUi(app, { basePath: '/bench' });
  host.use('/bench', ui);
  const server = host.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  ui.attach(server);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  try {
    const page = await browser.newPage();
    const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
    await page.goto(`http://127.0.0.1:${port}/bench/`);
    await page.locator('lit-ui-app[run-state="idle"]').waitFor({ state: 'attached', timeout: 30_000 });
    const slider = page.getByRole('slider').first();
    await slider.focus();
    /** @type {number[]} */
    const times = [];
    for (let i = 0; i < interactions; i++) {
      const measured = page.evaluate(
        (expected) =>
          /** @type {Promise<number>} */ (
            new Promise((resolve) => {
              const root = document.querySelector('lit-ui-app')?.shadowRoot;
              if (!root) throw new Error('no <lit-ui-app> on the page');
              let start = 0;
              const onKey = () => (start = performance.now());
              document.addEventListener('keydown', onKey, { capture: true, once: true });
              const observer = new MutationObserver(() => {
                if (!root.textContent?.includes(expected)) return;
                observer.disconnect();
                requestAnimationFrame(() => resolve(performance.now() - start));
              });
              observer.observe(root, { subtree: true, childList: true, characterData: true });
            })
          ),
        `value is ${i + 1}`,
      );
      await page.waitForTimeout(20);
      await slider.press('ArrowRight');
      /** @type {Promise<never>} */
      const timeout = new Promise((_, reject) => setTimeout(() => reject(new Error(`no repaint for value ${i + 1} within 5 s`)), 5000));
      times.push(await Promise.race([measured, timeout]));
    }
    times.sort((a, b) => a - b);
    return { medianMs: times[Math.floor(times.length / 2)], p95Ms: times[Math.floor(times.length * 0.95)], interactions };
  } finally {
    await browser.close();
    await ui.close();
    server.closeAllConnections();
    server.close();
  }
}
