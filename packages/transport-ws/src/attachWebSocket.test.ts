import type { IncomingMessage } from 'node:http';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WebSocket } from 'ws';
import type { OriginOptions } from '@lit-ui/core';
import { createFakeRuntime } from '../test/fakeRuntime.js';
import { loopbackServer, until, type LoopbackServer } from '../test/loopbackServer.js';
import { attachWebSocket, WS_PATH_SUFFIX, type WebSocketTransportOptions } from './index.js';

/** `expect.stringContaining`, typed: Vitest declares its asymmetric matchers as `any`. */
const containing = (text: string): unknown => expect.stringContaining(text);

const PATH = `/app${WS_PATH_SUFFIX}`;
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function setup(options: Partial<WebSocketTransportOptions> = {}, origins: OriginOptions = {}) {
  const http = await loopbackServer();
  const runtime = createFakeRuntime(origins);
  const transport = attachWebSocket(http.server, runtime, { path: PATH, ...options });
  cleanups.push(
    () => http.close(),
    () => transport.close(),
  );
  return { http, runtime, transport };
}

/** Opens a `ws` client; resolves when open, or rejects with the HTTP status of a refused upgrade. */
function open(http: LoopbackServer, path = PATH, options: ConstructorParameters<typeof WebSocket>[2] = {}) {
  const ws = new WebSocket(`ws://127.0.0.1:${http.port}${path}`, options);
  cleanups.push(async () => ws.terminate());
  return new Promise<WebSocket>((resolve, reject) => {
    ws.once('open', () => resolve(ws));
    ws.once('unexpected-response', (_req, res: IncomingMessage) => reject(new Error(`HTTP ${res.statusCode}`)));
    ws.once('error', reject);
  });
}

function closeOf(ws: WebSocket): Promise<{ code: number; reason: string }> {
  return new Promise((resolve) => ws.once('close', (code, reason) => resolve({ code, reason: reason.toString() })));
}

function messageOf(ws: WebSocket): Promise<{ text: string; isBinary: boolean }> {
  return new Promise((resolve) => ws.once('message', (data, isBinary) => resolve({ text: (data as Buffer).toString('utf8'), isBinary })));
}

