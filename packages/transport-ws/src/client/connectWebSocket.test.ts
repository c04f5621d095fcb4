import { PROTOCOL_VERSION, type ForwardMsg, type NewSessionMsg } from '@lit-ui/core/protocol';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WebSocket as NodeWebSocket } from 'ws';
import { createFakeRuntime, type FakeConnection } from '../../test/fakeRuntime.js';
import { loopbackServer, until, type LoopbackServer } from '../../test/loopbackServer.js';
import { attachWebSocket } from '../attachWebSocket.js';
import { connectWebSocket } from './connectWebSocket.js';
import type { ConnectionStatus, WebSocketClientOptions } from './types.js';

const PATH = '/app/_lit-ui/ws';
// ws's class implements the browser WebSocket API the client uses; its declared types differ in detail.
const WebSocket = NodeWebSocket as unknown as NonNullable<WebSocketClientOptions['WebSocket']>;
const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const newSession = (sessionId: string, resumed: boolean): NewSessionMsg => ({
  type: 'newSession',
  seq: 0,
  sessionId,
  sessionToken: `token-of-${sessionId}`,
  protocolVersion: PROTOCOL_VERSION,
  resumed,
  config: { staleDelayMs: 400, sessionTtlMs: 120_000, debounceMs: 120 },
});
const status = (seq: number): ForwardMsg => ({ type: 'sessionStatus', seq, state: 'idle', runId: `r${seq}` });

async function setup(overrides: Partial<WebSocketClientOptions> = {}) {
  const http = await loopbackServer();
  const runtime = createFakeRuntime();
  const transport = attachWebSocket(http.server, runtime, { path: PATH });
  const received: ForwardMsg[] = [];
  const statuses: ConnectionStatus[] = [];
  const client = connectWebSocket({
    url: `ws://127.0.0.1:${http.port}${PATH}`,
    WebSocket,
    store: null,
    hello: () => ({ url: 'http://example.test/app', pagePath: '' }),
    onMessage: (msg) => received.push(msg),
    onStatus: (next) => statuses.push(next),
    reconnect: { retryDelayMs: 4, maxRetryDelayMs: 20 },
    ...overrides,
  });
  cleanups.push(
    () => client.close(),
    () => transport.close(),
    () => http.close(),
  );
  return { http, runtime, client, received, statuses };
}

async function nextJson(connection: FakeConnection): Promise<Record<string, unknown>> {
  const frame = await connection.frames.next();
  expect(typeof frame).toBe('string');
  return JSON.parse(frame as string) as Record<string, unknown>;
}

function killConnections(http: LoopbackServer): void {
  for (const socket of http.sockets) socket.destroy();
}

