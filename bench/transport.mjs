// The two transports side by side on loopback (issue 11): bytes on the wire for the first load of a 5,000-element
// page, with and without compression, and per interaction on the 1,000-element slider page, with its latency
// (client sends the slider's value → the client has the session idle again). One Express server per measure, both
// transports served by liteUi; bytes are what the server's TCP sockets wrote (headers and framing included).
// Reported, never asserted.
import { createServer } from 'node:http';
import { performance } from 'node:perf_hooks';
import express from 'express';
import WebSocket from 'ws';
import { defineApp } from '@lit-ui/core';
import { liteUi } from '@lit-ui/adapter-express';
import { connectToApp } from '@lit-ui/ui-lit/transport';

/** @typedef {import('@lit-ui/core/protocol').ForwardMsg} ForwardMsg */
/** @typedef {'ws' | 'http-stream'} TransportName */

const firstLoadPage = defineApp((st) => {
  for (let i = 0; i < 5000; i++) st.text(`row ${i}: a line of the first load`);
});
const sliderPage = defineApp((st) => {
  const value = st.slider('Value', { minValue: 0, maxValue: 100_000, value: 0, key: 'value' });
  for (let i = 0; i < 1000; i++) st.text(i === 500 ? `value is ${value}` : `row ${i}`);
});

/**
 * Serves `app` at /app; counts the bytes its sockets write.
 * @param {import('@lit-ui/core').App} app
 * @param {{ compress?: boolean, perMessageDeflate?: boolean, compressFrames?: boolean }} options
 */
async function serve(app, options) {
  const host = express();
  const ui = liteUi(app, { basePath: '/app', ...options });
  host.use('/app', ui);
  const server = createServer(host);
  /** @type {Set<import('node:net').Socket>} */
  const sockets = new Set();
  let closedBytes = 0;
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.once('close', () => {
      closedBytes += socket.bytesWritten;
      sockets.delete(socket);
    });
  });
  ui.attach(server);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    mount: `http://127.0.0.1:${address.port}/app`,
    bytesWritten: () => closedBytes + [...sockets].reduce((sum, socket) => sum + socket.bytesWritten, 0),
    close: async () => {
      await ui.close();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(() => resolve(undefined)));
    },
  };
}

/**
 * A client over one transport that resolves `idle()` when the session's run is over.
 * @param {string} mount
 * @param {TransportName} transport
 */
function client(mount, transport) {
  /** @type {(() => void) | undefined} */
  let waiting;
  /** @type {string | undefined} */
  let sliderId;
  const connection = connectToApp({
    src: mount,
    base: mount,
    transport,
    WebSocket: /** @type {new (url: string) => globalThis.WebSocket} */ (/** @type {unknown} */ (WebSocket)),
    store: null,
    hello: () => ({ url: `${mount}/`, query: '' }),
    onMessage: (/** @type {ForwardMsg} */ msg) => {
      if (msg.type === 'delta' && 'element' in msg && msg.element.type === 'slider' && typeof msg.element['id'] === 'string')
        sliderId = msg.element['id'];
      if (msg.type === 'sessionStatus' && msg.state === 'idle' && waiting) {
        const resolve = waiting;
        waiting = undefined;
        resolve();
      }
    },
  });
  return {
    connection,
    get sliderId() {
      return sliderId;
    },
    idle: () => /** @type {Promise<void>} */ (new Promise((resolve) => (waiting = resolve))),
  };
}

/** How the first load is measured: nothing compressed, lit-ui's defaults, or with permessage-deflate on. */
const FIRST_LOAD_MODES = {
  plain: { compress: false, perMessageDeflate: false, compressFrames: false },
  defaults: {},
  deflate: { compress: true, perMessageDeflate: true },
};

/**
 * Bytes the server wrote until the first load of the 5,000-element page was shown.
 * @param {TransportName} transport
 * @param {keyof typeof FIRST_LOAD_MODES} mode
 */
async function firstLoadBytes(transport, mode) {
  const server = await serve(firstLoadPage, FIRST_LOAD_MODES[mode]);
  const c = client(server.mount, transport);
  await c.idle();
  const bytes = server.bytesWritten();
  c.connection.close();
  await server.close();
  return bytes;
}

/**
 * Median bytes written and latency per slider interaction on the 1,000-element page.
 * @param {TransportName} transport
 * @param {number} interactions
 */
async function interactionCost(transport, interactions) {
  const server = await serve(sliderPage, {});
  const c = client(server.mount, transport);
  await c.idle();
  /** @type {number[]} */
  const bytes = [];
  /** @type {number[]} */
  const ms = [];
  for (let i = 1; i <= interactions; i++) {
    const before = server.bytesWritten();
    const start = performance.now();
    const idle = c.idle();
    c.connection.send({ type: 'rerunScript', widgets: [{ id: c.sliderId ?? '', value: i }] });
    await idle;
    ms.push(performance.now() - start);
    bytes.push(server.bytesWritten() - before);
  }
  c.connection.close();
  await server.close();
  return { bytes: median(bytes), ms: median(ms), p95Ms: percentile(ms, 0.95) };
}

/** @param {number[]} values */
const median = (values) => percentile(values, 0.5);
/** @param {number[]} values @param {number} p */
function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
}

/**
 * Runs every transport measure.
 * @param {number} [interactions]
 */
export async function transportBench(interactions = 100) {
  /** @type {Record<string, { firstLoadBytes: number, firstLoadDefaultBytes: number, firstLoadCompressedBytes: number, interactionBytes: number, interactionP50Ms: number, interactionP95Ms: number }>} */
  const results = {};
  for (const transport of /** @type {TransportName[]} */ (['ws', 'http-stream'])) {
    const plain = await firstLoadBytes(transport, 'plain');
    const defaults = await firstLoadBytes(transport, 'defaults');
    const compressed = await firstLoadBytes(transport, 'deflate');
    const cost = await interactionCost(transport, interactions);
    results[transport] = {
      firstLoadBytes: plain,
      firstLoadDefaultBytes: defaults,
      firstLoadCompressedBytes: compressed,
      interactionBytes: cost.bytes,
      interactionP50Ms: Number(cost.ms.toFixed(2)),
      interactionP95Ms: Number(cost.p95Ms.toFixed(2)),
    };
  }
  return results;
}
