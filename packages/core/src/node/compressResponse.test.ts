import { createServer, request, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createBrotliDecompress, createGunzip } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { negotiateCoding } from './compressResponse.js';
import { sendResponse, type SendResponseOptions } from './sendResponse.js';

const servers: Array<{ close(): void; closeAllConnections(): void }> = [];
afterEach(() => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    server.close();
  }
});

/** A loopback server whose handler sends `make()` with `options`; resolves to its port. */
async function serve(make: () => Response, options?: SendResponseOptions): Promise<number> {
  const server = createServer((_req, res) => void sendResponse(res, make(), options).catch(() => undefined));
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

/** An event stream that writes `events` and then stays open (as the HTTP streaming transport's does between batches). */
function openEventStream(events: string[]): Response {
  const encoder = new TextEncoder();
  let index = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const event = events[index++];
      if (event !== undefined) controller.enqueue(encoder.encode(event));
      else return new Promise<void>(() => undefined);
      return undefined;
    },
  });
  return new Response(body, { headers: { 'content-type': 'text/event-stream' } });
}

/**
 * GETs `/` with `accept-encoding`, decodes the body as `content-encoding` says, and resolves once the decoded text
 * contains `until` (the connection is then dropped), or at the end of the body.
 */
function fetchDecoded(port: number, acceptEncoding: string | undefined, until?: string) {
  return new Promise<{ headers: IncomingMessage['headers']; text: string; wireBytes: number }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: '/', headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} }, (res) => {
      let wireBytes = 0;
      let text = '';
      res.on('data', (chunk: Buffer) => (wireBytes += chunk.byteLength));
      const coding = res.headers['content-encoding'];
      const decoded = coding === 'br' ? res.pipe(createBrotliDecompress()) : coding === 'gzip' ? res.pipe(createGunzip()) : res;
      const done = () => resolve({ headers: res.headers, text, wireBytes });
      decoded.on('data', (chunk: Buffer) => {
        text += chunk.toString('utf8');
        if (until !== undefined && text.includes(until)) {
          done();
          req.destroy();
        }
      });
      decoded.on('end', done);
      decoded.on('error', reject);
    });
    req.on('error', () => undefined);
    req.end();
  });
}

const page = `<!doctype html><main>${'<p>lit-ui element</p>'.repeat(400)}</main>`;
const html = () => new Response(page, { headers: { 'content-type': 'text/html; charset=utf-8' } });

describe('negotiateCoding', () => {
  it('prefers br, then gzip, honours q=0 and *, and answers identity otherwise', () => {
    expect(negotiateCoding('gzip, deflate, br, zstd')).toBe('br');
    expect(negotiateCoding('gzip')).toBe('gzip');
    expect(negotiateCoding('br;q=0, gzip;q=0.5')).toBe('gzip');
    expect(negotiateCoding('*')).toBe('br');
    expect(negotiateCoding('*, br;q=0')).toBe('gzip');
    expect(negotiateCoding('deflate, identity')).toBeUndefined();
    expect(negotiateCoding('gzip;q=0, br;q=0')).toBeUndefined();
    expect(negotiateCoding(undefined)).toBeUndefined();
  });
});

describe('sendResponse compression', () => {
  it.each(['br', 'gzip'] as const)(
    'flushes each event of an open event stream (%s): the client decodes it before the stream ends',
    async (coding) => {
      const port = await serve(() => openEventStream(['id: 1\ndata: [{"type":"newSession"}]\n\n', ': keep-alive\n\n']));
      const res = await fetchDecoded(port, coding === 'br' ? 'gzip, deflate, br' : 'gzip', ': keep-alive\n\n');
      expect(res.headers['content-encoding']).toBe(coding);
      expect(res.headers['vary']).toContain('accept-encoding');
      expect(res.text).toBe('id: 1\ndata: [{"type":"newSession"}]\n\n: keep-alive\n\n');
    },
  );

  it('shrinks a text body several-fold and drops its content-length', async () => {
    const port = await serve(() => new Response(page, { headers: { 'content-type': 'text/html', 'content-length': String(page.length) } }));
    const res = await fetchDecoded(port, 'br');
    expect(res.text).toBe(page);
    expect(res.headers['content-length']).toBeUndefined();
    expect(res.wireBytes * 5).toBeLessThan(page.length);
  });

  it('weakens a strong ETag of a body it compresses, and leaves weak and uncompressed ones as they are', async () => {
    const tagged = (etag: string, type = 'text/csv') => new Response(page, { headers: { 'content-type': type, etag } });
    expect((await fetchDecoded(await serve(() => tagged('"abc"')), 'gzip')).headers['etag']).toBe('W/"abc"');
    expect((await fetchDecoded(await serve(() => tagged('W/"abc"')), 'gzip')).headers['etag']).toBe('W/"abc"');
    expect((await fetchDecoded(await serve(() => tagged('"abc"')), undefined)).headers['etag']).toBe('"abc"');
    expect((await fetchDecoded(await serve(() => tagged('"abc"', 'video/webm')), 'gzip')).headers['etag']).toBe('"abc"');
  });

  it('sends the identity when the client asks for none, when compress is false, for media, for ranges and for encoded bodies', async () => {
    const plain = await fetchDecoded(await serve(html), undefined);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.text).toBe(page);
    const off = await fetchDecoded(await serve(html, { compress: false }), 'br, gzip');
    expect(off.headers['content-encoding']).toBeUndefined();
    expect(off.wireBytes).toBe(page.length);
    const image = await fetchDecoded(await serve(() => new Response(page, { headers: { 'content-type': 'image/png' } })), 'br, gzip');
    expect(image.headers['content-encoding']).toBeUndefined();
    const range = await fetchDecoded(
      await serve(
        () =>
          new Response(page.slice(0, 2000), {
            status: 206,
            headers: { 'content-type': 'text/plain', 'content-range': `bytes 0-1999/${page.length}` },
          }),
      ),
      'gzip',
    );
    expect(range.headers['content-encoding']).toBeUndefined();
    const encoded = await fetchDecoded(
      await serve(() => new Response(page, { headers: { 'content-type': 'text/html', 'content-encoding': 'identity' } })),
      'gzip',
    );
    expect(encoded.headers['content-encoding']).toBe('identity');
    expect(encoded.text).toBe(page);
  });
});
