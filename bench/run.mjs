// npm run bench: lit-ui's speed and size, measured on this machine in one run.
// Scenario (as the issue): a page of 1,000 elements and one slider whose value changes exactly one element.
// Prints a table and writes bench/results.json. Goals are reported against, never asserted.
import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { createRuntime, defineApp } from '@lit-ui/core';
import { browserLatency } from './browser.mjs';
import { hostileClientLatency } from './hostile.mjs';
import { dataframeBench } from './dataframe.mjs';
import { pageBench, printPageBench } from './pageSize/index.mjs';
import { transportBench } from './transport.mjs';
import { slowReaderBench } from './slowReader.mjs';
import { socketMemoryBench } from './socketMemory.mjs';
import { sharedImage, uploadRss } from './media.mjs';

const ELEMENTS = 1000;
const RERUNS = Number(process.env.BENCH_RERUNS ?? 400);
const WARMUP = 50;

const app = defineApp((st) => {
  const value = st.slider('Value', { minValue: 0, maxValue: 100_000, value: 0, key: 'value' });
  for (let i = 0; i < ELEMENTS; i++) st.text(i === ELEMENTS / 2 ? `value is ${value}` : `row ${i}`);
});

/** A connection that serialises frames as a transport would and counts their bytes; `idle` resolves when the session goes idle. */
function connection() {
  let bytes = 0;
  /** @type {string | undefined} */
  let sliderId;
  /** @type {(() => void) | undefined} */
  let waiting;
  /** @type {import('@lit-ui/core/protocol').ServerConnection} */
  const conn = {
    context: { url: 'bench://local', headers: {}, cookies: {} },
    send(batch) {
      const text = JSON.stringify(batch);
      bytes += Buffer.byteLength(text);
      for (const msg of batch) {
        if (msg.type === 'delta' && 'element' in msg && msg.element.type === 'slider' && typeof msg.element.id === 'string')
          sliderId = msg.element.id;
        if (msg.type === 'sessionStatus' && msg.state === 'idle' && waiting) {
          const resolve = waiting;
          waiting = undefined;
          resolve();
        }
      }
    },
    close() {},
  };
  return {
    conn,
    get bytes() {
      return bytes;
    },
    get sliderId() {
      return sliderId;
    },
    idle: () => /** @type {Promise<void>} */ (new Promise((resolve) => (waiting = resolve))),
  };
}

/** @param {import('@lit-ui/core').Runtime} runtime */
async function open(runtime) {
  const c = connection();
  const handle = runtime.connect(c.conn);
  const ready = c.idle();
  handle.receive(JSON.stringify({ type: 'hello', cseq: 0, protocolVersion: 1 }));
  await ready;
  let cseq = 0;
  /** @param {number} value */
  const interact = async (value) => {
    const before = c.bytes;
    const done = c.idle();
    const t0 = performance.now();
    handle.receive(JSON.stringify({ type: 'rerunScript', cseq: ++cseq, widgets: [{ id: c.sliderId, value }] }));
    await done;
    return { ms: performance.now() - t0, bytes: c.bytes - before };
  };
  return { interact, firstPageBytes: c.bytes, handle };
}

/** @param {number[]} xs */
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
/** @param {number[]} xs @param {number} p */
const percentile = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))] ?? NaN;

async function rerunCost() {
  const runtime = createRuntime(app);
  const session = await open(runtime);
  const times = [];
  const bytes = [];
  for (let i = 1; i <= WARMUP + RERUNS; i++) {
    const r = await session.interact(i);
    if (i > WARMUP) {
      times.push(r.ms);
      bytes.push(r.bytes);
    }
  }
  await runtime.close();
  return {
    msPerRerun: median(times),
    p99MsPerRerun: percentile(times, 99),
    bytesPerInteraction: median(bytes),
    firstPageBytes: session.firstPageBytes,
  };
}

async function idleSessionMemory(count = 200) {
  globalThis.gc?.();
  const before = process.memoryUsage().heapUsed;
  const runtime = createRuntime(app);
  const sessions = [];
  for (let i = 0; i < count; i++) sessions.push(await open(runtime));
  globalThis.gc?.();
  const after = process.memoryUsage().heapUsed;
  await runtime.close();
  return (after - before) / count;
}

