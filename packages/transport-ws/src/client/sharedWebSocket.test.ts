import type { ForwardMsg } from '@lit-ui/core/protocol';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket as NodeWebSocket } from 'ws';
import { createFakeRuntime, type FakeConnection } from '../../test/fakeRuntime.js';
import { loopbackServer, until } from '../../test/loopbackServer.js';
import { attachWebSocket } from '../attachWebSocket.js';
import { connectWebSocket } from './connectWebSocket.js';
import { sharedWebSocket } from './sharedWebSocket.js';
import type { WebSocketClientOptions } from './types.js';

// ws's class implements the browser WebSocket API the client uses; its declared types differ in detail.
const Real = NodeWebSocket as unknown as NonNullable<WebSocketClientOptions['WebSocket']>;

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function nextType(connection: FakeConnection): Promise<unknown> {
  return (JSON.parse((await connection.frames.next()) as string) as { type: unknown }).type;
}

async function setup() {
  const http = await loopbackServer();
  const upgrades: string[] = [];
  http.server.on('upgrade', (req: { url?: string }) => upgrades.push(req.url ?? ''));
  const a = createFakeRuntime();
  const b = createFakeRuntime();
  const c = createFakeRuntime();
  const transports = [
    attachWebSocket(http.server, a, { path: '/a/_lit-ui/ws' }),
    attachWebSocket(http.server, b, { path: '/b/_lit-ui/ws' }),
    // An app that does not serve the shared endpoint: its channel is refused and it gets a socket of its own.
    attachWebSocket(http.server, c, { path: '/c/_lit-ui/ws', multiplex: false }),
  ];
  const connect = (mount: string, WebSocket = sharedWebSocket(Real), onMessage: (msg: ForwardMsg) => void = () => undefined) => {
    const client = connectWebSocket({
      url: `ws://127.0.0.1:${http.port}${mount}/_lit-ui/ws`,
      WebSocket,
      store: null,
      hello: () => ({ url: `http://example.test${mount}` }),
      onMessage,
      reconnect: { retryDelayMs: 4, maxRetryDelayMs: 20 },
    });
    cleanups.push(() => client.close());
    return client;
  };
  cleanups.push(async () => {
    for (const transport of transports) await transport.close();
    await http.close();
  });
  return { http, upgrades, runtimes: { a, b, c }, connect };
}

describe('sharedWebSocket', () => {
  it('carries the apps of one server on one socket; a refused channel opens its own socket', async () => {
    const { upgrades, runtimes, connect } = await setup();
    connect('/a');
    connect('/b');
    connect('/c');
    const [a, b, c] = await Promise.all([runtimes.a.connections.next(), runtimes.b.connections.next(), runtimes.c.connections.next()]);
    expect(await Promise.all([nextType(a), nextType(b), nextType(c)])).toEqual(['hello', 'hello', 'hello']);
    // The refused app's own socket asks for gzip frames, as every lit-ui socket does.
    expect(upgrades).toEqual(['/a/_lit-ui/mux?frames=gzip', '/c/_lit-ui/ws?frames=gzip']);
    expect(a.conn.context.url).toMatch(/\/a\/_lit-ui\/ws(\?frames=gzip)?$/);
  });

  it('closes the shared socket with its last channel, and opens a new one for the next app', async () => {
    const { http, upgrades, runtimes, connect } = await setup();
    const first = connect('/a');
    const second = connect('/b');
    const [a, b] = [await runtimes.a.connections.next(), await runtimes.b.connections.next()];
    first.close();
    await a.whenClosed;
    expect(b.closed).toBe(false);
    second.close();
    await b.whenClosed;
    await until(() => http.sockets.size === 0);
    connect('/b');
    await runtimes.b.connections.next();
    expect(upgrades).toEqual(['/a/_lit-ui/mux?frames=gzip', '/b/_lit-ui/mux?frames=gzip']);
  });

  it("sends a channel's large batches as gzip frames (the whole frame, channel id included), small ones as text", async () => {
    const { upgrades, runtimes, connect } = await setup();
    const frames: boolean[] = [];
    /** Real sockets that record whether each frame they receive is binary. */
    class Recording extends NodeWebSocket {
      constructor(url: string) {
        super(url);
        this.on('message', (_data, isBinary) => frames.push(isBinary));
      }
    }
    const received: ForwardMsg[] = [];
    connect('/a', sharedWebSocket(Recording as unknown as typeof Real), (msg) => received.push(msg));
    const a = await runtimes.a.connections.next();
    expect(await nextType(a)).toBe('hello');
    const big = Array.from({ length: 400 }, (_, i) => ({ type: 'delta', path: [0, i], element: { type: 'text', body: `row ${i}: a line` } }));
    const sent = Number(a.conn.send(big as unknown as ForwardMsg[]));
    expect(sent * 5).toBeLessThan(JSON.stringify(big).length);
    a.conn.send([{ type: 'ack', seq: 0, cseq: 1 }] as unknown as ForwardMsg[]);
    await until(() => received.length === 401);
    expect(received.slice(0, 400)).toEqual(big);
    expect(received[400]).toEqual({ type: 'ack', seq: 0, cseq: 1 });
    // The channel's "open", the big batch, the ack.
    expect(frames).toEqual([false, true, false]);
    expect(upgrades).toContain('/a/_lit-ui/mux?frames=gzip');
  });
});
