import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { defineApp } from '@lit-ui/core';
import { createRouteHandlers } from './createRouteHandlers.js';
import { closeRegisteredApps } from './runtimeRegistry.js';
import { attachNextWebSocket } from './server.js';

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  await closeRegisteredApps();
});

/** The first message a WebSocket client receives, or the HTTP status its upgrade was refused with. */
function firstFrame(url: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url);
    cleanups.push(() => ws.terminate());
    ws.once('open', () => ws.send(JSON.stringify({ type: 'hello', cseq: 0, protocolVersion: 1 })));
    ws.once('message', (data) => resolve(Buffer.isBuffer(data) ? data.toString('utf8') : 'a frame in pieces'));
    ws.once('unexpected-response', (_req, res) => resolve(`HTTP ${res.statusCode}`));
    ws.once('error', reject);
  });
}

describe('attachNextWebSocket', () => {
  it('takes the upgrades of registered apps before other listeners (Next ends those its routes match), leaves every other one to them, and health then lists ws first', async () => {
    const passedOn: string[] = [];
    // As Next's own listener: it ends every upgrade it sees here (an app route matches /explorer/_lit-ui/ws).
    const nextUpgrade = (req: IncomingMessage, socket: Duplex) => {
      passedOn.push(req.url ?? '');
      socket.end('HTTP/1.1 426 Upgrade Required\r\nContent-Length: 0\r\n\r\n');
    };
    const server = createServer((_req, res) => res.end());
    const original: unknown = Reflect.get(server, 'emit');
    const ws = attachNextWebSocket(server);
    server.on('upgrade', nextUpgrade);
    cleanups.push(
      () => new Promise((resolve) => server.close(resolve)),
      () => ws.close(),
      () => server.closeAllConnections(),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `ws://127.0.0.1:${(server.address() as AddressInfo).port}`;

    // Before any request reached the route, /explorer is not a lit-ui app yet: Next gets the upgrade.
    expect(await firstFrame(`${base}/explorer/_lit-ui/ws`)).toBe('HTTP 426');

    const { GET } = createRouteHandlers(
      defineApp((st) => st.text('over ws')),
      { mount: '/explorer' },
    );
    const health = await GET(new Request('http://next.test/explorer/_lit-ui/health'));
    expect(await health.json()).toMatchObject({ transports: ['ws', 'ws-mux', 'http-stream'] });

    expect(JSON.parse(await firstFrame(`${base}/explorer/_lit-ui/ws`))).toEqual(
      expect.arrayContaining([expect.objectContaining({ type: 'newSession' })]),
    );
    expect(await firstFrame(`${base}/_next/webpack-hmr?page=/`)).toBe('HTTP 426');
    expect(passedOn).toEqual(['/explorer/_lit-ui/ws', '/_next/webpack-hmr?page=/']);
    await ws.close();
    expect(Reflect.get(server, 'emit')).toBe(original);
  });
});