async function latencyUnderLoad(sessions = 50, interactions = 20) {
  const runtime = createRuntime(app, { maxConcurrentRuns: 4 });
  const open_ = [];
  for (let i = 0; i < sessions; i++) open_.push(await open(runtime));
  /** @type {number[]} */
  const latencies = [];
  await Promise.all(
    open_.map(async (s, n) => {
      for (let i = 1; i <= interactions; i++) latencies.push((await s.interact(n * 1000 + i)).ms);
    }),
  );
  await runtime.close();
  return { sessions, interactions: sessions * interactions, p50: median(latencies), p99: percentile(latencies, 99) };
}

const cost = await rerunCost();
const memoryPerSession = await idleSessionMemory();
const load = await latencyUnderLoad();
const hostile = await hostileClientLatency(app, open, { median, percentile });
const browser = await browserLatency(app);
const df = await dataframeBench();
const pages = await pageBench();
const transport = await transportBench();
const slowReader = await slowReaderBench();
const socketMemory = await socketMemoryBench();
const upload = await uploadRss(50);
const bigUpload = await uploadRss(200);
const image = await sharedImage();

const results = {
  machine: { node: process.version, cpus: (await import('node:os')).cpus().length },
  scenario: `${ELEMENTS} elements + 1 slider; each interaction changes exactly one element`,
  reruns: RERUNS,
  serverMsPerRerun: Number(cost.msPerRerun.toFixed(3)),
  serverP99MsPerRerun: Number(cost.p99MsPerRerun.toFixed(3)),
  bytesPerInteraction: cost.bytesPerInteraction,
  fullPageBytes: cost.firstPageBytes,
  bytesRatioVsFullPage: Number((cost.bytesPerInteraction / cost.firstPageBytes).toFixed(4)),
  idleSessionBytes: Math.round(memoryPerSession),
  loadSessions: load.sessions,
  loadInteractions: load.interactions,
  loadP50Ms: Number(load.p50.toFixed(2)),
  loadP99Ms: Number(load.p99.toFixed(2)),
  hostileQuietP50Ms: Number(hostile.quietP50.toFixed(2)),
  hostileAttackedP50Ms: Number(hostile.attackedP50.toFixed(2)),
  hostileAttackedP99Ms: Number(hostile.attackedP99.toFixed(2)),
  hostileFramesRefused: hostile.hostileFrames,
  browserKeyToPaintMedianMs: browser.medianMs === undefined ? null : Number(browser.medianMs.toFixed(1)),
  browserKeyToPaintP95Ms: browser.p95Ms === undefined ? null : Number(browser.p95Ms.toFixed(1)),
  ...(browser.skipped ? { browserSkipped: browser.skipped } : {}),
  dataframe: {
    rows: df.rows,
    sortMs: Object.fromEntries(Object.entries(df.sortMs).map(([k, v]) => [k, Number(v.medianMs.toFixed(1))])),
    sortMaxMs: Object.fromEntries(Object.entries(df.sortMs).map(([k, v]) => [k, Number(v.maxMs.toFixed(1))])),
    sortCpuMs: Object.fromEntries(Object.entries(df.sortMs).map(([k, v]) => [k, Number(v.cpuMedianMs.toFixed(1))])),
    windowFetchP50Ms: typeof df.windowP50Ms === 'number' ? Number(df.windowP50Ms.toFixed(2)) : null,
    firstPageBytes: df.firstPageBytes,
    firstPaintMs: typeof df.firstPaintMs === 'number' ? Number(df.firstPaintMs.toFixed(0)) : null,
    firstPaintFreshServerMs: typeof df.firstPaintFreshServerMs === 'number' ? Number(df.firstPaintFreshServerMs.toFixed(0)) : null,
    socketBytesBeforePaint: df.socketBytesBeforePaint ?? null,
    tableBytes: df.tableBytes,
    heapOneSessionBytes: df.oneSessionBytes,
    heapTenSessionsBytes: df.tenSessionsBytes,
    heapSortOnceBytes: df.sortOnceBytes,
    heapSortTenSessionsBytes: df.sortTenSessionsBytes,
    ...(df.skipped ? { browserSkipped: df.skipped } : {}),
    goals: { firstPaintMs: 300, bytesBeforePaint: 65_536, windowFetchP50Ms: 20, sortMs: 300, tenSessions: '≈ one copy' },
  },
  pageSize: pages,
  transport,
  slowReader,
  socketMemory,
  uploadMegabytes: upload.megabytes,
  uploadRuns: upload.runs,
  uploadStatuses: upload.statuses,
  uploadRssGrowthMedianBytes: upload.litUi.medianBytes,
  uploadRssGrowthMaxBytes: upload.litUi.maxBytes,
  uploadBuffersPeakMedianBytes: upload.litUi.buffersPeakMedianBytes,
  uploadNodeFloorMedianBytes: upload.node.medianBytes,
  uploadNodeFloorMaxBytes: upload.node.maxBytes,
  uploadBeyondFloorMedianBytes: upload.beyondFloorMedianBytes,
  uploadHeldInMemoryControlBytes: upload.heldInMemoryControlBytes,
  upload200RssGrowthMedianBytes: bigUpload.litUi.medianBytes,
  upload200RssGrowthMaxBytes: bigUpload.litUi.maxBytes,
  upload200NodeFloorMedianBytes: bigUpload.node.medianBytes,
  upload200BeyondFloorMedianBytes: bigUpload.beyondFloorMedianBytes,
  sharedImageSessions: image.sessions,
  sharedImageMegabytes: image.megabytes,
  sharedImageStoredCopies: image.storedCopies,
  sharedImageStoredBytes: image.storedBytes,
  goals: {
    bytesPerInteraction: 2048,
    serverMsPerRerun: 5,
    uploadRssGrowthBytes: 10 * 1_048_576,
    sharedImageStoredCopies: 1,
    stretch: { bytesPerInteraction: 1024, serverMsPerRerun: 1 },
  },
  streamlit164: { bytesPerInteraction: 136_000, serverMsPerRerun: 161, note: 'as measured by the CEO on this kind of machine; not re-measured here' },
};
writeFileSync(new URL('./results.json', import.meta.url), JSON.stringify(results, null, 2) + '\n');

