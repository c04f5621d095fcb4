// Server-side figures of the page bench: memory per session (slope between two session counts, after
// a GC, over real WebSockets) and bytes on the wire (first load, per interaction).
import { performance } from 'node:perf_hooks';
import { startPageServer } from './server.mjs';
import { openClient } from './wsClient.mjs';

/**
 * How long the server idles before a memory reading: V8's memory reducer gives back the pages a
 * burst of work left committed after about 8 s of low activity, as on a server that has been up a while.
 */
const SETTLE_MS = Number(process.env.BENCH_MEMORY_SETTLE_MS ?? 10_000);

/** @param {number[]} xs */
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** @typedef {ReturnType<typeof openClient>} Client */

/**
 * Opens `count` clients, a few at a time (as users arrive), each until its first run is done.
 * @param {string} wsUrl
 * @param {number} count
 */
async function openClients(wsUrl, count, parallel = 5) {
  /** @type {Client[]} */
  const clients = [];
  for (let i = 0; i < count; i += parallel) {
    const batch = Array.from({ length: Math.min(parallel, count - i) }, () => openClient(wsUrl));
    await Promise.all(batch.map((c) => c.ready));
    clients.push(...batch);
  }
  return clients;
}

/**
 * Each client moves the slider `times` times, waiting for each run to end.
 * @param {Client[]} clients
 * @param {number} times
 */
async function interact(clients, times) {
  for (let t = 1; t <= times; t++) {
    await Promise.all(
      clients.map((c, i) => {
        const done = c.idle();
        c.setSlider(t * 1000 + i);
        return done;
      }),
    );
  }
}

/**
 * RSS and heap per session for the page of size `n`, as a slope: K1 sessions that have interacted
 * (which also grows V8's young generation to its working size, a one-off cost that is not per
 * session), GC, measure; K2 sessions, GC, measure; per session = difference / (K2 - K1). Sessions
 * stay connected over real WebSockets, so their sockets count.
 * @param {number} n
 * @param {{ k1: number, k2: number, snapshotDir?: string }} options
 */
export async function memoryPerSession(n, { k1, k2, snapshotDir }) {
  const server = await startPageServer(n);
  try {
    const clients = await openClients(server.wsUrl, k1);
    await interact(clients, 10);
    const a = await server.memory(SETTLE_MS);
    if (snapshotDir) await server.heapSnapshot(`${snapshotDir}/page-${n}-${k1}.heapsnapshot`);
    const more = await openClients(server.wsUrl, k2 - k1);
    await interact(more, 2);
    clients.push(...more);
    const b = await server.memory(SETTLE_MS);
    if (snapshotDir) await server.heapSnapshot(`${snapshotDir}/page-${n}-${k2}.heapsnapshot`);
    for (const c of clients) c.close();
    /** @param {'rss' | 'heapUsed' | 'heapTotal'} field */
    const per = (field) => (b[field] - a[field]) / (k2 - k1);
    return {
      sessions: [k1, k2],
      rssPerSession: per('rss'),
      heapPerSession: per('heapUsed'),
      heapCommittedPerSession: per('heapTotal'),
      rssAtK2: b.rss,
    };
  } finally {
    await server.stop();
  }
}

/**
 * Bytes of the first load (every frame until the first run is done) and per slider step (median).
 * @param {number} n
 */
export async function wireBytes(n, interactions = 30) {
  const server = await startPageServer(n);
  try {
    const client = openClient(server.wsUrl);
    await client.ready;
    const firstLoad = client.stats.bytes;
    /** @type {number[]} */
    const perInteraction = [];
    /** @type {number[]} */
    const roundTrips = [];
    for (let i = 1; i <= interactions; i++) {
      const before = client.stats.bytes;
      const done = client.idle();
      const t0 = performance.now();
      client.setSlider(i);
      await done;
      roundTrips.push(performance.now() - t0);
      // The ack of the change may come in its own frame after idle: wait one turn for it.
      await new Promise((resolve) => setTimeout(resolve, 5));
      perInteraction.push(client.stats.bytes - before);
    }
    client.close();
    return { firstLoadBytes: firstLoad, bytesPerInteraction: median(perInteraction), roundTripMs: median(roundTrips) };
  } finally {
    await server.stop();
  }
}
