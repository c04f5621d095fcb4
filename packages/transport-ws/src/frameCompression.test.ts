import { gunzipSync, gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WebSocket } from 'ws';
import type { ForwardMsg } from '@lit-ui/core/protocol';
import { createFakeRuntime } from '../test/fakeRuntime.js';
import { loopbackServer, type LoopbackServer } from '../test/loopbackServer.js';
import { frameInbox, withGzipFrames } from './client/frameInbox.js';
import { GZIP_FRAME_MIN_CHARS } from './frameCompression.js';
import { attachWebSocket, WS_PATH_SUFFIX, type WebSocketTransportOptions } from './index.js';

const PATH = `/app${WS_PATH_SUFFIX}`;
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function setup(options: Partial<WebSocketTransportOptions> = {}) {
  const http = await loopbackServer();
  const runtime = createFakeRuntime();
  const transport = attachWebSocket(http.server, runtime, { path: PATH, ...options });
  cleanups.push(
    () => http.close(),
    () => transport.close(),
  );
  return { http, runtime };
}

async function open(http: LoopbackServer, query: string, options: ConstructorParameters<typeof WebSocket>[2] = {}): Promise<WebSocket> {
  const ws = new WebSocket(`ws://127.0.0.1:${http.port}${PATH}${query}`, options);
  cleanups.push(async () => ws.terminate());
  await new Promise((resolve, reject) => {
    ws.once('open', resolve);
    ws.once('error', reject);
  });
  return ws;
}

function messageOf(ws: WebSocket): Promise<{ data: Buffer; isBinary: boolean }> {
  return new Promise((resolve) => ws.once('message', (data, isBinary) => resolve({ data: data as Buffer, isBinary })));
}

/** A batch whose JSON is longer than the compression threshold: a first load of text elements. */
const bigBatch = Array.from({ length: 400 }, (_, i) => ({ type: 'delta', path: [0, i], element: { type: 'text', body: `row ${i}: a line` } }));
const smallBatch = [{ type: 'ack', seq: 0, cseq: 1 }];

describe('gzip frames', () => {
  it('sends a large batch gzip-compressed in a binary frame to a client that asks, and a small one as text', async () => {
    const { http, runtime } = await setup();
    const ws = await open(http, '?frames=gzip');
    const server = await runtime.connections.next();
    const text = JSON.stringify(bigBatch);
    expect(text.length).toBeGreaterThan(GZIP_FRAME_MIN_CHARS);

    const big = messageOf(ws);
    const sent = Number(server.conn.send(bigBatch as unknown as ForwardMsg[]));
    const received = await big;
    expect(received.isBinary).toBe(true);
    expect(gunzipSync(received.data).toString('utf8')).toBe(text);
    // The bytes the connection reports (for backpressure and metrics) are the compressed ones.
    expect(sent).toBe(received.data.byteLength);
    expect(sent * 5).toBeLessThan(Buffer.byteLength(text));

    const small = messageOf(ws);
    server.conn.send(smallBatch as unknown as ForwardMsg[]);
    const plain = await small;
    expect(plain.isBinary).toBe(false);
    expect(plain.data.toString('utf8')).toBe(JSON.stringify(smallBatch));
  });

  it('sends text only to a client that does not ask, when compressFrames is false, and over permessage-deflate', async () => {
    const cases: Array<[Partial<WebSocketTransportOptions>, string, ConstructorParameters<typeof WebSocket>[2]]> = [
      [{}, '', {}],
      [{ compressFrames: false }, '?frames=gzip', {}],
      [{ perMessageDeflate: true }, '?frames=gzip', { perMessageDeflate: true }],
    ];
    for (const [options, query, clientOptions] of cases) {
      const { http, runtime } = await setup(options);
      const ws = await open(http, query, clientOptions);
      const server = await runtime.connections.next();
      const message = messageOf(ws);
      server.conn.send(bigBatch as unknown as ForwardMsg[]);
      const received = await message;
      expect(received.isBinary).toBe(false);
      expect(received.data.toString('utf8')).toBe(JSON.stringify(bigBatch));
    }
  });
});

describe('frameInbox', () => {
  it('delivers text at once, and a text frame after a gzip frame only after it', async () => {
    const delivered: string[] = [];
    const malformed = vi.fn();
    const inbox = frameInbox((text) => delivered.push(text), malformed);
    inbox('first');
    expect(delivered).toEqual(['first']);
    const zipped = gzipSync('second');
    inbox(zipped.buffer.slice(zipped.byteOffset, zipped.byteOffset + zipped.byteLength));
    inbox('third');
    expect(delivered).toEqual(['first']);
    await vi.waitFor(() => expect(delivered).toEqual(['first', 'second', 'third']));
    inbox('fourth');
    expect(delivered).toEqual(['first', 'second', 'third', 'fourth']);
    expect(malformed).not.toHaveBeenCalled();
  });

  it('reports a binary frame that is not gzip as malformed, and goes on', async () => {
    const delivered: string[] = [];
    const malformed = vi.fn();
    const inbox = frameInbox((text) => delivered.push(text), malformed);
    inbox(new TextEncoder().encode('not gzip').buffer);
    inbox('after');
    await vi.waitFor(() => expect(delivered).toEqual(['after']));
    expect(malformed).toHaveBeenCalledTimes(1);
  });

  it('asks for gzip frames on the URL, keeping its query', () => {
    expect(withGzipFrames('ws://h/app/_lit-ui/ws?tab=1')).toBe('ws://h/app/_lit-ui/ws?tab=1&frames=gzip');
  });
});
