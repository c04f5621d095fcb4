// Dataframe part of `npm run bench`: a 1,000,000-row table — server-side sort, window fetches, bytes
// before first paint, first paint in Chromium, and server memory for the table shown in 10 sessions.
import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import express from 'express';
import { tableFromArrays } from 'apache-arrow';
import { cacheData, createRuntime } from '@lit-ui/core';
import { liteUi } from '@lit-ui/adapter-express';

const ROWS = 1_000_000;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const AIRPORTS = Array.from({ length: 300 }, (_, i) => `A${String(i).padStart(3, '0')}`);

/** A flights-like table of `ROWS` rows as typed columns (an object of columns). */
function flights(seed = 1) {
  let s = seed;
  const random = () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const start = Date.UTC(2001, 0, 1);
  return {
    date: Array.from({ length: ROWS }, (_, i) => new Date(start + i * 60_000)),
    delay: Float64Array.from({ length: ROWS }, () => Math.round(random() * 300 - 30)),
    distance: Float64Array.from({ length: ROWS }, () => Math.round(random() * 2500)),
    time: Float64Array.from({ length: ROWS }, () => random() * 6),
    origin: Array.from({ length: ROWS }, () => AIRPORTS[Math.floor(random() * AIRPORTS.length)]),
  };
}

/** @param {number[]} xs */
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** A connection as a transport would make it: JSON frames, byte counts, waiters for idle and for windows. */
/** @typedef {import('@lit-ui/core/protocol').ForwardMsg} ForwardMsg */
/** @typedef {{ type: string, dataId?: string }} ElementProto What this bench reads of an element proto. */
/** @typedef {{ start: number, end: number, dataId: string, sort?: { column: number, direction: 'asc' | 'desc' } }} WindowRequest */

/** @param {import('@lit-ui/core').Runtime} runtime */
function connection(runtime) {
  let bytes = 0;
  /** @type {Map<number, (msg: ForwardMsg) => void>} */
  const waiters = new Map();
  /** @type {(() => void) | undefined} */
  let idle;
  /** @type {ElementProto[]} */
  const elements = [];
  const handle = runtime.connect({
    context: { url: 'bench://local', headers: {}, cookies: {} },
    send(batch) {
      const text = JSON.stringify(batch);
      bytes += Buffer.byteLength(text);
      for (const msg of /** @type {ForwardMsg[]} */ (JSON.parse(text))) {
        if (msg.type === 'delta' && 'element' in msg) elements.push(msg.element);
        if ((msg.type === 'dataWindow' || msg.type === 'error') && msg.cseq !== undefined && waiters.has(msg.cseq)) {
          waiters.get(msg.cseq)?.(msg);
          waiters.delete(msg.cseq);
        }
        if (msg.type === 'sessionStatus' && msg.state === 'idle' && idle) {
          const done = idle;
          idle = undefined;
          done();
        }
      }
    },
    close() {},
  });
  let cseq = 0;
  return {
    elements,
    get bytes() {
      return bytes;
    },
    async open() {
      /** @type {Promise<void>} */
      const ready = new Promise((resolve) => (idle = resolve));
      handle.receive(JSON.stringify({ type: 'hello', cseq: 0, protocolVersion: 1 }));
      await ready;
    },
    /** @param {WindowRequest} fields */
    request(fields) {
      const n = ++cseq;
      /** @type {Promise<ForwardMsg>} */
      const answer = new Promise((resolve) => waiters.set(n, resolve));
      handle.receive(JSON.stringify({ type: 'dataRequest', cseq: n, ...fields }));
      return answer;
    },
  };
}

/**
 * The data id of the page's dataframe.
 * @param {ElementProto[]} elements
 */
function dataIdOf(elements) {
  const dataId = elements.find((e) => e.type === 'dataframe')?.dataId;
  if (dataId === undefined) throw new Error('no dataframe on the page');
  return dataId;
}

/**
 * Server-side sort of 1M rows by every column (a date, two integer columns, a float and a 300-value string
 * column), both directions: from the window request to its answer, on a fresh table each time (nothing cached);
 * median and max of `BENCH_SORT_RUNS` (3) runs, in ms, and the median of the process's CPU time meanwhile (less
 * sensitive to a loaded machine than the wall clock; it counts V8's GC threads too).
 */
export async function sortTimes(runs = Number(process.env.BENCH_SORT_RUNS ?? 3)) {
  /** @type {Record<string, { medianMs: number, maxMs: number, cpuMedianMs: number }>} */
  const out = {};
  const data = flights(7);
  const names = Object.keys(data);
  for (const [column, name] of names.entries()) {
    for (const direction of /** @type {const} */ (['asc', 'desc'])) {
      const times = [];
      const cpuTimes = [];
      for (let r = 0; r < runs; r++) {
        const copy = { ...data }; // a new source object: a new table, no kept permutation
        const runtime = createRuntime((st) => st.dataframe(copy));
        const c = connection(runtime);
        await c.open();
        const dataId = dataIdOf(c.elements);
        const c0 = process.cpuUsage();
        const t0 = performance.now();
        const window = await c.request({ dataId, start: 0, end: 100, sort: { column, direction } });
        times.push(performance.now() - t0);
        const cpu = process.cpuUsage(c0);
        cpuTimes.push((cpu.user + cpu.system) / 1000);
        if (window.type === 'error') throw new Error(window.message);
        await runtime.close();
      }
      out[`${name} ${direction}`] = { medianMs: median(times) ?? NaN, maxMs: Math.max(...times), cpuMedianMs: median(cpuTimes) ?? NaN };
    }
  }
  return out;
}