describe('attachWebSocket', () => {
  it('hands text frames over raw and sends each batch as one text frame', async () => {
    const { http, runtime, transport } = await setup();
    const ws = await open(http, `${PATH}?tab=1`, { headers: { cookie: 'theme=dark' } });
    const server = await runtime.connections.next();
    expect(transport.clientCount).toBe(1);
    expect(server.conn.context.url).toBe(`http://127.0.0.1:${http.port}${PATH}?tab=1`);
    expect(server.conn.context.cookies['theme']).toBe('dark');
    expect(server.conn.context.ip).toBe('127.0.0.1');
    expect(server.conn.bufferedBytes).toBe(0);

    ws.send('{"type":"hello","cseq":0}');
    ws.send('not json at all');
    expect(await server.frames.next()).toBe('{"type":"hello","cseq":0}');
    expect(await server.frames.next()).toBe('not json at all');

    const batch = [
      { type: 'ack', seq: 0, cseq: 1 },
      { type: 'confirm', seq: 4, blocks: [] },
    ] as const;
    const message = messageOf(ws);
    server.conn.send(batch);
    expect(await message).toEqual({ text: JSON.stringify(batch), isBinary: false });

    const closed = closeOf(ws);
    server.conn.close(4001, 'bye');
    expect(await closed).toEqual({ code: 4001, reason: 'bye' });
    await server.whenClosed;
    await until(() => transport.clientCount === 0);
  });

  it('leaves other paths to other upgrade handlers; accepts a path predicate', async () => {
    const { http, runtime } = await setup();
    const other = vi.fn((_req: IncomingMessage, socket: { destroy(): void }) => socket.destroy());
    http.server.on('upgrade', (req: IncomingMessage, socket) => {
      if (req.url?.startsWith('/elsewhere/')) other(req, socket);
    });
    await expect(open(http, '/elsewhere/_lit-ui/ws')).rejects.toThrow();
    expect(other).toHaveBeenCalledTimes(1);
    expect(runtime.connections.items).toHaveLength(0);

    const predicateRuntime = createFakeRuntime();
    const predicate = attachWebSocket(http.server, predicateRuntime, { path: (p) => p.startsWith('/p/') });
    cleanups.push(() => predicate.close());
    await open(http, '/p/anything?x=1');
    expect(predicateRuntime.connections.items).toHaveLength(1);
  });

  it('answers 404 to an upgrade no handler will take (only lit-ui transports, none matching)', async () => {
    const { http, runtime } = await setup();
    const second = attachWebSocket(http.server, createFakeRuntime(), { path: '/other/_lit-ui/ws' });
    cleanups.push(() => second.close());
    await expect(open(http, '/nowhere/_lit-ui/ws')).rejects.toThrow('HTTP 404');
    await open(http, '/other/_lit-ui/ws');
    expect(runtime.connections.items).toHaveLength(0);
  });

  it("checks the Origin with the runtime's rule: 403 with the reason before any handshake", async () => {
    const warn = vi.fn();
    const { http, runtime } = await setup({ logger: { warn, error: vi.fn() } }, { allowedOrigins: ['http://good.test'] });
    const refused = new WebSocket(`ws://127.0.0.1:${http.port}${PATH}`, { origin: 'http://evil.test' });
    refused.on('error', () => undefined);
    cleanups.push(async () => refused.terminate());
    const body = await new Promise<string>((resolve) =>
      refused.once('unexpected-response', (_req, res: IncomingMessage) => {
        let text = '';
        res.on('data', (chunk) => (text += String(chunk)));
        res.on('end', () => resolve(`${res.statusCode} ${text}`));
      }),
    );
    expect(body).toMatch(/^403 Origin 'http:\/\/evil.test' is not allowed/);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('upgrade refused'));
    expect(runtime.connections.items).toHaveLength(0);
    await open(http, PATH, { origin: 'http://good.test' });
    await open(http, PATH, { origin: `http://127.0.0.1:${http.port}/` });
    await open(http, PATH);
    expect(runtime.connections.items).toHaveLength(3);
  });

  it('closes with 1009 on a frame above maxMessageBytes and with 1003 on a binary frame', async () => {
    const logger = { warn: vi.fn(), error: vi.fn() };
    const { http, runtime } = await setup({ maxMessageBytes: 1000, logger });
    const big = await open(http);
    const bigServer = await runtime.connections.next();
    const bigClosed = closeOf(big);
    big.send('x'.repeat(1001));
    expect((await bigClosed).code).toBe(1009);
    await bigServer.whenClosed;
    expect(bigServer.frames.items).toHaveLength(0);

    const binary = await open(http);
    const binaryServer = await runtime.connections.next();
    const binaryClosed = closeOf(binary);
    binary.send(Buffer.from('{"type":"hello"}'));
    expect((await binaryClosed).code).toBe(1003);
    await binaryServer.whenClosed;
    expect(binaryServer.frames.items).toHaveLength(0);
  });

  it('passes the user from an async getUser, and refuses with 401 when it throws', async () => {
    const { http, runtime } = await setup({
      getUser: async (req) => {
        if (req.headers['x-user'] === undefined) throw new Error('no user');
        return { name: req.headers['x-user'] };
      },
    });
    await open(http, PATH, { headers: { 'x-user': 'ada' } });
    expect((await runtime.connections.next()).conn.context.user).toEqual({ name: 'ada' });
    await expect(open(http)).rejects.toThrow('HTTP 401');
  });

  it('survives a runtime that throws: connect → 1011, receive → logged', async () => {
    const logger = { warn: vi.fn(), error: vi.fn() };
    const { http, runtime } = await setup({ logger });
    runtime.failNextConnect = new Error('full');
    const refused = await open(http);
    expect((await closeOf(refused)).code).toBe(1011);
    expect(logger.error).toHaveBeenCalledWith(expect.stringContaining('connect'), expect.any(Error));

    const ws = await open(http);
    const server = await runtime.connections.next();
    runtime.failReceive = new Error('bug');
    ws.send('first');
    await until(() => logger.error.mock.calls.length === 2);
    runtime.failReceive = undefined;
    ws.send('second');
    expect(await server.frames.next()).toBe('second');
  });

  it('never lets two transports handle the same socket', async () => {
    const { http, runtime } = await setup();
    const twin = createFakeRuntime();
    const second = attachWebSocket(http.server, twin, { path: PATH });
    cleanups.push(() => second.close());
    await open(http);
    expect(runtime.connections.items).toHaveLength(1);
    expect(twin.connections.items).toHaveLength(0);
  });
});

