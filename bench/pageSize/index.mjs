// The page-size bench of issue 13: for each N, server memory per session, bytes on the wire, first
// load and key → paint in Chromium, and many sessions interacting at once. Goals are reported, never asserted.
import { loadavg } from 'node:os';
import { browserFigures } from './browserFigures.mjs';
import { loadTest } from './loadTest.mjs';
import { memoryPerSession, wireBytes } from './serverFigures.mjs';

/** @param {string} name @param {string | number} fallback */
const env = (name, fallback) => String(process.env[name] ?? fallback);

/** Options from the environment (defaults: the issue's). */
export function pageBenchOptions() {
  return {
    sizes: env('BENCH_SIZES', '100,1000,5000').split(',').map(Number),
    k1: Number(env('BENCH_K1', 50)),
    // More sessions where they are cheap: the slope is then less sensitive to V8's heap sizing.
    k2: (/** @type {number} */ n) => Number(env('BENCH_K2', n >= 5000 ? 250 : 850)),
    loadSamples: Number(env('BENCH_LOAD_SAMPLES', 5)),
    interactions: Number(env('BENCH_KEY_PRESSES', 40)),
    loadSessions: Number(env('BENCH_LOAD_SESSIONS', 1000)),
    loadSeconds: Number(env('BENCH_LOAD_SECONDS', 30)),
    snapshotDir: process.env.BENCH_HEAP_SNAPSHOTS,
  };
}

/** Goals of issue 13, by N. */
export const PAGE_GOALS = {
  rssPerSessionBytes: { 100: 40 * 1024, 1000: 120 * 1024 },
  firstLoadMs: { 100: 300, 1000: 500, 5000: 1000 },
  keyToPaintP50Ms: 20,
};

/**
 * The figures of one N; a part that failed has only `error`.
 * @typedef {{
 *   memory: Part<typeof memoryPerSession>, bytes: Part<typeof wireBytes>,
 *   browser: Part<typeof browserFigures>, load?: Part<typeof loadTest> }} SizeFigures
 */
/**
 * @template {(...args: never[]) => Promise<object>} F
 * @typedef {Partial<Awaited<ReturnType<F>>> & { error?: string }} Part
 */

/**
 * Runs the page bench; returns its figures by N, with the machine's load average before and after.
 * @param {ReturnType<typeof pageBenchOptions>} options
 */
export async function pageBench(options = pageBenchOptions()) {
  const loadBefore = loadavg()[0] ?? 0;
  /** @type {Record<number, SizeFigures>} */
  const bySize = {};
  // A part that fails (a browser that never repaints under load) is reported, and the others still run.
  /**
   * @template {object} T
   * @param {() => Promise<T>} part
   * @returns {Promise<Partial<T> & { error?: string }>}
   */
  const attempt = (part) =>
    part().then(
      (figures) => /** @type {Partial<T> & { error?: string }} */ (figures),
      (/** @type {unknown} */ error) =>
        /** @type {Partial<T> & { error?: string }} */ ({ error: error instanceof Error ? error.message : String(error) }),
    );
  for (const n of options.sizes) {
    const memory = await attempt(() => memoryPerSession(n, { ...options, k2: options.k2(n) }));
    const bytes = await attempt(() => wireBytes(n));
    const browser = await attempt(() => browserFigures(n, options));
    const load =
      options.loadSessions > 0 ? await attempt(() => loadTest(n, { sessions: options.loadSessions, seconds: options.loadSeconds })) : undefined;
    bySize[n] = { memory, bytes, browser, load };
  }
  return { loadAverage: { before: Number(loadBefore.toFixed(1)), after: Number((loadavg()[0] ?? 0).toFixed(1)) }, options, bySize };
}

/** @param {number | undefined} bytes */
const kb = (bytes) => (bytes === undefined ? '' : `${(bytes / 1024).toFixed(1)} KB`);
/** @param {number | undefined} v */
const ms = (v) => (v === undefined ? '' : `${v.toFixed(v < 10 ? 1 : 0)} ms`);