/** First-page bytes, and p50 of 200 window fetches (100 rows each, sorted view, random positions) through JSON frames. */
export async function windowFetch() {
  const data = flights(3);
  const runtime = createRuntime((st) => st.dataframe(data));
  const c = connection(runtime);
  await c.open();
  const firstPageBytes = c.bytes;
  const dataId = dataIdOf(c.elements);
  await c.request({ dataId, start: 0, end: 100, sort: { column: 2, direction: 'asc' } });
  const times = [];
  for (let i = 0; i < 200; i++) {
    const start = Math.floor(Math.random() * (ROWS - 100));
    const t0 = performance.now();
    await c.request({ dataId, start, end: start + 100, sort: { column: 2, direction: 'asc' } });
    times.push(performance.now() - t0);
  }
  await runtime.close();
  return { firstPageBytes, windowP50Ms: median(times) };
}

/**
 * Heap (and array buffers) of the table itself, then what showing it costs
 * in 1 and in 10 sessions on top (an Arrow table from cacheData, as the
 * flights example loads it): ten sessions should cost about one session's
 * share each, far less than a copy of the table. Then one session sorts it,
 * and the nine others the same way: the sort's memory (a permutation and a
 * key array, kept with the table) should be paid once.
 */
export async function memory() {
  const load = cacheData(() => tableFromArrays(flightsArrow()), { maxEntries: 1 });
  const heap = () => {
    globalThis.gc?.();
    globalThis.gc?.();
    const m = process.memoryUsage();
    return m.heapUsed + m.arrayBuffers;
  };
  const h0 = heap();
  await load();
  const h1 = heap();
  const runtime = createRuntime(async (st) => st.dataframe(await load()));
  const sessions = [];
  const first = connection(runtime);
  await first.open();
  sessions.push(first);
  const h2 = heap();
  for (let i = 1; i < 10; i++) {
    const c = connection(runtime);
    await c.open();
    sessions.push(c);
  }
  const h3 = heap();
  // Every session sorts the shared table by `time`, descending: one kept permutation (and key array) serves all ten.
  const sortBy = async (/** @type {ReturnType<typeof connection>} */ c) =>
    c.request({ dataId: dataIdOf(c.elements), start: 0, end: 100, sort: { column: 3, direction: 'desc' } });
  await sortBy(/** @type {ReturnType<typeof connection>} */ (sessions[0]));
  const h4 = heap();
  for (const c of sessions.slice(1)) await sortBy(c);
  const h5 = heap();
  await runtime.close();
  await cacheData.clear();
  return { tableBytes: h1 - h0, oneSessionBytes: h2 - h1, tenSessionsBytes: h3 - h1, sortOnceBytes: h4 - h3, sortTenSessionsBytes: h5 - h3 };
}

function flightsArrow() {
  const f = flights(5);
  return {
    date: Float64Array.from(f.date, (d) => d.getTime()),
    delay: Int16Array.from(f.delay),
    distance: Int16Array.from(f.distance),
    time: Float32Array.from(f.time),
    origin: f.origin,
  };
}

/** Cold first paints: a new Chromium per sample (no cache), against one server; the first sample is the server's first page. */
const PAINT_SAMPLES = 5;

/**
 * Chromium: navigation start to the first row painted (median of {@link PAINT_SAMPLES} cold browsers, and the
 * first one, which also pays the server's first build of the table), and the bytes the socket and the host page
 * carried before it.
 */
export async function firstPaint() {
  if (!existsSync(CHROMIUM)) return { skipped: `no Chromium at ${CHROMIUM}` };
  const { chromium } = await import('playwright-core');
  const data = flights(9);
  const host = express();
  const ui = liteUi((st) => st.dataframe(data), { basePath: '/df' });
  host.use('/df', ui);
  const server = host.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  ui.attach(server);
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  /** @type {{ ms: number, socketBytes: number, pageBytes: number }[]} */
  const samples = [];
  try {
    for (let i = 0; i < PAINT_SAMPLES; i++) {
      const browser = await chromium.launch({
        executablePath: CHROMIUM,
        args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking'],
      });
      try {
        const page = await browser.newPage();
        let socketBytes = 0;
        let painted = false;
        page.on('websocket', (ws) => ws.on('framereceived', (f) => !painted && (socketBytes += Buffer.byteLength(String(f.payload)))));
        const response = await page.goto(`http://127.0.0.1:${address.port}/df/`);
        // The first run travels in the host page (its JSON before compression).
        const pageBytes = Buffer.byteLength((await response?.text()) ?? '');
        const ms = await page.evaluate(
          () =>
            /** @type {Promise<number>} */ (
              new Promise((resolve) => {
                const check = () => {
                  const row = document.querySelector('lit-ui-app')?.shadowRoot?.querySelector('lit-ui-dataframe .lu-df-body .lu-df-row [role=cell]');
                  if (row?.textContent) requestAnimationFrame(() => resolve(performance.now()));
                  else requestAnimationFrame(check);
                };
                check();
              })
            ),
        );
        painted = true;
        samples.push({ ms, socketBytes, pageBytes });
      } finally {
        await browser.close();
      }
    }
  } finally {
    await ui.close();
    server.closeAllConnections();
    server.close();
  }
  const last = /** @type {{ ms: number, socketBytes: number, pageBytes: number }} */ (samples.at(-1));
  return {
    firstPaintMs: median(samples.map((s) => s.ms)),
    firstPaintFreshServerMs: samples[0]?.ms,
    socketBytesBeforePaint: last.socketBytes + last.pageBytes,
  };
}

/** Every dataframe figure of the bench, in one run. */
export async function dataframeBench() {
  const mem = await memory();
  const sort = await sortTimes();
  const window = await windowFetch();
  const paint = await firstPaint();
  return { rows: ROWS, sortMs: sort, ...window, ...mem, ...paint };
}
