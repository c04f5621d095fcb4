import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { defineApp } from '@lit-ui/core';
import type { ForwardMsg } from '@lit-ui/core/protocol';
import { connectWebSocket, type ClientConnection } from '@lit-ui/transport-ws/client';
import { liteUi, type LiteUiRouter } from '@lit-ui/adapter-express';

/** A 1×1 PNG. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const VIDEO = Uint8Array.from({ length: 10_000 }, (_, i) => (i < 4 ? [0x1a, 0x45, 0xdf, 0xa3][i]! : i % 256));

/** A CSV large enough for the adapter to compress (over 1 KiB). */
const BIG_CSV = `a,b\n${Array.from({ length: 400 }, (_, i) => `${i},${i * 2}`).join('\n')}\n`;

const app = defineApp(async (st) => {
  st.image(new Uint8Array(PNG), { caption: 'dot' });
  st.video(VIDEO);
  const file = st.fileUploader('Notes', { type: ['txt'], maxUploadSize: 0.01 });
  st.text(file ? `${file.name}: ${await file.text()}` : 'no file');
  st.downloadButton('Get all', BIG_CSV, { fileName: 'all.csv', mime: 'text/csv' });
  st.downloadButton('Get', 'a,b\n1,2\n', { fileName: 'rows.csv', mime: 'text/csv' });
});

let server: Server;
let ui: LiteUiRouter;
let base: string;
const open: ClientConnection[] = [];