/**
 * Prints the page bench's table: one column per N, the goals beside.
 * @param {Awaited<ReturnType<typeof pageBench>>} result
 */
export function printPageBench(result) {
  const sizes = Object.keys(result.bySize).map(Number);
  /** @param {string | number} v */
  const col = (v) => String(v).padStart(14);
  /** @param {string} name @param {(string | number)[]} values */
  const line = (name, values, goal = '') => console.log(`| ${name.padEnd(40)} |${values.map((v) => ` ${col(v)} |`).join('')} ${goal.padEnd(26)} |`);
  console.log(
    `\nPage of N elements (slider, N/2 markdown lines, text and metrics), Express + WebSocket; load average ${result.loadAverage.before} → ${result.loadAverage.after}\n`,
  );
  line(
    'measure',
    sizes.map((n) => `N=${n.toLocaleString('en-US')}`),
    'goal (N=100 / 1,000 / 5,000)',
  );
  console.log(`|${'-'.repeat(42)}|${sizes.map(() => `${'-'.repeat(16)}|`).join('')}${'-'.repeat(28)}|`);
  /** @param {(r: SizeFigures) => string | number | undefined} f */
  const get = (f) => sizes.map((n) => (result.bySize[n] ? f(result.bySize[n]) : undefined) ?? '');
  line(
    'server RSS per session',
    get((r) => kb(r.memory.rssPerSession)),
    '≤ 40 KB / 120 KB',
  );
  line(
    'server heap per session (used)',
    get((r) => kb(r.memory.heapPerSession)),
  );
  line(
    'server heap per session (committed)',
    get((r) => kb(r.memory.heapCommittedPerSession)),
  );
  line(
    'first-load bytes',
    get((r) => kb(r.bytes.firstLoadBytes)),
  );
  line(
    'bytes per interaction',
    get((r) => r.bytes.bytesPerInteraction),
  );
  line(
    'round trip, one session (median)',
    get((r) => ms(r.bytes.roundTripMs)),
  );
  line(
    'first load → first screen (cold)',
    get((r) => ms(r.browser.firstScreenMs)),
  );
  line(
    'first load → last element painted (cold)',
    get((r) => ms(r.browser.lastElementMs)),
    '≤ 0.3 / 0.5 / 1.0 s',
  );
  line(
    'key → new text painted, p50',
    get((r) => ms(r.browser.keyToPaint?.p50)),
    '≤ 20 ms at every N',
  );
  line(
    'key → new text painted, p95',
    get((r) => ms(r.browser.keyToPaint?.p95)),
  );
  line(
    'DOM mutation records per key press',
    get((r) => r.browser.keyToPaint?.mutationsP50),
  );
  const errors = sizes.flatMap((n) =>
    Object.entries(result.bySize[n] ?? {}).flatMap(([part, /** @type {{ error?: string } | undefined} */ r]) =>
      r?.error ? [`N=${n} ${part}: ${r.error}`] : [],
    ),
  );
  const l = sizes.map((n) => result.bySize[n]?.load).find((r) => r?.sessions);
  if (l) {
    line(
      `${l.sessions} sessions × 1/s, ${l.seconds} s: RTT p50`,
      get((r) => ms(r.load?.p50)),
    );
    line(
      `  RTT p99`,
      get((r) => ms(r.load?.p99)),
    );
    line(
      `  interactions answered / unanswered`,
      get((r) => (r.load?.sessions ? `${r.load.interactions} / ${r.load.unanswered}` : '')),
    );
  }
  for (const error of errors) console.log(`  not measured: ${error}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await pageBench();
  printPageBench(result);
  if (process.env.BENCH_JSON) (await import('node:fs')).writeFileSync(process.env.BENCH_JSON, JSON.stringify(result, null, 2) + '\n');
}
