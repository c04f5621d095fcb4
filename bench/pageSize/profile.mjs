// Where the browser's time goes on the page of size N: a Chromium trace (devtools.timeline) of the
// first load and of key presses, summed by event on the page's main thread. Not part of `npm run
// bench` (the figures are totals of nested events, for reading, not goals):
//   node --expose-gc bench/pageSize/profile.mjs 5000 [presses]
import { endText, valueText } from './pageApp.mjs';
import { startPageServer } from './server.mjs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink'].join(',');
/** The trace events worth reading, by what they stand for. @type {Record<string, string>} */
const EVENTS = {
  FunctionCall: 'script (tasks)',
  RunMicrotasks: 'script (microtasks)',
  FireAnimationFrame: 'script (animation frames)',
  EventDispatch: 'script (DOM events)',
  'v8.compile': 'compile',
  ParseHTML: 'parse HTML',
  UpdateLayoutTree: 'style recalc',
  Layout: 'layout',
  PrePaint: 'pre-paint',
  Paint: 'paint',
  Layerize: 'layerize',
  'Document::updateStyleAndLayout': 'style + layout (forced, incl.)',
};

/**
 * One trace event of Chromium's Trace Event Format (the fields read here).
 * @typedef {{ name: string, ph: string, pid: number, tid: number, dur?: number,
 *   args?: { name?: string, elementCount?: number, endData?: { layoutObjects?: number }, beginData?: { dirtyObjects?: number } } }} TraceEvent
 */

/**
 * Traces `action` and sums the renderer main thread's events of EVENTS: time, count, objects touched.
 * @param {import('playwright-core').CDPSession} cdp
 * @param {() => Promise<void>} action
 */
async function traced(cdp, action) {
  /** @type {TraceEvent[]} */
  const events = [];
  /** @param {{ value: object[] }} data */
  const collect = ({ value }) => events.push(.../** @type {TraceEvent[]} */ (value));
  cdp.on('Tracing.dataCollected', collect);
  /** @type {Promise<void>} */
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  const t0 = Date.now();
  await action();
  const wallMs = Date.now() - t0;
  await cdp.send('Tracing.end');
  await complete;
  cdp.off('Tracing.dataCollected', collect);
  // The renderer's main thread: the thread named CrRendererMain of the process that ran most FunctionCalls.
  const names = new Map(events.filter((e) => e.name === 'thread_name').map((e) => [`${e.pid}:${e.tid}`, e.args?.name]));
  /** @type {Map<string, { ms: number, count: number, objects: number }>} */
  const sums = new Map();
  for (const e of events) {
    if (e.ph !== 'X' || !(e.name in EVENTS) || names.get(`${e.pid}:${e.tid}`) !== 'CrRendererMain') continue;
    const entry = sums.get(e.name) ?? { ms: 0, count: 0, objects: 0 };
    entry.ms += (e.dur ?? 0) / 1000;
    entry.count++;
    // Elements whose style was recalculated; layout objects laid out.
    entry.objects += e.args?.elementCount ?? e.args?.endData?.layoutObjects ?? e.args?.beginData?.dirtyObjects ?? 0;
    sums.set(e.name, entry);
  }
  return { wallMs, sums };
}

/**
 * Prints one trace's sums, largest first, divided by `per` (presses).
 * @param {string} title
 * @param {Awaited<ReturnType<typeof traced>>} sums
 */
function print(title, { wallMs, sums }, per = 1) {
  console.log(`\n${title} (wall ${(wallMs / per).toFixed(0)} ms${per > 1 ? ' per press' : ''})`);
  for (const [name, { ms, count, objects }] of [...sums].sort((a, b) => b[1].ms - a[1].ms))
    console.log(
      `  ${(EVENTS[name] ?? name).padEnd(32)} ${(ms / per).toFixed(1).padStart(8)} ms  (${(count / per).toFixed(1)} events${objects ? `, ${(objects / per).toFixed(0)} elements/objects` : ''})`,
    );
}

const n = Number(process.argv[2] ?? 5000);
const presses = Number(process.argv[3] ?? 10);
const server = await startPageServer(n);
const { chromium } = await import('playwright-core');
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
try {
  const page = await browser.newPage();
  const cdp = await page.context().newCDPSession(page);
  // Waits in the page (a MutationObserver, no polling that would show in the trace) for `text` to be in the app.
  /** @param {string} text */
  const armWait = (text) =>
    page.evaluate((expected) => {
      const root = document.querySelector('lit-ui-app')?.shadowRoot;
      if (!root) throw new Error('no <lit-ui-app> on the page');
      window.__litUiSeen = new Promise((resolve) => {
        const has = () =>
          root.textContent?.includes(expected) || [...root.querySelectorAll('*')].some((el) => el.shadowRoot?.textContent?.includes(expected));
        if (has()) return resolve();
        const observer = new MutationObserver((records) => {
          for (const r of records) {
            const t =
              r.type === 'characterData' ? /** @type {CharacterData} */ (r.target).data : [...r.addedNodes].map((nd) => nd.textContent).join('');
            if (t?.includes(expected)) return void (observer.disconnect(), resolve());
          }
        });
        observer.observe(root, { subtree: true, childList: true, characterData: true });
      });
    }, text);
  const seen = () => page.evaluate(() => window.__litUiSeen);
  const load = await traced(cdp, async () => {
    await page.goto(`${server.url}/`);
    await page.locator('lit-ui-app[run-state="idle"]').waitFor({ state: 'attached', timeout: 120_000 });
    await page.waitForFunction((text) => document.querySelector('lit-ui-app')?.shadowRoot?.textContent?.includes(text), endText(n), {
      polling: 500,
      timeout: 120_000,
    });
  });
  print(`First load, N=${n}`, load);
  await page.evaluate(() =>
    document
      .querySelector('lit-ui-app')
      ?.shadowRoot?.querySelector(/** @type {'div'} */ ('[role="slider"]'))
      ?.focus({ preventScroll: true }),
  );
  const keys = await traced(cdp, async () => {
    for (let i = 1; i <= presses; i++) {
      await armWait(valueText(i));
      await page.keyboard.press('ArrowRight');
      await seen();
    }
  });
  print(`Key press → new text, N=${n}, ${presses} presses`, keys, presses);
} finally {
  await browser.close();
  await server.stop();
}