/** @param {string} name @param {unknown} value @param {string} [goal] */
const row = (name, value, goal) => console.log(`| ${name.padEnd(38)} | ${String(value).padStart(12)} | ${String(goal ?? '').padStart(14)} |`);
console.log(`\nlit-ui bench — ${results.scenario} (node ${process.version}, ${results.machine.cpus} cores)\n`);
console.log(`| ${'measure'.padEnd(38)} | ${'value'.padStart(12)} | ${'goal'.padStart(14)} |`);
console.log(`|${'-'.repeat(40)}|${'-'.repeat(14)}|${'-'.repeat(16)}|`);
row('server ms per rerun (median)', results.serverMsPerRerun, '< 5 (1)');
row('server ms per rerun (p99)', results.serverP99MsPerRerun);
row('bytes sent per interaction (median)', results.bytesPerInteraction, '< 2048 (1024)');
row('bytes of the full first page', results.fullPageBytes);
row('interaction / full page bytes', results.bytesRatioVsFullPage);
row('heap per idle session (bytes)', results.idleSessionBytes);
row(`p50 latency, ${load.sessions} sessions (ms)`, results.loadP50Ms);
row(`p99 latency, ${load.sessions} sessions (ms)`, results.loadP99Ms);
row(`p50, ${hostile.sessions} sessions, quiet (ms)`, results.hostileQuietP50Ms);
row(`p50, same, 1 hostile client (ms)`, results.hostileAttackedP50Ms, '~ quiet');
row(`p99, same, 1 hostile client (ms)`, results.hostileAttackedP99Ms);
row('hostile frames sent meanwhile', results.hostileFramesRefused);
if (browser.skipped) console.log(`| ${'browser key-to-paint'.padEnd(38)} | ${'skipped'.padStart(12)} | ${''.padStart(14)} |  (${browser.skipped})`);
else {
  row('browser key → paint, median (ms)', results.browserKeyToPaintMedianMs);
  row('browser key → paint, p95 (ms)', results.browserKeyToPaintP95Ms);
}
const d = results.dataframe;
console.log(`\nA ${d.rows.toLocaleString('en-US')}-row dataframe (flights-like: date, delay, distance, time, origin)\n`);
console.log(`| ${'measure'.padEnd(38)} | ${'value'.padStart(12)} | ${'goal'.padStart(14)} |`);
console.log(`|${'-'.repeat(40)}|${'-'.repeat(14)}|${'-'.repeat(16)}|`);
for (const [column, ms] of Object.entries(d.sortMs))
  row(`sort by ${column}, med (max), CPU ms`, `${ms} (${d.sortMaxMs[column]}), ${d.sortCpuMs[column]}`, '≤ 300');
