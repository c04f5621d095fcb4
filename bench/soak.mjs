// npm run soak (not in CI): many sessions interacting for minutes in one process, over WebSocket on loopback.
// Reports heap and RSS after a full GC over time (is memory flat?), and checks that every session is freed
// at its TTL once the clients leave. Prints a table and writes bench/soak-results.json.
//
// Environment: SOAK_SESSIONS (1000), SOAK_MINUTES (10), SOAK_INTERVAL_MS (mean pause between one client's
// interactions, 6000), SOAK_TTL_MS (sessionTtlMs, 30000), SOAK_SAMPLE_MS (30000).
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { performance } from 'node:perf_hooks';
import WebSocket from 'ws';
import { createRuntime, defineApp } from '@lit-ui/core';
import { attachWebSocket } from '@lit-ui/transport-ws';
import { connectWebSocket } from '@lit-ui/transport-ws/client';

const gc =
  globalThis.gc ??
  (() => {
    console.error('Run with node --expose-gc (npm run soak does).');
    process.exit(1);
  })();

const SESSIONS = Number(process.env.SOAK_SESSIONS ?? 1000);
const MINUTES = Number(process.env.SOAK_MINUTES ?? 10);
const INTERVAL_MS = Number(process.env.SOAK_INTERVAL_MS ?? 6000);
const TTL_MS = Number(process.env.SOAK_TTL_MS ?? 30_000);
const SAMPLE_MS = Number(process.env.SOAK_SAMPLE_MS ?? 30_000);

const rows = Array.from({ length: 200 }, (_, i) => ({ x: i, y: Math.round(Math.sin(i / 10) * 1000) / 1000 }));

/** A small but complete page: widgets, session state, a metric, a table and a chart. */
const app = defineApp((st) => {
  st.title('Soak');
  st.sessionState.clicks ??= 0;
  if (st.button('Click', { key: 'click' })) st.sessionState.clicks += 1;
  const n = st.slider('Rows', { minValue: 1, maxValue: 200, value: 20, key: 'rows' });
  const name = st.textInput('Name', { key: 'name', value: '' });
  st.metric('Clicks', st.sessionState.clicks);
  st.write(`Hello ${name || 'nobody'}; showing ${n} rows`);
  st.dataframe(rows.slice(0, n));
  st.lineChart(rows.slice(0, n), { x: 'x', y: 'y' });
  for (let i = 0; i < 5; i++) st.text(`line ${i}: ${n % (i + 2)}`);
});

/** @param {number} bytes */
const mb = (bytes) => Math.round((bytes / 1048576) * 10) / 10;
/** @param {number} ms */
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function memory() {
  gc();
  gc();
  const { heapUsed, rss } = process.memoryUsage();
  return { heapMb: mb(heapUsed), rssMb: mb(rss) };
}

/** @type {() => import('@lit-ui/core').RuntimeGauges} */
let gauges = () => {
  throw new Error('the runtime has not handed its gauges to the metrics sink');
};
const server = createServer();
const runtime = createRuntime(app, {
  sessionTtlMs: TTL_MS,
  // Every client of this soak comes from 127.0.0.1: lift the per-address caps (defaults 100).
  maxConnectionsPerIp: SESSIONS + 10,
  maxSessionsPerIp: SESSIONS + 10,
  metrics: { sink: { observe: (read) => (gauges = read) } },
});
const transport = attachWebSocket(server, runtime, { path: '/soak/_lit-ui/ws', pingMs: 0 });
await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
const address = server.address();
if (address === null || typeof address === 'string') throw new Error('the soak server has no TCP address');
const url = `ws://127.0.0.1:${address.port}/soak/_lit-ui/ws`;
// ws's class implements the browser WebSocket API the client uses; its declared types differ in detail.
const ClientWebSocket = /** @type {new (url: string) => globalThis.WebSocket} */ (/** @type {unknown} */ (WebSocket));

let interactions = 0;
let runsSeen = 0;
let errors = 0;

/** One browser tab, as far as the protocol goes: the real client, widget ids learnt from deltas. */
function client() {
  /** Widget id by element type, from the deltas seen. @type {Record<string, string>} */
  const ids = {};
  let stopped = false;
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  let timer;
  /** @type {() => void} */
  let ready = () => undefined;
  const started = new Promise((resolve) => (ready = () => resolve(undefined)));
  const connection = connectWebSocket({
    url,
    WebSocket: ClientWebSocket,
    store: null,
    hello: () => ({ url: 'http://127.0.0.1/soak/', query: '' }),
    reconnect: { retryDelayMs: 100, maxRetryDelayMs: 2000 },
    onMessage: (msg) => {
      if (msg.type === 'delta' && 'element' in msg && 'id' in msg.element && typeof msg.element.id === 'string')
        ids[msg.element.type] = msg.element.id;
      if (msg.type === 'scriptFinished') {
        runsSeen++;
        ready();
      }
      if (msg.type === 'error') errors++;
    },
  });
  const act = () => {
    if (stopped) return;
    const pick = Math.random();
    if (pick < 0.4 && ids.button) connection.send({ type: 'rerunScript', widgets: [{ id: ids.button, value: true, trigger: true }] });
    else if (pick < 0.8 && ids.slider)
      connection.send({ type: 'rerunScript', widgets: [{ id: ids.slider, value: 1 + Math.floor(Math.random() * 200) }] });
    else if (ids.textInput)
      connection.send({ type: 'rerunScript', widgets: [{ id: ids.textInput, value: `user ${Math.floor(Math.random() * 1e6)}` }] });
    interactions++;
    timer = setTimeout(act, INTERVAL_MS / 2 + Math.random() * INTERVAL_MS);
  };
  return {
    started,
    start: () => (timer = setTimeout(act, Math.random() * INTERVAL_MS)),
    leave: () => {
      stopped = true;
      clearTimeout(timer);
      connection.close();
    },
  };
}

