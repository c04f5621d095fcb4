import { createServer, request as httpRequest, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { stripPathPrefix, toRequest, type ToRequestOptions } from './toRequest.js';

const servers: Array<{ close(): void }> = [];
afterEach(() => {
  for (const server of servers.splice(0)) server.close();
});

interface Seen {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string;
}

/** Runs `toRequest` inside a real loopback server and reports what the Request held. */
async function roundTrip(
  method: string,
  path: string,
  body: string | undefined,
  options?: ToRequestOptions,
  patch?: (req: IncomingMessage) => void,
): Promise<Seen> {
  let seen: Promise<Seen> | undefined;
  const server = createServer((req, res) => {
    patch?.(req);
    const request = toRequest(req, options);
    seen = request.text().then((text) => ({
      method: request.method,
      url: request.url,
      headers: Object.fromEntries(request.headers),
      body: text,
    }));
    void seen.then(() => res.end('ok'));
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, method, headers: { 'x-test': 'a' } }, (res) => {
      res.resume();
      res.on('end', resolve);
    });
    req.on('error', reject);
    if (body !== undefined) {
      // Two writes: the body arrives as a stream, not one buffer.
      req.write(body.slice(0, 3));
      setImmediate(() => req.end(body.slice(3)));
    } else req.end();
  });
  if (!seen) throw new Error('the server saw no request');
  return seen;
}

describe('stripPathPrefix', () => {
  it('strips on segment boundaries only', () => {
    expect(stripPathPrefix('/tools/explorer/_lit-ui/health', '/tools/explorer')).toBe('/_lit-ui/health');
    expect(stripPathPrefix('/tools/explorer', '/tools/explorer/')).toBe('/');
    expect(stripPathPrefix('/tools/explorers/x', '/tools/explorer')).toBe('/tools/explorers/x');
    expect(stripPathPrefix('/other', '/tools')).toBe('/other');
    expect(stripPathPrefix('/x', '/')).toBe('/x');
  });
});

describe('toRequest', () => {
  it('keeps method, headers and query, and strips the mount', async () => {
    const seen = await roundTrip('GET', '/tools/explorer/_lit-ui/health?deep=1', undefined, {
      stripPrefix: '/tools/explorer',
    });
    expect(seen.method).toBe('GET');
    expect(new URL(seen.url).pathname).toBe('/_lit-ui/health');
    expect(new URL(seen.url).search).toBe('?deep=1');
    expect(seen.headers['x-test']).toBe('a');
    expect(seen.body).toBe('');
  });

  it('streams the body of a POST', async () => {
    const seen = await roundTrip('POST', '/_lit-ui/upload', 'hello body');
    expect(seen.method).toBe('POST');
    expect(seen.body).toBe('hello body');
  });

  it('uses originalUrl when a framework rewrote req.url', async () => {
    const seen = await roundTrip('GET', '/mount/_lit-ui/media/1', undefined, { stripPrefix: '/mount' }, (req) => {
      Object.assign(req, { originalUrl: req.url, url: '/_lit-ui/media/1' });
    });
    expect(new URL(seen.url).pathname).toBe('/_lit-ui/media/1');
  });
});

describe('toRequest body', () => {
  it('leaves the body unread until the Request reads it, so a handler that turns it away leaves it to others', async () => {
    let leftover: Promise<string> | undefined;
    const server = createServer((req, res) => {
      toRequest(req); // built, never read
      leftover = new Promise((resolve) => {
        let text = '';
        req.setEncoding('utf8');
        req.on('data', (chunk: string) => (text += chunk));
        req.resume();
        req.on('end', () => resolve(text));
      });
      void leftover.then(() => res.end('ok'));
    });
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const body = 'x'.repeat(1 << 20); // large enough that an eager reader would pause the request
    await fetch(`http://127.0.0.1:${port}/form`, { method: 'POST', body });
    expect((await leftover)?.length).toBe(body.length);
  });
});
