// A server process of the page bench: the page of size N (argv[2]) served by the Express adapter over
// WebSocket on 127.0.0.1. Run with --expose-gc. It tells its parent its port, and answers
// { type: 'memory' } with its RSS and heap after a full GC. LIT_UI_ASSETS_DIR serves another build of
// the browser bundle (a copy of packages/ui-lit/dist/browser), to compare two builds' first loads.
import express from 'express';
import { liteUi } from '@lit-ui/adapter-express';
import { pageApp } from './pageApp.mjs';

const n = Number(process.argv[2]);
/** V8's full GC, exposed by --expose-gc. */
const gc = () => {
  if (!globalThis.gc) throw new Error('run the page server with --expose-gc');
  void globalThis.gc();
};
const host = express();
// Every client of the bench comes from 127.0.0.1: lift the per-address caps (defaults 100).
const assetsDir = process.env.LIT_UI_ASSETS_DIR;
const ui = liteUi(pageApp(n), {
  basePath: '/page',
  title: `page of ${n}`,
  maxConnectionsPerIp: 100_000,
  maxSessionsPerIp: 100_000,
  ...(assetsDir ? { assetsDir } : {}),
});
host.use('/page', ui);
/** @param {import('./server.mjs').ServerReply} reply */
const reply = (reply) => process.send?.(reply);
const server = host.listen(0, '127.0.0.1', () => {
  ui.attach(server);
  reply({ type: 'ready', port: /** @type {import('node:net').AddressInfo} */ (server.address()).port });
});

/** Answers one request of the bench. @param {{ type: string, settleMs?: number, file?: string }} msg */
async function answer(msg) {
  if (msg.type === 'memory') {
    // The young generation's pages become resident as they are first used: use them all (80 MB of
    // short-lived garbage), so that both measurements of a slope count them and they cancel out.
    let sink = 0;
    for (let i = 0; i < 80_000; i++) sink += new Array(128).fill(i).length;
    if (sink < 0) console.log(sink);
    // Several full GCs, a turn of the event loop apart: finalizers and weak references settle, and
    // each GC compacts some of the pages that short-lived messages left half empty.
    for (let i = 0; i < 6; i++) {
      gc();
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    // V8 gives freed pages back to the system on a background thread: let it before reading RSS.
    await new Promise((resolve) => setTimeout(resolve, msg.settleMs ?? 500));
    const { rss, heapUsed, heapTotal, external, arrayBuffers } = process.memoryUsage();
    const { getHeapSpaceStatistics } = await import('node:v8');
    const spaces = Object.fromEntries(getHeapSpaceStatistics().map((s) => [s.space_name, { size: s.space_size, used: s.space_used_size }]));
    reply({ type: 'memory', rss, heapUsed, heapTotal, external, arrayBuffers, spaces, sessions: ui.runtime.sessionCount });
  } else if (msg.type === 'heapSnapshot') {
    gc();
    const { writeHeapSnapshot } = await import('node:v8');
    reply({ type: 'heapSnapshot', file: writeHeapSnapshot(msg.file) });
  } else if (msg.type === 'stop') {
    await ui.close();
    server.closeAllConnections();
    server.close(() => process.exit(0));
  }
}

process.on('message', (msg) => void answer(/** @type {{ type: string, settleMs?: number, file?: string }} */ (msg)));
