// npm run bench:cluster: throughput and round trips of a lit-ui app on 1, 2 and 4 worker processes behind nginx,
// sessions in Redis, and what the session store adds to one interaction (1 worker with and without stores).
// Everything (redis-server, nginx, workers of examples/cluster/worker.ts) runs on this machine on loopback ports:
// with 2 cores, workers and clients share them, so the curve shows this machine, not a fleet. Reported, never asserted.
// Writes bench/cluster-results.json.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { applyForwardMsg, createClientTree, type ClientNode, type ForwardMsg } from '@lit-ui/core/protocol';
import { connectWebSocket } from '@lit-ui/transport-ws/client';
import WebSocket from 'ws';
import { freePort, startNginx, startRedisServer, startWorker, type Launched } from '../examples/cluster/launch.js';

const CLIENTS = Number(process.env['BENCH_CLIENTS'] ?? 32);
const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 8);
const app = fileURLToPath(new URL('./clusterApp.ts', import.meta.url));

interface Config {
  readonly name: string;
  readonly workers: number;
  readonly store: boolean;
}
const CONFIGS: Config[] = [
  { name: '1 worker, sessions in memory', workers: 1, store: false },
  { name: '1 worker, Redis stores', workers: 1, store: true },
  { name: '2 workers, Redis stores', workers: 2, store: true },
  { name: '4 workers, Redis stores', workers: 4, store: true },
];

/**
 * One client clicking in a closed loop: a click, then both its ack and the
 * end of the run it caused (with a session store the ack, written ahead,
 * can come after the run), then the next click.
 */
function benchClient(url: string) {
  let tree = createClientTree();
  let buttonId: string | undefined;
  let waiting: { cseq: number; acked: boolean; ran: boolean; running: boolean; resolve: () => void } | undefined;
  let ready: (() => void) | undefined;
  const settle = (): void => {
    if (!waiting?.acked || !waiting.ran) return;
    const done = waiting.resolve;
    waiting = undefined;
    done();
  };
  const connection = connectWebSocket({
    url,
    WebSocket: WebSocket as unknown as new (url: string) => globalThis.WebSocket,
    store: null,
    hello: () => ({ url: 'http://bench.test/', query: '' }),
    onMessage: (msg: ForwardMsg) => {
      tree = applyForwardMsg(tree, msg);
      if (msg.type === 'delta' && 'element' in msg && msg.element.type === 'button') buttonId = String((msg.element as { id?: unknown }).id);
      if (msg.type === 'ack' && waiting && msg.cseq >= waiting.cseq) waiting.acked = true;
      if (msg.type === 'sessionStatus' && msg.state !== 'idle' && waiting) waiting.running = true;
      if (msg.type === 'sessionStatus' && msg.state === 'idle') {
        if (buttonId && ready) {
          ready();
          ready = undefined;
        }
        if (waiting?.running) waiting.ran = true;
      }
      settle();
    },
  });
  const count = (): number => {
    let found = -1;
    const walk = (node: ClientNode): void => {
      if (node.kind === 'block') node.children.forEach(walk);
      else {
        const body = (node.proto as { body?: unknown }).body;
        if (typeof body === 'string' && body.startsWith('count=')) found = Number(body.slice(6));
      }
    };
    tree.roots.forEach(walk);
    return found;
  };
  return {
    ready: () => (buttonId ? Promise.resolve() : new Promise<void>((resolve) => (ready = resolve))),
    click: () =>
      new Promise<void>((resolve) => {
        const cseq = connection.send({ type: 'rerunScript', widgets: [{ id: buttonId!, value: true, trigger: true }] });
        waiting = { cseq, acked: false, ran: false, running: false, resolve };
      }),
    count,
    close: () => connection.close(),
  };
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

async function run(config: Config) {
  const started: Launched[] = [];
  try {
    const redis = await startRedisServer();
    started.push(redis);
    const ports = await Promise.all(Array.from({ length: config.workers }, () => freePort()));
    // One after another (each pushed at once, so a failed start still stops the others).
    for (const [i, port] of ports.entries()) {
      const env = { APP: app, ...(config.store ? {} : { STORE: 'none' }) };
      started.push(await startWorker({ id: `w${i + 1}`, port, redisUrl: redis.url, env }));
    }
    const nginx = await startNginx({ workers: ports.map((p) => `127.0.0.1:${p}`), sticky: false });
    started.push(nginx);
    const clients = Array.from({ length: CLIENTS }, () => benchClient(`ws://127.0.0.1:${nginx.port}/_lit-ui/ws`));
    await Promise.all(clients.map((c) => c.ready()));
    const rtts: number[] = [];
    const clicks = clients.map(() => 0);
    let measuring = false;
    let stop = false;
    const loops = clients.map(async (c, i) => {
      while (!stop) {
        const t0 = performance.now();
        await c.click();
        clicks[i]! += 1;
        if (measuring) rtts.push(performance.now() - t0);
      }
    });
    await new Promise((resolve) => setTimeout(resolve, 1000));
    measuring = true;
    const t0 = performance.now();
    await new Promise((resolve) => setTimeout(resolve, SECONDS * 1000));
    measuring = false;
    const elapsed = (performance.now() - t0) / 1000;
    const measured = rtts.length;
    stop = true;
    await Promise.all(loops);
    const lost = clients.filter((c, i) => c.count() !== clicks[i]).length;
    clients.forEach((c) => c.close());
    rtts.sort((a, b) => a - b);
    return {
      config: config.name,
      workers: config.workers,
      store: config.store,
      clients: CLIENTS,
      interactionsPerSecond: Math.round(measured / elapsed),
      p50Ms: Number(percentile(rtts, 50).toFixed(1)),
      p99Ms: Number(percentile(rtts, 99).toFixed(1)),
      clientsWithWrongCount: lost,
    };
  } finally {
    for (const p of started.reverse()) await p.stop(5000);
  }
}

const results = [];
for (const config of CONFIGS) {
  const result = await run(config);
  results.push(result);
  process.stdout.write(
    `${config.name.padEnd(32)} ${String(result.interactionsPerSecond).padStart(6)} interactions/s  p50 ${result.p50Ms} ms  p99 ${result.p99Ms} ms` +
      `  (${CLIENTS} clients${result.clientsWithWrongCount ? `, ${result.clientsWithWrongCount} with a wrong count` : ''})\n`,
  );
}
const memory = results[0]!;
const redis = results[1]!;
process.stdout.write(
  `the session store adds ${(redis.p50Ms - memory.p50Ms).toFixed(1)} ms at p50 and ${(redis.p99Ms - memory.p99Ms).toFixed(1)} ms at p99 per interaction on 1 worker\n`,
);
writeFileSync(new URL('./cluster-results.json', import.meta.url), `${JSON.stringify({ date: new Date().toISOString(), results }, null, 2)}\n`);
