import type { Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { defineApp } from '@lit-ui/core';
import { liteUi, type LiteUiRouter } from '@lit-ui/adapter-express';
import { attachTransport, E2E_TRANSPORT, launchChromium } from './harness.js';

/**
 * Issue 12: two apps from one server on a plain host page share one
 * WebSocket (`<mount>/_lit-ui/mux`, a channel per app). Over HTTP streaming
 * (the e2e-http-stream run, no WebSocket attached) the page opens none.
 */
const counter = (name: string, lines = 0) =>
  defineApp((st) => {
    st.sessionState['clicks'] ??= 0;
    if (st.button(`Add to ${name}`)) st.sessionState['clicks'] = (st.sessionState['clicks'] as number) + 1;
    st.text(`${name} has ${st.sessionState['clicks'] as number} clicks`);
    // A first page large enough (JSON over 8 KB) to travel as a gzip frame on the shared socket.
    for (let i = 1; i <= lines; i++) st.text(`${name} line ${i} of ${lines}`);
  });

const HOST_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Two apps</title>
<script type="module" src="/orders/client.js"></script>
</head><body>
<main>
<lit-ui-app id="orders" src="/orders" theme="light"></lit-ui-app>
<lit-ui-app id="stock" src="/stock" theme="light"></lit-ui-app>
</main>
</body></html>`;

let browser: Browser;
let routers: LiteUiRouter[];
let server: Server;
let base: string;
const sockets = new Set<Socket>();

beforeAll(async () => {
  browser = await launchChromium();
  const host = express();
  routers = [liteUi(counter('Orders'), { basePath: '/orders' }), liteUi(counter('Stock', 150), { basePath: '/stock' })];
  host.get('/host', (_req, res) => void res.type('html').send(HOST_PAGE));
  host.use('/orders', routers[0]!);
  host.use('/stock', routers[1]!);
  server = host.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  server.on('upgrade', (_req, socket: Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  for (const router of routers) attachTransport(() => router.attach(server));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await browser?.close();
  await Promise.all((routers ?? []).map((router) => router.close()));
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
});

describe('two apps of one server on a page', () => {
  it('share one WebSocket, both answer, and both come back after the socket drops', async () => {
    const page = await browser.newPage();
    const opened: string[] = [];
    let gzipFrames = 0;
    page.on('websocket', (ws) => {
      opened.push(new URL(ws.url()).pathname);
      ws.on('framereceived', (frame) => void (typeof frame.payload !== 'string' && gzipFrames++));
    });
    await page.goto(`${base}/host`);
    for (const id of ['orders', 'stock']) await page.locator(`#${id}[run-state="idle"][active-transport="${E2E_TRANSPORT}"]`).waitFor();

    await page.locator('#orders').getByRole('button', { name: 'Add to Orders' }).click();
    await page.locator('#orders').getByText('Orders has 1 clicks').waitFor();
    await page.locator('#stock').getByRole('button', { name: 'Add to Stock' }).click();
    await page.locator('#stock').getByRole('button', { name: 'Add to Stock' }).click();
    await page.locator('#stock').getByText('Stock has 2 clicks').waitFor();
    expect(await page.locator('#orders').getByText('Orders has 1 clicks').count()).toBe(1);
    expect(opened).toEqual(E2E_TRANSPORT === 'ws' ? [expect.stringMatching(/^\/(orders|stock)\/_lit-ui\/mux$/)] : []);
    // Stock's first page came as a gzip frame of the shared socket, and shows to its last line.
    await page.locator('#stock').getByText('Stock line 150 of 150').waitFor();
    if (E2E_TRANSPORT === 'ws') expect(gzipFrames).toBeGreaterThan(0);

    // The network drops the shared socket: each app resumes its own session on a new one.
    for (const socket of sockets) socket.destroy();
    await page.locator('#stock').getByRole('button', { name: 'Add to Stock' }).click();
    await page.locator('#stock').getByText('Stock has 3 clicks').waitFor();
    await page.locator('#orders').getByRole('button', { name: 'Add to Orders' }).click();
    await page.locator('#orders').getByText('Orders has 2 clicks').waitFor();
    if (E2E_TRANSPORT === 'ws') {
      expect(opened).toHaveLength(2);
      expect(sockets.size).toBe(1);
    }

    // One app leaves the page: the other keeps the socket.
    await page.locator('#orders').evaluate((el) => el.remove());
    await page.locator('#stock').getByRole('button', { name: 'Add to Stock' }).click();
    await page.locator('#stock').getByText('Stock has 4 clicks').waitFor();
    expect(opened).toHaveLength(E2E_TRANSPORT === 'ws' ? 2 : 0);
    await page.close();
  });
});
