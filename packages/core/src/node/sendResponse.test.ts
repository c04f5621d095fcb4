import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { sendResponse } from './sendResponse.js';

const servers: Array<{ close(): void; closeAllConnections(): void }> = [];
afterEach(() => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    server.close();
  }
});

/** A loopback server whose handler sends `make()`; resolves to its port and the outcome of sendResponse. */
async function serve(make: () => Response): Promise<{ port: number; outcome: Promise<'resolved' | Error> }> {
  let settle: (value: 'resolved' | Error) => void = () => undefined;
  const outcome = new Promise<'resolved' | Error>((resolve) => (settle = resolve));
  const server = createServer((_req: IncomingMessage, res: ServerResponse) => {
    sendResponse(res, make()).then(
      () => settle('resolved'),
      (error: unknown) => settle(error as Error),
    );
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { port: (server.address() as AddressInfo).port, outcome };
}

/** A stream that emits `chunks` and then stays open until cancelled (or errors when `fail` is set). */
function endlessStream(chunks: string[], onCancel: () => void, fail?: Error): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let index = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      const chunk = chunks[index++];
      if (chunk !== undefined) controller.enqueue(encoder.encode(chunk));
      else if (fail) controller.error(fail);
      else return new Promise<void>(() => undefined);
      return undefined;
    },
    cancel: onCancel,
  });
}

/** Collects a GET response; resolves on end, or with what arrived when the connection breaks. */
function get(port: number, method = 'GET') {
  return new Promise<{ status: number; headers: IncomingMessage['headers']; body: string; complete: boolean }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: '/', method }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      const done = () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body, complete: res.complete });
      res.on('end', done);
      res.on('aborted', done);
      res.on('error', done);
    });
    req.on('error', reject);
    req.end();
  });
}

describe('sendResponse', () => {
  it('writes status, headers (one line per cookie) and body', async () => {
    const { port, outcome } = await serve(() => {
      const headers = new Headers({ 'content-type': 'text/plain; charset=utf-8', 'x-one': '1' });
      headers.append('set-cookie', 'a=1; Path=/');
      headers.append('set-cookie', 'b=2; Path=/');
      return new Response('created', { status: 201, statusText: 'Made', headers });
    });
    const res = await get(port);
    expect(res.status).toBe(201);
    expect(res.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(res.headers['x-one']).toBe('1');
    expect(res.headers['set-cookie']).toEqual(['a=1; Path=/', 'b=2; Path=/']);
    expect(res.body).toBe('created');
    expect(await outcome).toBe('resolved');
  });

  it('ends body-less responses and sends no body to HEAD', async () => {
    const empty = await serve(() => new Response(null, { status: 204 }));
    expect((await get(empty.port)).status).toBe(204);
    expect(await empty.outcome).toBe('resolved');
    let cancelled = false;
    const head = await serve(
      () =>
        new Response(
          endlessStream(['x'], () => (cancelled = true)),
          { status: 200 },
        ),
    );
    const res = await get(head.port, 'HEAD');
    expect(res.body).toBe('');
    expect(await head.outcome).toBe('resolved');
    expect(cancelled).toBe(true);
  });

  it('streams chunks as produced and cancels the body when the client leaves', async () => {
    let cancelled = false;
    const { port, outcome } = await serve(
      () =>
        new Response(
          endlessStream(['data: 1\n\n'], () => (cancelled = true)),
          { headers: { 'content-type': 'text/event-stream' } },
        ),
    );
    const first = await new Promise<string>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, path: '/' }, (res) => {
        res.setEncoding('utf8');
        res.once('data', (chunk: string) => {
          resolve(chunk);
          req.destroy();
        });
      });
      req.on('error', () => undefined);
      req.on('close', () => reject(new Error('closed before the first chunk')));
      req.end();
    });
    expect(first).toBe('data: 1\n\n');
    expect(await outcome).toBe('resolved');
    expect(cancelled).toBe(true);
  });

  it('rejects and breaks the connection when the body fails mid-way', async () => {
    const failure = new Error('disk gone');
    const { port, outcome } = await serve(() => new Response(endlessStream(['part'], () => undefined, failure)));
    const res = await get(port);
    expect(res.complete).toBe(false);
    expect(await outcome).toBe(failure);
  });

  it('breaks the connection without rejecting when the body aborts on purpose (AbortError)', async () => {
    const abort = new DOMException('The client fell too far behind', 'AbortError');
    const { port, outcome } = await serve(() => new Response(endlessStream(['part'], () => undefined, abort)));
    const res = await get(port);
    expect(res.complete).toBe(false);
    expect(await outcome).toBe('resolved');
  });
});
