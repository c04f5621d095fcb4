// A client that stops reading while its app produces 10,000 updates of 4 KB (40 MB in all), on each transport with
// the default backpressure limits: the most the server holds for it (the runtime's `outboundBytes` gauge, sampled)
// and the server heap's growth over the run. Reported, never asserted (tests/integration/backpressure.test.ts
// asserts the bound with small limits).
import { createServer, request } from 'node:http';
import express from 'express';
import WebSocket from 'ws';
import { defineApp } from '@lit-ui/core';
import { liteUi } from '@lit-ui/adapter-express';

/** @typedef {'ws' | 'http-stream'} TransportName */

const UPDATES = 10_000;
const PAD = 'x'.repeat(4000);
const HELLO = JSON.stringify({ type: 'hello', cseq: 0, protocolVersion: 1 });

/**
 * The app: a "Go" button; a run after it rewrites one slot 10,000 times, yielding every 20 updates.
 * @param {() => void} finished
 */
function producer(finished) {
  return defineApp(async (st) => {
    if (!st.button('Go')) return;
    const slot = st.empty();
    for (let i = 0; i < UPDATES; i++) {
      slot.text(`tick ${i} ${PAD}`);
      if (i % 20 === 19) await new Promise((resolve) => setImmediate(resolve));
    }
    finished();
  });
}

/**
 * What a batch of ForwardMsgs (parsed JSON) says: the "Go" button's id and the session's id and token, where present.
 * @param {unknown} batch
 */
function read(batch) {
  /** @type {{ go?: string, session?: string, token?: string }} */
  const found = {};
  for (const msg of Array.isArray(batch) ? /** @type {Record<string, unknown>[]} */ (batch) : []) {
    const element = /** @type {Record<string, unknown> | undefined} */ (msg['element']);
    if (msg['type'] === 'delta' && element?.['label'] === 'Go') found.go = String(element['id']);
    if (msg['type'] === 'newSession')
      [found.session, found.token] = [
        typeof msg['sessionId'] === 'string' ? msg['sessionId'] : '',
        typeof msg['sessionToken'] === 'string' ? msg['sessionToken'] : '',
      ];
  }
  return found;
}

/**
 * Opens a client over `transport` that reads until it has the button, then stops reading and clicks it.
 * @param {string} mount
 * @param {TransportName} transport
 * @returns {Promise<() => void>} closes the client
 */
async function pausedClicker(mount, transport) {
  if (transport === 'ws') {
    const ws = new WebSocket(`${mount.replace(/^http/, 'ws')}/_lit-ui/ws`, { perMessageDeflate: false });
    /** @type {string} */
    const id = await new Promise((resolve, reject) => {
      ws.on('message', (/** @type {Buffer} */ data) => {
        const found = read(JSON.parse(data.toString('utf8'))).go;
        if (found) resolve(found);
      });
      ws.once('error', reject);
      ws.once('open', () => ws.send(HELLO));
    });
    /** @type {{ _socket: import('node:net').Socket }} */ (/** @type {unknown} */ (ws))._socket.pause();
    ws.send(JSON.stringify({ cseq: 1, type: 'rerunScript', widgets: [{ id, value: true, trigger: true }] }));
    return () => ws.terminate();
  }
  /** @type {import('node:http').IncomingMessage} */
  const response = await new Promise((resolve, reject) => {
    const req = request(`${mount}/_lit-ui/stream`, { method: 'POST', headers: { 'content-type': 'application/json' } }, resolve);
    req.on('error', reject);
    req.end(HELLO);
  });
  let text = '';
  let session = '';
  let token = '';
  /** @type {string} */
  const id = await new Promise((resolve) => {
    response.setEncoding('utf8');
    response.on('data', (/** @type {string} */ chunk) => {
      text += chunk;
      for (const line of text.split('\n')) {
        if (!line.startsWith('data: ')) continue;
        /** @type {unknown} */
        let batch;
        try {
          batch = JSON.parse(line.slice(6));
        } catch {
          continue;
        }
        const { go: found, session: sid, token: tok } = read(batch);
        if (sid !== undefined) [session, token] = [sid, tok ?? ''];
        if (found) resolve(found);
      }
    });
  });
  response.pause();
  const sent = await fetch(`${mount}/_lit-ui/send`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-ndjson', 'x-lit-ui-session-id': session, 'x-lit-ui-session-token': token },
    body: JSON.stringify({ cseq: 1, type: 'rerunScript', widgets: [{ id, value: true, trigger: true }] }),
  });
  if (sent.status !== 202) throw new Error(`send: HTTP ${sent.status} ${await sent.text()}`);
  return () => response.destroy();
}

/**
 * One transport: the peak of what the server held for the paused client, and the heap's growth.
 * @param {TransportName} transport
 */
async function slowReader(transport) {
  /** @type {() => void} */
  let finished = () => undefined;
  const done = new Promise((resolve) => (finished = () => resolve(undefined)));
  /** @type {(() => import('@lit-ui/core').RuntimeGauges) | undefined} */
  let gauges;
  const host = express();
  const ui = liteUi(producer(finished), { basePath: '/app', metrics: { sink: { observe: (read) => (gauges = read) } } });
  host.use('/app', ui);
  const server = createServer(host);
  if (transport === 'ws') ui.attach(server);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  globalThis.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const close = await pausedClicker(`http://127.0.0.1:${port}/app`, transport);
  let peakOutbound = 0;
  let peakHeap = heapBefore;
  let running = true;
  void done.then(() => (running = false));
  while (running) {
    peakOutbound = Math.max(peakOutbound, gauges?.().outboundBytes ?? 0);
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
  close();
  await ui.close();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(() => resolve(undefined)));
  return { producedBytes: UPDATES * PAD.length, peakOutboundBytes: peakOutbound, peakHeapGrowthBytes: peakHeap - heapBefore };
}

/** Both transports, one after the other. */
export async function slowReaderBench() {
  return { ws: await slowReader('ws'), 'http-stream': await slowReader('http-stream') };
}