beforeAll(async () => {
  const host = express();
  ui = liteUi(app, { basePath: '/tools/explorer' });
  host.use('/tools/explorer', ui);
  server = host.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  ui.attach(server);
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/tools/explorer`;
});

afterAll(async () => {
  for (const c of open) c.close();
  await ui.close();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

/** A WebSocket client that records the session, its token and the latest proto of each element type (and of each label). */
async function session() {
  const protos = new Map<string, Record<string, unknown>>();
  const labelled = new Map<string, Record<string, unknown>>();
  let token = '';
  let idle: () => void = () => undefined;
  let largestFrame = 0;
  const connection = connectWebSocket({
    url: `${base.replace('http', 'ws')}/_lit-ui/ws`,
    WebSocket: WebSocket as unknown as new (url: string) => globalThis.WebSocket,
    store: null,
    hello: () => ({ url: `${base}/`, query: '' }),
    onMessage: (msg: ForwardMsg) => {
      largestFrame = Math.max(largestFrame, JSON.stringify(msg).length);
      if (msg.type === 'newSession') token = msg.sessionToken ?? '';
      if (msg.type === 'delta' && 'element' in msg) {
        protos.set(msg.element.type, msg.element);
        if (typeof msg.element['label'] === 'string') labelled.set(msg.element['label'], msg.element);
      }
      if (msg.type === 'sessionStatus' && msg.state === 'idle') idle();
    },
  });
  open.push(connection);
  const nextIdle = () => new Promise<void>((resolve) => (idle = resolve));
  await nextIdle();
  const headers = () => ({ 'x-lit-ui-session-id': connection.sessionId!, 'x-lit-ui-session-token': token });
  return { connection, protos, labelled, headers, nextIdle, largestFrame: () => largestFrame };
}

describe('media over HTTP on a real Express server', () => {
  it('serves an image with its type, ETag/304 and long-lived caching; unknown ids are 404', async () => {
    const s = await session();
    const image = s.protos.get('image') as { images: { url: string; caption: string }[] };
    const url = `${base}/${image.images[0]!.url}`;
    const res = await fetch(url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(res.headers.get('cache-control')).toBe('private, max-age=31536000, immutable');
    expect(Buffer.from(await res.arrayBuffer()).equals(PNG)).toBe(true);
    const etag = res.headers.get('etag')!;
    const cached = await fetch(url, { headers: { 'if-none-match': etag } });
    expect(cached.status).toBe(304);
    expect((await fetch(`${base}/_lit-ui/media/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.png`)).status).toBe(404);
    expect((await fetch(`${base}/_lit-ui/media/..%2F..%2Fclient.js`)).status).toBe(404);
    const head = await fetch(url, { method: 'HEAD' });
    expect([head.status, head.headers.get('content-length')]).toEqual([200, String(PNG.length)]);
  });

  it('serves video ranges: 206 with Content-Range, a suffix range, and 416 outside', async () => {
    const s = await session();
    const url = `${base}/${(s.protos.get('video') as { url: string }).url}`;
    const part = await fetch(url, { headers: { range: 'bytes=100-199' } });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe('bytes 100-199/10000');
    expect(part.headers.get('accept-ranges')).toBe('bytes');
    expect(new Uint8Array(await part.arrayBuffer())).toEqual(VIDEO.slice(100, 200));
    const suffix = await fetch(url, { headers: { range: 'bytes=-16' } });
    expect([suffix.status, suffix.headers.get('content-range')]).toEqual([206, 'bytes 9984-9999/10000']);
    expect(new Uint8Array(await suffix.arrayBuffer())).toEqual(VIDEO.slice(9984));
    const outside = await fetch(url, { headers: { range: 'bytes=10000-' } });
    expect([outside.status, outside.headers.get('content-range')]).toEqual([416, 'bytes */10000']);
  });

  it('serves several ranges as multipart/byteranges; a foreign If-Range gets the whole file', async () => {
    const s = await session();
    const url = `${base}/${(s.protos.get('video') as { url: string }).url}`;
    const multi = await fetch(url, { headers: { range: 'bytes=0-9, 5000-5003, -4' } });
    expect(multi.status).toBe(206);
    const boundary = /^multipart\/byteranges; boundary=(\S+)$/.exec(multi.headers.get('content-type') ?? '')?.[1];
    expect(boundary).toBeDefined();
    const body = new Uint8Array(await multi.arrayBuffer());
    expect(multi.headers.get('content-length')).toBe(String(body.length));
    // Split the parts on the boundary and read each part's Content-Range and bytes.
    const text = Buffer.from(body).toString('latin1');
    const parts = text.split(`\r\n--${boundary}`).slice(1, -1);
    expect(text.endsWith(`\r\n--${boundary}--\r\n`)).toBe(true);
    const read = parts.map((part) => {
      const [head, bytes] = part.split('\r\n\r\n') as [string, string];
      return { range: /content-range: (.+)/.exec(head)?.[1], type: /content-type: (.+)/.exec(head)?.[1], bytes: Buffer.from(bytes, 'latin1') };
    });
    expect(read.map((p) => p.range)).toEqual(['bytes 0-9/10000', 'bytes 5000-5003/10000', 'bytes 9996-9999/10000']);
    expect(read.every((p) => p.type === 'video/webm')).toBe(true);
    expect(read.map((p) => [...p.bytes])).toEqual([[...VIDEO.slice(0, 10)], [...VIDEO.slice(5000, 5004)], [...VIDEO.slice(9996)]]);
    const stale = await fetch(url, { headers: { range: 'bytes=0-9', 'if-range': '"another-version"' } });
    expect([stale.status, (await stale.arrayBuffer()).byteLength]).toEqual([200, 10000]);
  });

  it('downloads arrive as attachments with their file name', async () => {
    const s = await session();
    const res = await fetch(`${base}/${(s.protos.get('downloadButton') as { url: string }).url}`);
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="rows.csv"; filename*=UTF-8''rows.csv`);
    expect(await res.text()).toBe('a,b\n1,2\n');
  });

  it('takes an upload over HTTP with the session token; the widget value then reaches the script', async () => {
    const s = await session();
    const uploader = s.protos.get('fileUploader') as { id: string };
    const post = (body: BodyInit, headers: Record<string, string>) =>
      fetch(`${base}/_lit-ui/upload`, { method: 'POST', body, headers, duplex: 'half' } as RequestInit);
    const res = await post('hello', { ...s.headers(), 'x-lit-ui-widget': uploader.id, 'x-lit-ui-file-name': 'n.txt', 'content-type': 'text/plain' });
    expect(res.status).toBe(201);
    const info = (await res.json()) as { fileId: string };
    const forged = await post('x', {
      ...s.headers(),
      'x-lit-ui-session-token': 'forged',
      'x-lit-ui-widget': uploader.id,
      'x-lit-ui-file-name': 'n.txt',
    });
    expect(forged.status).toBe(403);
    // Streamed without Content-Length: refused with 413 while streaming.
    const big = new ReadableStream<Uint8Array>({
      start(c) {
        for (let i = 0; i < 20; i++) c.enqueue(new Uint8Array(1024));
        c.close();
      },
    });
    const tooBig = await post(big, { ...s.headers(), 'x-lit-ui-widget': uploader.id, 'x-lit-ui-file-name': 'big.txt' });
    expect([tooBig.status, ((await tooBig.json()) as { code: string }).code]).toEqual([413, 'UploadTooLarge']);
    // The rest of the body was never read: the connection is not reused.
    expect(tooBig.headers.get('connection')).toBe('close');
    const wrongType = await post('x', { ...s.headers(), 'x-lit-ui-widget': uploader.id, 'x-lit-ui-file-name': 'a.exe' });
    expect(wrongType.status).toBe(415);

    const idle = s.nextIdle();
    s.connection.send({ type: 'rerunScript', widgets: [{ id: uploader.id, value: [{ ...info, name: 'n.txt', type: 'text/plain', size: 5 }] }] });
    await idle;
    expect(s.protos.get('text')).toMatchObject({ body: 'n.txt: hello' });
    expect(s.largestFrame()).toBeLessThan(2000);
  });

  it('a streamed upload refused part-way never leaves its connection to the next request', async () => {
    const s = await session();
    const uploader = s.protos.get('fileUploader') as { id: string };
    const csvUrl = `${base}/${(s.labelled.get('Get all') as { url: string }).url}`;
    // Before refusals closed the connection, the client sent its next request on the socket whose body
    // the server was still skipping: the request hung or came back as ECONNRESET within a few rounds.
    for (let round = 0; round < 30; round++) {
      const big = new ReadableStream<Uint8Array>({
        start(c) {
          for (let i = 0; i < 20; i++) c.enqueue(new Uint8Array(1024));
          c.close();
        },
      });
      const refused = await fetch(`${base}/_lit-ui/upload`, {
        method: 'POST',
        body: big,
        duplex: 'half',
        headers: { ...s.headers(), 'x-lit-ui-widget': uploader.id, 'x-lit-ui-file-name': 'big.txt' },
      } as RequestInit);
      expect(refused.status).toBe(413);
      await refused.arrayBuffer();
      const next = await fetch(csvUrl, { headers: { 'accept-encoding': 'gzip' } });
      expect(await next.text()).toBe(BIG_CSV);
    }
  });

  it('compresses text media for clients that accept it, with a weak ETag; never binary media, ranges or 206', async () => {
    const s = await session();
    const csvUrl = `${base}/${(s.labelled.get('Get all') as { url: string }).url}`;
    const full = await fetch(csvUrl, { headers: { 'accept-encoding': 'gzip' } });
    expect(full.headers.get('content-encoding')).toBe('gzip');
    expect(full.headers.get('etag')).toMatch(/^W\//);
    expect(await full.text()).toBe(BIG_CSV);
    const revalidated = await fetch(csvUrl, { headers: { 'accept-encoding': 'gzip', 'if-none-match': full.headers.get('etag')! } });
    expect(revalidated.status).toBe(304);
    const strongEtag = full.headers.get('etag')!.slice(2);
    const part = await fetch(csvUrl, { headers: { 'accept-encoding': 'gzip, br', range: 'bytes=4-11', 'if-range': strongEtag } });
    expect([part.status, part.headers.get('content-encoding'), part.headers.get('content-range')]).toEqual([
      206,
      null,
      `bytes 4-11/${BIG_CSV.length}`,
    ]);
    expect(await part.text()).toBe(BIG_CSV.slice(4, 12));
    const videoUrl = `${base}/${(s.protos.get('video') as { url: string }).url}`;
    const video = await fetch(videoUrl, { headers: { 'accept-encoding': 'gzip, br' } });
    expect([video.status, video.headers.get('content-encoding'), video.headers.get('etag')?.startsWith('W/')]).toEqual([200, null, false]);
    expect(new Uint8Array(await video.arrayBuffer())).toEqual(VIDEO);
  });
});