const baseline = memory();
const t0 = performance.now();
/** @typedef {{ phase: string, minute: number, heapMb: number, rssMb: number, live: number, disconnected: number, sessions: number, interactions: number, runsSeen: number }} Sample */
/** @type {Sample[]} */
const samples = [];
/** @param {string} phase */
const sample = (phase) => {
  const g = gauges();
  const row = {
    phase,
    minute: Math.round(((performance.now() - t0) / 60_000) * 10) / 10,
    ...memory(),
    live: g.liveSessions,
    disconnected: g.disconnectedSessions,
    sessions: runtime.sessionCount,
    interactions,
    runsSeen,
  };
  samples.push(row);
  console.log(JSON.stringify(row));
};

console.log(
  `soak: ${SESSIONS} sessions over WebSocket on loopback, ${MINUTES} min, one interaction per client every ~${INTERVAL_MS} ms, TTL ${TTL_MS} ms`,
);
console.log(JSON.stringify({ phase: 'baseline', ...baseline }));
const clients = [];
for (let i = 0; i < SESSIONS; i++) {
  clients.push(client());
  if (i % 50 === 49) await Promise.all(clients.slice(-50).map((c) => c.started));
}
await Promise.all(clients.map((c) => c.started));
sample('connected');
for (const c of clients) c.start();

const end = t0 + MINUTES * 60_000;
while (performance.now() < end) {
  await sleep(Math.min(SAMPLE_MS, end - performance.now()));
  sample('interacting');
}

for (const c of clients) c.leave();
clients.length = 0; // the clients' own objects are not the server's memory
const left = performance.now();
// Every session should be disconnected soon after its client leaves, and freed sessionTtlMs after that.
let allDisconnectedMs;
let allFreedMs;
while (runtime.sessionCount > 0 && performance.now() - left < TTL_MS + 120_000) {
  if (allDisconnectedMs === undefined && gauges().liveSessions === 0) allDisconnectedMs = Math.round(performance.now() - left);
  await sleep(100);
}
if (runtime.sessionCount === 0) allFreedMs = Math.round(performance.now() - left);
sample('freed');

await transport.close();
await runtime.close();
server.close();

// Memory grows while each session's replay ring fills (replayLimit messages), then should stay flat:
// the drift is the least-squares slope of the heap over the last 5 samples (~3 minutes at the defaults),
// when every ring has long been full.
const steady = samples.filter((s) => s.phase === 'interacting');
const tail = steady.slice(-5);
/** @param {Sample[]} points */
const slope = (points) => {
  if (points.length < 2) return undefined;
  const mx = points.reduce((a, p) => a + p.minute, 0) / points.length;
  const my = points.reduce((a, p) => a + p.heapMb, 0) / points.length;
  const num = points.reduce((a, p) => a + (p.minute - mx) * (p.heapMb - my), 0);
  const den = points.reduce((a, p) => a + (p.minute - mx) ** 2, 0);
  return den === 0 ? undefined : Math.round((num / den) * 100) / 100;
};
const lastSteady = steady.at(-1);
const summary = {
  sessions: SESSIONS,
  minutes: MINUTES,
  transport: 'WebSocket (ws) on loopback, server and clients in one process',
  interactions,
  runsSeen,
  errors,
  baselineHeapMb: baseline.heapMb,
  heapMbAfterConnect: samples[0]?.heapMb,
  heapMbAtTailStart: tail[0]?.heapMb,
  heapMbAtEnd: lastSteady?.heapMb,
  heapDriftMbPerMinuteLast5Samples: slope(tail),
  heapKbPerSessionAtEnd: lastSteady ? Math.round(((lastSteady.heapMb - baseline.heapMb) * 1024) / SESSIONS) : undefined,
  heapMbAfterFree: samples.at(-1)?.heapMb,
  ttlMs: TTL_MS,
  sessionsLeftAfterTtl: runtime.sessionCount,
  allDisconnectedAfterLeaveMs: allDisconnectedMs,
  allFreedAfterLeaveMs: allFreedMs,
  freedAfterDisconnectMs: allFreedMs !== undefined && allDisconnectedMs !== undefined ? allFreedMs - allDisconnectedMs : undefined,
};
console.table(samples);
console.log(JSON.stringify(summary, null, 2));
writeFileSync(new URL('./soak-results.json', import.meta.url), JSON.stringify({ summary, samples }, null, 2));
process.exit(summary.sessionsLeftAfterTtl === 0 ? 0 : 1);