describe('permessage-deflate', () => {
  /** A first load of 5,000 elements, as the runtime batches it. */
  const page = Array.from({ length: 5000 }, (_, i) => ({
    type: 'delta',
    seq: i + 1,
    path: [0, i],
    element: i % 2 ? { type: 'markdown', body: `Row **${i}**: ${(i * 7919) % 10007} units` } : { type: 'metric', label: `Metric ${i}`, value: i * 3 },
  }));

  /** Bytes the client's socket reads while `batch` is sent, and the text it gets. */
  async function wireBytes(options: Partial<WebSocketTransportOptions>) {
    const { http, runtime } = await setup(options);
    const ws = await open(http);
    const server = await runtime.connections.next();
    const socket = (ws as unknown as { _socket: { bytesRead: number } })._socket;
    const before = socket.bytesRead;
    const message = messageOf(ws);
    server.conn.send(page as never);
    const { text } = await message;
    return { bytes: socket.bytesRead - before, text, extensions: ws.extensions };
  }

  it('with perMessageDeflate, compresses frames for clients that offer it: a 5,000-element first load shrinks several-fold on the wire; off by default', async () => {
    const json = JSON.stringify(page);
    const compressed = await wireBytes({ perMessageDeflate: true });
    expect(compressed.extensions).toContain('permessage-deflate');
    expect(compressed.text).toBe(json);
    expect(compressed.bytes).toBeLessThan(json.length / 4);

    const plain = await wireBytes({});
    expect(plain.extensions).toBe('');
    expect(plain.text).toBe(json);
    expect(plain.bytes).toBeGreaterThanOrEqual(json.length);
  });

  it('refuses a malformed setting when attached, before offering itself', async () => {
    const http = await loopbackServer();
    cleanups.push(() => http.close());
    const offered = vi.fn(() => () => undefined);
    const runtime = Object.assign(createFakeRuntime(), { offerTransport: offered });
    expect(() => attachWebSocket(http.server, runtime, { path: PATH, perMessageDeflate: { level: 12 } })).toThrow(
      expect.objectContaining({ code: 'InvalidArgument', message: containing('from 1 to 9') }),
    );
    expect(() => attachWebSocket(http.server, runtime, { path: PATH, perMessageDeflate: { thresholdBytes: -1 } })).toThrow(/thresholdBytes/);
    expect(offered).not.toHaveBeenCalled();
  });
});

describe('WebSocketTransport lifecycle', () => {
  it('terminates a socket that misses a pong', async () => {
    const heartbeats: Array<() => void> = [];
    const scheduler = {
      setTimeout: (fn: () => void, ms: number) => (ms === 50 ? heartbeats.push(fn) : setTimeout(fn, ms)),
      clearTimeout: () => undefined,
    };
    const { http, runtime } = await setup({ pingMs: 50, scheduler });
    const live = await open(http);
    const liveServer = await runtime.connections.next();
    const silent = await open(http, PATH, { autoPong: false });
    const silentServer = await runtime.connections.next();

    const pinged = new Promise((resolve) => live.once('ping', resolve));
    heartbeats.shift()?.();
    await pinged;
    // A frame sent after the automatic pong arrives after it: once it is seen, the pong was too.
    live.send('after-pong');
    expect(await liveServer.frames.next()).toBe('after-pong');
    const silentClosed = closeOf(silent);
    heartbeats.shift()?.();
    expect((await silentClosed).code).toBe(1006);
    await silentServer.whenClosed;
    expect(liveServer.closed).toBe(false);
    expect(live.readyState).toBe(WebSocket.OPEN);
  });

  it('close() says going-away to every client and stops taking upgrades', async () => {
    const { http, runtime, transport } = await setup();
    const a = await open(http);
    const b = await open(http);
    expect(transport.clientCount).toBe(2);
    const closes = Promise.all([closeOf(a), closeOf(b)]);
    // Its own listener, and the shared endpoint's (it is the server's only app).
    expect(http.server.listenerCount('upgrade')).toBe(2);
    await transport.close();
    expect((await closes).map((c) => c.code)).toEqual([1001, 1001]);
    expect(runtime.connections.items.every((c) => c.closed)).toBe(true);
    expect(transport.clientCount).toBe(0);
    expect(http.server.listenerCount('upgrade')).toBe(0);
    await transport.close();
  });
});