row('window fetch, 100 rows, p50 (ms)', d.windowFetchP50Ms, '≤ 20');
row('first page bytes (server → client)', d.firstPageBytes, '≤ 65536');
if (d.browserSkipped) console.log(`| ${'first paint'.padEnd(38)} | ${'skipped'.padStart(12)} | ${''.padStart(14)} |  (${d.browserSkipped})`);
else {
  row('first paint, cold Chromium, median (ms)', d.firstPaintMs, '≤ 300');
  row("  the same, the server's first page (ms)", d.firstPaintFreshServerMs);
  row('bytes before first paint (socket + page)', d.socketBytesBeforePaint, '≤ 65536');
}
row('memory of the table itself (bytes)', d.tableBytes);
row('memory added: shown in 1 session (bytes)', d.heapOneSessionBytes);
row('memory added: shown in 10 sessions (bytes)', d.heapTenSessionsBytes, '≪ the table');
row('memory added: 1 session sorts (bytes)', d.heapSortOnceBytes);
row('memory added: 10 sessions sort (bytes)', d.heapSortTenSessionsBytes, '≈ 1 session');
for (const [u, key] of /** @type {const} */ ([
  [upload, 'upload'],
  [bigUpload, 'upload200'],
])) {
  const mb = (/** @type {number} */ bytes) => `${(bytes / 1_048_576).toFixed(1)} MB`;
  row(`server RSS growth, ${u.megabytes} MB upload, med (max)`, `${mb(u.litUi.medianBytes)} (${mb(u.litUi.maxBytes)})`, '< 10 MB');
  row(`  bare Node server, same upload`, `${mb(u.node.medianBytes)} (${mb(u.node.maxBytes)})`, key === 'upload' ? 'Node floor' : '');
  row(`  lit-ui beyond bare Node (medians)`, mb(u.beyondFloorMedianBytes), '≈ 0');
  row(`  control: upload kept in the heap`, mb(u.heldInMemoryControlBytes), '> upload');
}
row(`copies of 1 image in ${image.sessions} sessions`, results.sharedImageStoredCopies, '1');
console.log('\nTransports on loopback (bytes the server wrote, headers and framing included; latency: send → idle)\n');
console.log(`| ${'measure'.padEnd(38)} | ${'WebSocket'.padStart(12)} | ${'HTTP stream'.padStart(14)} |`);
console.log(`|${'-'.repeat(40)}|${'-'.repeat(14)}|${'-'.repeat(16)}|`);
/** @param {string} name @param {'firstLoadBytes' | 'firstLoadDefaultBytes' | 'firstLoadCompressedBytes' | 'interactionBytes' | 'interactionP50Ms' | 'interactionP95Ms'} key */
const pair = (name, key) =>
  console.log(`| ${name.padEnd(38)} | ${String(transport.ws?.[key]).padStart(12)} | ${String(transport['http-stream']?.[key]).padStart(14)} |`);
pair('first load 5,000 elements, plain (B)', 'firstLoadBytes');
pair('  same, lit-ui defaults (B)', 'firstLoadDefaultBytes');
pair('  same, permessage-deflate on (B)', 'firstLoadCompressedBytes');
pair('per interaction, 1,000 elements (bytes)', 'interactionBytes');
pair('interaction latency p50 (ms)', 'interactionP50Ms');
pair('interaction latency p95 (ms)', 'interactionP95Ms');
/** @param {string} name @param {'peakOutboundBytes' | 'peakHeapGrowthBytes'} key */
const slow = (name, key) =>
  console.log(`| ${name.padEnd(38)} | ${String(slowReader.ws[key]).padStart(12)} | ${String(slowReader['http-stream'][key]).padStart(14)} |`);
slow('not reading, 10,000×4 KB: held (bytes)', 'peakOutboundBytes');
slow('  server heap growth, peak (bytes)', 'peakHeapGrowthBytes');
console.log(
  `\nServer RSS per WebSocket session (clients that never acknowledge), 1,000-element page, ${socketMemory.clients} clients: ${socketMemory.rssPerSocketDefaults} B with the defaults, ` +
    `${socketMemory.rssPerSocketDeflate} B with permessage-deflate (+${socketMemory.deflateCostPerSocket} B).`,
);
console.log(`\nStreamlit 1.64 for the same scenario: ~136 KB and ~161 ms per interaction.`);
printPageBench(pages);
console.log('Wrote bench/results.json');
