/**
 * One worker of the cluster example: the explorer (or the app module named
 * by `APP`) behind Express, its sessions and `cacheData` in Redis, a routing
 * cookie for nginx, and a graceful stop on SIGTERM. Run several behind nginx
 * (`start.ts` does it all; docs/deployment.md explains it).
 *
 * Environment: `PORT` (default 3001), `REDIS_URL` (default
 * redis://127.0.0.1:6379), `WORKER_ID` (default worker-<pid>), `APP` (a
 * module whose default export is the app; default the explorer), `STORE`
 * (`none`: no Redis stores), `TRANSPORT` (`http-stream`: no WebSocket, so
 * clients use HTTP streaming through nginx).
 */
import { liteUi } from '@lit-ui/adapter-express';
import type { App, Logger } from '@lit-ui/core';
import { createRedisStores } from '@lit-ui/store-redis';
import express from 'express';
import { routeCookie } from './routeCookie.js';

const port = Number(process.env['PORT'] ?? 3001);
const workerId = process.env['WORKER_ID'] ?? `worker-${process.pid}`;
const appModule = process.env['APP'] ?? new URL('../explorer/app.ts', import.meta.url).href;
const app = ((await import(appModule)) as { default: App }).default;

/** One JSON line per event on stdout, with the worker's id (what a log collector wants). */
const log = (level: string, message: string, details?: unknown): void => {
  const extra = details instanceof Error ? { error: details.message } : details === undefined ? {} : { details };
  process.stdout.write(`${JSON.stringify({ time: new Date().toISOString(), worker: workerId, level, message, ...extra })}\n`);
};
const logger: Logger = { info: (m, d) => log('info', m, d), warn: (m, d) => log('warn', m, d), error: (m, d) => log('error', m, d) };

// Three lines make a worker of the cluster: the stores, spread into the options, and a drain on SIGTERM.
// (`STORE=none` runs without them, sessions in this process only: the bench's baseline.)
const stores =
  process.env['STORE'] === 'none'
    ? undefined
    : createRedisStores({ url: process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379', prefix: 'explorer', logger });
// Behind nginx: client addresses and the page's origin come from its X-Forwarded-* headers.
const ui = liteUi(app, { ...stores, title: 'lit-ui explorer', cluster: { workerId }, logger, trustProxy: true, showErrorDetails: false });

const host = express();
host.disable('x-powered-by');
host.use(routeCookie());
host.use('/', ui);
const server = host.listen(port, '127.0.0.1', () => log('info', `listening on 127.0.0.1:${port}`));
if (process.env['TRANSPORT'] !== 'http-stream') ui.attach(server);

let stopping = false;
process.on('SIGTERM', () => {
  if (stopping) return;
  stopping = true;
  log('info', 'draining');
  // No new connections (nginx moves on to the next worker), then sessions are written and their clients sent elsewhere.
  server.close();
  server.closeIdleConnections();
  void ui.runtime
    .drain()
    .then(() => ui.close())
    .then(() => stores?.close())
    .then(() => {
      log('info', 'stopped');
      process.exit(0);
    });
});
