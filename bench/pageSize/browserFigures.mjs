// Browser figures of the page bench, in headless Chromium against a page server process: first load
// (cold browser) to the last element painted, and key press → new text painted, both measured in the page.
import { existsSync } from 'node:fs';
import { endText, valueText } from './pageApp.mjs';
import { startPageServer } from './server.mjs';

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

/** The `p`th percentile of `xs`. @param {number[]} xs @param {number} p */
const percentile = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))];

/**
 * In-page probe, installed before the page's scripts: watches the app's shadow root and records, from
 * navigation start, the end of the frame in which the first markdown line and the last element are in
 * the page ("painted": the frame's rendering steps done, measured with a message posted from its rAF).
 * Also counts the app's DOM mutation records (window.__litUiMutations) for the interaction probe.
 * @param {{ firstText: string, lastText: string }} texts
 */
function installProbe({ firstText, lastText }) {
  /** @param {(t: number) => void} fn */
  const afterFrame = (fn) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => fn(performance.now());
      channel.port2.postMessage(0);
    });
  /** @type {import('./probe').LoadTimes} */
  const result = {};
  window.__litUiLoad = new Promise((resolve) => {
    /** @param {string} text */
    const seen = (text) => {
      if (result.firstSeen === undefined && text.includes(firstText)) {
        result.firstSeen = true;
        afterFrame((t) => (result.firstScreenMs = t));
      }
      if (result.lastSeen === undefined && text.includes(lastText)) {
        result.lastSeen = true;
        afterFrame((t) => {
          result.lastElementMs = t;
          resolve(result);
        });
      }
    };
    window.__litUiMutations = 0;
    window.__litUiWatch = undefined;
    const attach = () => {
      const root = document.querySelector('lit-ui-app')?.shadowRoot;
      if (!root) return void requestAnimationFrame(attach);
      // A page that carries its first run renders it as the app starts, before this frame: read what is there.
      seen(root.textContent ?? '');
      new MutationObserver((records) => {
        window.__litUiMutations += records.length;
        for (const r of records) {
          if (r.type === 'characterData') {
            const data = /** @type {CharacterData} */ (r.target).data;
            seen(data);
            window.__litUiWatch?.(data);
          } else
            for (const node of r.addedNodes) {
              const text = node.textContent ?? '';
              seen(text);
              window.__litUiWatch?.(text);
            }
        }
      }).observe(root, { subtree: true, childList: true, characterData: true });
    };
    attach();
  });
}

async function launch() {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}

/**
 * Cold first loads: a new Chromium per sample; median of navigation start → last element painted.
 * @param {string} url
 * @param {number} n
 * @param {number} samples
 */
async function firstLoad(url, n, samples) {
  /** @type {Required<import('./probe').LoadTimes>[]} */
  const loads = [];
  for (let i = 0; i < samples; i++) {
    const browser = await launch();
    try {
      const page = await browser.newPage();
      await page.addInitScript(installProbe, { firstText: 'Line 0 of the report', lastText: endText(n) });
      await page.goto(url);
      const load = await page.evaluate(() => window.__litUiLoad);
      if (load?.lastElementMs === undefined || load.firstScreenMs === undefined) throw new Error('the page did not report its load');
      loads.push({ firstSeen: true, lastSeen: true, firstScreenMs: load.firstScreenMs, lastElementMs: load.lastElementMs });
    } finally {
      await browser.close();
    }
  }
  const byLast = [...loads].sort((a, b) => a.lastElementMs - b.lastElementMs);
  return {
    lastElementMs: byLast[Math.floor(samples / 2)]?.lastElementMs,
    firstScreenMs: percentile(
      loads.map((l) => l.firstScreenMs),
      50,
    ),
    samples,
  };
}

/**
 * Key press → new text painted: the slider keeps the focus, the value text is scrolled into view,
 * and for each ArrowRight the page measures from the keydown event to the end of the frame in which
 * the new text is in the page. Also the DOM mutation records per key press (work follows the change).
 * @param {string} url
 * @param {number} n
 * @param {number} interactions
 */
async function keyToPaint(url, n, interactions) {
  const browser = await launch();
  try {
    const page = await browser.newPage();
    await page.addInitScript(installProbe, { firstText: 'Line 0 of the report', lastText: endText(n) });
    await page.goto(url);
    await page.evaluate(() => window.__litUiLoad);
    await page.locator('lit-ui-app[run-state="idle"]').waitFor({ state: 'attached', timeout: 60_000 });
    await page.evaluate((text) => {
      const root = document.querySelector('lit-ui-app')?.shadowRoot;
      if (!root) throw new Error('no <lit-ui-app> on the page');
      root.querySelector(/** @type {'div'} */ ('[role="slider"]'))?.focus({ preventScroll: true });
      const shown = [...root.querySelectorAll('.lu-text')].find((el) => el.textContent?.includes(text));
      shown?.scrollIntoView({ block: 'center' });
    }, valueText(0));
    /** @type {number[]} */
    const times = [];
    /** @type {number[]} */
    const mutations = [];
    for (let i = 1; i <= interactions; i++) {
      // Install the listeners and only then press: a press that came first (a slow evaluate under
      // load) would never be measured.
      await page.evaluate((expected) => {
        window.__litUiKey = new Promise((resolve) => {
          /** @type {number | undefined} */
          let start;
          let before = 0;
          document.addEventListener(
            'keydown',
            () => {
              start = performance.now();
              before = window.__litUiMutations;
            },
            { capture: true, once: true },
          );
          window.__litUiWatch = (text) => {
            if (start === undefined || !text.includes(expected)) return;
            window.__litUiWatch = undefined;
            requestAnimationFrame(() => {
              const channel = new MessageChannel();
              channel.port1.onmessage = () => resolve({ ms: performance.now() - (start ?? 0), mutations: window.__litUiMutations - before });
              channel.port2.postMessage(0);
            });
          };
        });
      }, valueText(i));
      await page.waitForTimeout(30);
      await page.keyboard.press('ArrowRight');
      const measured = page.evaluate(() => window.__litUiKey);
      /** @type {NodeJS.Timeout | undefined} */
      let timer;
      /** @type {Promise<never>} */
      const timeout = new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`no repaint for value ${i} within 30 s`)), 30_000)));
      const r = await Promise.race([measured, timeout]).finally(() => clearTimeout(timer));
      if (!r) throw new Error('the page lost its key probe');
      times.push(r.ms);
      mutations.push(r.mutations);
    }
    return { p50: percentile(times, 50), p95: percentile(times, 95), mutationsP50: percentile(mutations, 50), interactions };
  } finally {
    await browser.close();
  }
}

/**
 * First load and key → paint for the page of size `n`; `{ skipped }` without Chromium.
 * @param {number} n
 * @param {{ loadSamples: number, interactions: number }} options
 * @returns {Promise<Partial<Awaited<ReturnType<typeof firstLoad>>> & { skipped?: string, keyToPaint?: Awaited<ReturnType<typeof keyToPaint>> }>}
 */
export async function browserFigures(n, { loadSamples, interactions }) {
  if (!existsSync(CHROMIUM)) return { skipped: `no Chromium at ${CHROMIUM}` };
  const server = await startPageServer(n);
  try {
    const url = `${server.url}/`;
    const load = await firstLoad(url, n, loadSamples);
    const keys = await keyToPaint(url, n, interactions);
    return { ...load, keyToPaint: keys };
  } finally {
    await server.stop();
  }
}
