// Many sessions in one server process, each making one interaction per second: round trip from the
// slider change being sent to the delta with the new text arriving.
import { performance } from 'node:perf_hooks';
import { valueText } from './pageApp.mjs';
import { startPageServer } from './server.mjs';
import { openClient } from './wsClient.mjs';

/** The `p`th percentile of `xs`. @param {number[]} xs @param {number} p */
const percentile = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))];

/**
 * `sessions` clients, each changing the slider once per second for `seconds`; p50/p99 of the round trips (ms).
 * @param {number} n
 * @param {{ sessions: number, seconds: number }} options
 */
export async function loadTest(n, { sessions, seconds }) {
  const server = await startPageServer(n);
  /** @type {number[]} */
  const rtts = [];
  let lost = 0;
  try {
    /** @type {{ sent: Map<string, number>, client: ReturnType<typeof openClient> }[]} */
    const clients = [];
    for (let i = 0; i < sessions; i += 25) {
      const batch = Array.from({ length: Math.min(25, sessions - i) }, () => {
        /** @type {Map<string, number>} */
        const sent = new Map();
        const client = openClient(server.wsUrl, {
          onDelta: (msg) => {
            const body = 'element' in msg ? msg.element.body : undefined;
            const t0 = typeof body === 'string' ? sent.get(body) : undefined;
            if (t0 === undefined || typeof body !== 'string') return;
            sent.delete(body);
            rtts.push(performance.now() - t0);
          },
        });
        return { sent, client };
      });
      await Promise.all(batch.map((e) => e.client.ready));
      clients.push(...batch);
    }
    const end = performance.now() + seconds * 1000;
    await Promise.all(
      clients.map(async (entry, k) => {
        // Spread the sessions over the second.
        await new Promise((resolve) => setTimeout(resolve, (k / clients.length) * 1000));
        let value = (k % 1000) * 1000;
        while (performance.now() < end) {
          const tick = performance.now();
          value += 1;
          entry.sent.set(valueText(value), performance.now());
          entry.client.setSlider(value);
          await new Promise((resolve) => setTimeout(resolve, Math.max(0, 1000 - (performance.now() - tick))));
        }
      }),
    );
    await new Promise((resolve) => setTimeout(resolve, 1000));
    for (const entry of clients) {
      lost += entry.sent.size;
      entry.client.close();
    }
    return { sessions, seconds, interactions: rtts.length, unanswered: lost, p50: percentile(rtts, 50), p99: percentile(rtts, 99) };
  } finally {
    await server.stop();
  }
}
