// Server memory per WebSocket with lit-ui's default compression (gzip frames) and with permessage-deflate on
// (issue 11): 100 clients in a child process each load a 1,000-element page; the server's RSS growth is divided
// by the client count. Reported, never asserted.
import { fork } from 'node:child_process';
import { createServer } from 'node:http';
import express from 'express';
import WebSocket from 'ws';
import { defineApp } from '@lit-ui/core';
import { liteUi } from '@lit-ui/adapter-express';

const CLIENTS = 100;

/**
 * Child process: opens `count` sockets to `url`, each until its first run is idle, then reports and waits.
 * @param {string} url
 * @param {number} count
 */
async function clients(url, count) {
  /** @type {WebSocket[]} */
  const sockets = [];
  for (let i = 0; i < count; i++) {
    const ws = new WebSocket(`${url}?frames=gzip`, { perMessageDeflate: true });
    await new Promise((resolve) => {
      ws.on('open', () => ws.send(JSON.stringify({ type: 'hello', cseq: 1, protocolVersion: 1, clientId: `bench-${i}` })));
      // A gzip frame is the first load; the idle status follows as text.
      ws.on('message', (/** @type {Buffer} */ data, isBinary) => {
        if (!isBinary && data.toString('utf8').includes('"idle"')) resolve(undefined);
      });
    });
    sockets.push(ws);
  }
  process.send?.('ready');
  await new Promise(() => {});
}

const page = defineApp((st) => {
  const value = st.slider('Value', { minValue: 0, maxValue: 100, value: 0, key: 'value' });
  for (let i = 0; i < 1000; i++) st.text(i === 500 ? `value is ${value}` : `row ${i}: a line of the page`);
});

/**
 * RSS growth of this process per connected socket, in bytes.
 * @param {{ perMessageDeflate?: boolean }} options
 */
async function rssPerSocket(options) {
  const host = express();
  const ui = liteUi(page, { basePath: '/app', ...options });
  host.use('/app', ui);
  const server = createServer(host);
  ui.attach(server);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  global.gc?.();
  const before = process.memoryUsage().rss;
  const child = fork(new URL(import.meta.url).pathname, ['clients', `ws://127.0.0.1:${port}/app/_lit-ui/ws`, String(CLIENTS)]);
  await new Promise((resolve) => child.once('message', resolve));
  await new Promise((resolve) => setTimeout(resolve, 500));
  global.gc?.();
  const growth = process.memoryUsage().rss - before;
  child.kill();
  await ui.close();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(() => resolve(undefined)));
  return Math.round(growth / CLIENTS);
}

/**
 * {@link rssPerSocket} in a fresh process (an allocator keeps what an earlier measure freed).
 * @param {{ perMessageDeflate?: boolean }} options
 * @returns {Promise<number>}
 */
async function measured(options) {
  const server = fork(new URL(import.meta.url).pathname, ['server', options.perMessageDeflate ? 'deflate' : 'defaults'], {
    execArgv: ['--expose-gc'],
  });
  /** @type {number} */
  const bytes = await new Promise((resolve) => server.once('message', (message) => resolve(Number(message))));
  server.kill();
  return bytes;
}

/** Server RSS per socket, lit-ui's defaults and with permessage-deflate, in bytes. */
export async function socketMemoryBench() {
  const defaults = await measured({});
  const deflate = await measured({ perMessageDeflate: true });
  return { clients: CLIENTS, rssPerSocketDefaults: defaults, rssPerSocketDeflate: deflate, deflateCostPerSocket: deflate - defaults };
}

// Run as a child: the clients, or one measure.
if (process.argv[2] === 'clients') await clients(String(process.argv[3]), Number(process.argv[4]));
if (process.argv[2] === 'server') process.send?.(await rssPerSocket(process.argv[3] === 'deflate' ? { perMessageDeflate: true } : {}));
