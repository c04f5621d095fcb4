// Other clients' latency while one hostile client sends what the inbound guard refuses (issue 6, defect 6):
// deeply nested JSON, 1 MB frames that must be parsed, and floods past the inbound rate. The hostile client
// reconnects each time the runtime closes it, as an attacker would. Reported as p50/p99 of ordinary sessions'
// interactions, quiet and under attack, in the same run; never asserted.
import { createRuntime } from '@lit-ui/core';

const DEPTH = 200_000;
const FRAMES_PER_TURN = 8;
const deepFrame = '['.repeat(DEPTH) + ']'.repeat(DEPTH);
const bigFrame = JSON.stringify({ type: 'rerunScript', cseq: 1, widgets: [{ id: 'w', value: 'x'.repeat(1_000_000) }] });

/** @typedef {{ interact(value: number): Promise<{ ms: number }> }} BenchSession */

/**
 * Starts a client that sends refused frames on every turn of the event loop until `stop()`; counts them.
 * @param {import('@lit-ui/core').Runtime} runtime
 */
function hostileClient(runtime) {
  let running = true;
  let frames = 0;
  let reconnects = 0;
  const connectOnce = () => {
    let closed = false;
    const handle = runtime.connect({
      context: { url: 'bench://hostile', headers: {}, cookies: {} },
      send() {},
      close() {
        closed = true;
      },
    });
    const pump = () => {
      if (!running) return handle.closed();
      if (closed) {
        reconnects++;
        handle.closed();
        return connectOnce();
      }
      for (let i = 0; i < FRAMES_PER_TURN && !closed; i++) {
        handle.receive(frames % 2 === 0 ? deepFrame : bigFrame);
        frames++;
      }
      setImmediate(pump);
    };
    handle.receive(JSON.stringify({ type: 'hello', cseq: 0, protocolVersion: 1 }));
    setImmediate(pump);
  };
  connectOnce();
  return {
    stop: () => {
      running = false;
      return { frames, reconnects };
    },
  };
}

/**
 * Latencies (ms) of `count` interactions of each session, the sessions side by side.
 * @param {BenchSession[]} sessions
 * @param {number} count
 */
async function interactions(sessions, count) {
  /** @type {number[]} */
  const latencies = [];
  await Promise.all(
    sessions.map(async (s, n) => {
      for (let i = 1; i <= count; i++) {
        // Each interaction arrives in its own macrotask, as a socket's frames do, so the attacker's frames interleave.
        await new Promise((resolve) => setImmediate(resolve));
        latencies.push((await s.interact(n * 1000 + i)).ms);
      }
    }),
  );
  return latencies;
}

/**
 * Measures `sessions` ordinary sessions (opened with `open`) doing `count` interactions each, first quiet, then while
 * one hostile client sends deep and large frames without pause (8 frames per turn of the event loop).
 * @param {import('@lit-ui/core').App} app
 * @param {(runtime: import('@lit-ui/core').Runtime) => Promise<BenchSession>} open
 * @param {{ median(xs: number[]): number, percentile(xs: number[], p: number): number }} stats
 */
export async function hostileClientLatency(app, open, stats, sessions = 10, count = 50) {
  const runtime = createRuntime(app, { maxConcurrentRuns: 4 });
  /** @type {BenchSession[]} */
  const opened = [];
  for (let i = 0; i < sessions; i++) opened.push(await open(runtime));
  const quiet = await interactions(opened, count);
  const attacker = hostileClient(runtime);
  const attacked = await interactions(opened, count);
  const attack = attacker.stop();
  await runtime.close();
  return {
    sessions,
    quietP50: stats.median(quiet),
    quietP99: stats.percentile(quiet, 99),
    attackedP50: stats.median(attacked),
    attackedP99: stats.percentile(attacked, 99),
    hostileFrames: attack.frames,
    hostileReconnects: attack.reconnects,
  };
}