describe('connectWebSocket', () => {
  it('sends hello first and BackMsgs as raw text frames', async () => {
    const { runtime, client } = await setup();
    const server = await runtime.connections.next();
    const hello = await nextJson(server);
    expect(hello).toMatchObject({ type: 'hello', cseq: 0, protocolVersion: PROTOCOL_VERSION, url: 'http://example.test/app' });
    expect(hello).not.toHaveProperty('sessionId');
    expect(client.status).toBe('connected');
    expect(client.send({ type: 'rerunScript', widgets: [{ id: 'w', value: 1 }] })).toBe(1);
    expect(await nextJson(server)).toEqual({ type: 'rerunScript', widgets: [{ id: 'w', value: 1 }], cseq: 1 });
  });

  it('resumes after the server side dies: hello with session and lastSeq, re-sends un-acked, drops replays', async () => {
    const { http, runtime, client, received, statuses } = await setup();
    const first = await runtime.connections.next();
    await nextJson(first);
    first.conn.send([newSession('s1', false), status(1), status(2)]);
    await until(() => received.length === 3);
    expect(client.sessionId).toBe('s1');

    client.send({ type: 'stopScript' });
    client.send({ type: 'dialogClosed', id: 'd' });
    expect((await nextJson(first))['cseq']).toBe(1);
    expect((await nextJson(first))['cseq']).toBe(2);
    first.conn.send([{ type: 'ack', seq: 0, cseq: 1 }]);
    await until(() => received.some((m) => m.type === 'ack'));

    killConnections(http);
    const second = await runtime.connections.next();
    await first.whenClosed;
    expect(await nextJson(second)).toMatchObject({ type: 'hello', cseq: 0, sessionId: 's1', sessionToken: 'token-of-s1', lastSeq: 2 });
    expect(await nextJson(second)).toEqual({ type: 'dialogClosed', id: 'd', cseq: 2 });

    second.conn.send([newSession('s1', true), status(2), status(3)]);
    await until(() => received.some((m) => m.seq === 3));
    expect(received.filter((m) => m.type === 'sessionStatus').map((m) => m.seq)).toEqual([1, 2, 3]);
    expect(statuses).toEqual(['connected', 'reconnecting', 'connected']);
  });

  it('keeps retrying while the server refuses, queueing BackMsgs meanwhile', async () => {
    const { http, runtime, client, statuses } = await setup();
    await runtime.connections.next();
    let refusals = 0;
    http.server.prependListener('upgrade', (_req, socket) => {
      if (refusals++ < 3) socket.destroy();
    });
    killConnections(http);
    await until(() => client.status === 'reconnecting');
    client.send({ type: 'stopScript' });
    const back = await runtime.connections.next();
    expect((await nextJson(back))['type']).toBe('hello');
    expect(await nextJson(back)).toEqual({ type: 'stopScript', cseq: 1 });
    expect(refusals).toBeGreaterThanOrEqual(4);
    expect(statuses.at(-1)).toBe('connected');
  });

  it('reconnects after a malformed frame', async () => {
    const { runtime } = await setup();
    const first = await runtime.connections.next();
    // The fake runtime can send anything; a real one only sends arrays.
    first.conn.send({ not: 'an array' } as unknown as ForwardMsg[]);
    await first.whenClosed;
    const second = await runtime.connections.next();
    expect((await nextJson(second))['type']).toBe('hello');
  });

  it('stops for good after close() and after a ProtocolVersion error', async () => {
    const { runtime, client, statuses } = await setup();
    const first = await runtime.connections.next();
    client.close();
    expect(client.status).toBe('closed');
    await first.whenClosed;
    expect(statuses.at(-1)).toBe('closed');

    const other = await setup();
    const server = await other.runtime.connections.next();
    await nextJson(server);
    server.conn.send([{ type: 'error', seq: 0, code: 'ProtocolVersion', message: 'server speaks 2' }]);
    await server.whenClosed;
    expect(other.client.status).toBe('closed');
    expect(other.received.map((m) => m.type)).toEqual(['error']);

    // Long enough for several retries at 4–20 ms: none must happen.
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(runtime.connections.items).toHaveLength(1);
    expect(other.runtime.connections.items).toHaveLength(1);
  });

  it('keeps the session id in the given store under the default key', async () => {
    const items = new Map<string, string>();
    const store = {
      getItem: (key: string) => items.get(key) ?? null,
      setItem: (key: string, value: string) => void items.set(key, value),
      removeItem: (key: string) => void items.delete(key),
    };
    const { http, runtime, received } = await setup({ store });
    const server = await runtime.connections.next();
    server.conn.send([newSession('kept', false)]);
    await until(() => received.length === 1);
    expect(items.get(`lit-ui:session:ws://127.0.0.1:${http.port}${PATH}`)).toBe('kept');
    expect(items.get(`lit-ui:session:ws://127.0.0.1:${http.port}${PATH}:token`)).toBe('token-of-kept');
  });

  it('a 4429 refusal: status refused once per refusal with a growing back-off, its error kept out of onMessage; retry() tries now', async () => {
    const refusedStatuses: Array<{ attempt: number; retryInMs: number }> = [];
    const { runtime, client, received, statuses } = await setup({
      reconnect: { retryDelayMs: 4, maxRetryDelayMs: 20, refusedRetryDelayMs: 40, maxRefusedRetryDelayMs: 10_000 },
      onStatus: (next) => {
        statuses.push(next);
        if (next === 'refused') refusedStatuses.push({ attempt: client.refusal!.attempt, retryInMs: client.refusal!.retryInMs });
      },
    });
    const refuse = async () => {
      const server = await runtime.connections.next();
      await nextJson(server);
      server.conn.send([{ type: 'error', seq: 0, code: 'TooManySessions', message: 'The server has reached its limit of 1 sessions.' }]);
      server.conn.close(4429, 'too many sessions');
      await server.whenClosed;
    };
    await refuse();
    await until(() => refusedStatuses.length === 1);
    await refuse();
    await until(() => refusedStatuses.length === 2);
    expect(client.status).toBe('refused');
    expect(client.refusal).toMatchObject({ code: 'TooManySessions', message: 'The server has reached its limit of 1 sessions.', attempt: 2 });
    // Equal jitter: attempt n waits in [d/2, d) with d = 40 · 2^(n-1), so each wait is longer than the one before.
    expect(refusedStatuses[0]!.retryInMs).toBeGreaterThanOrEqual(20);
    expect(refusedStatuses[1]!.retryInMs).toBeGreaterThan(refusedStatuses[0]!.retryInMs);
    expect(received).toEqual([]);

    client.retry!();
    const server = await runtime.connections.next();
    await nextJson(server);
    server.conn.send([newSession('s9', false)]);
    await until(() => client.status === 'connected');
    expect(client.refusal).toBeUndefined();
    // The first socket opened before the server said no; later attempts stay `refused` until a session starts.
    expect(statuses).toEqual(['connected', 'refused', 'refused', 'connected']);
  });

  it('stops for good after a 4403 (origin refused)', async () => {
    const { runtime, client } = await setup();
    const server = await runtime.connections.next();
    await nextJson(server);
    server.conn.close(4403, 'OriginRefused');
    await server.whenClosed;
    await until(() => client.status === 'closed');
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(runtime.connections.items).toHaveLength(1);
  });

  it('throws without a WebSocket constructor', () => {
    vi.stubGlobal('WebSocket', undefined);
    cleanups.push(() => void vi.unstubAllGlobals());
    expect(() => connectWebSocket({ url: 'ws://127.0.0.1:1/x', hello: () => ({}), onMessage: () => undefined })).toThrow(TypeError);
  });
  it('reconnects at once, without back-off, after a close with 1012 (a server draining)', async () => {
    const { runtime } = await setup({ reconnect: { retryDelayMs: 60_000, maxRetryDelayMs: 60_000 } });
    const first = await runtime.connections.next();
    await nextJson(first);
    first.conn.send([newSession('s1', false)]);
    first.conn.close(1012, 'session shutdown');
    const second = await runtime.connections.next();
    expect(await nextJson(second)).toMatchObject({ type: 'hello', sessionId: 's1' });
  });
});
