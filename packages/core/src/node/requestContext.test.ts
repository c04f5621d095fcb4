import { createServer, request, type IncomingMessage, type OutgoingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { RequestContext } from '../protocol/transport.js';
import { requestContext, type RequestContextOptions } from './requestContext.js';

const servers: Array<{ close(): void }> = [];
afterEach(() => {
  for (const server of servers.splice(0)) server.close();
});

/** Sends one request to a real loopback server and returns the context it saw. */
async function contextOf(headers: OutgoingHttpHeaders, options?: RequestContextOptions, path = '/app/page?x=1'): Promise<RequestContext> {
  let seen: RequestContext | undefined;
  const server = createServer((req: IncomingMessage, res) => {
    seen = requestContext(req, options);
    res.end('ok');
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers }, (res) => {
      res.resume();
      res.on('end', resolve);
    });
    req.on('error', reject);
    req.end();
  });
  if (!seen) throw new Error('the server saw no request');
  return seen;
}

describe('requestContext', () => {
  it('builds the absolute URL from the Host header', async () => {
    const context = await contextOf({ host: 'example.test:8080' });
    expect(context.url).toBe('http://example.test:8080/app/page?x=1');
    expect(context.ip).toBe('127.0.0.1');
    expect(context.user).toBeUndefined();
  });

  it('lower-cases header names, joins repeated headers and parses cookies', async () => {
    const context = await contextOf({
      'X-Custom': 'Yes',
      accept: ['text/html', 'application/json'],
      cookie: 'theme=dark; name=J%C3%BCrgen; broken=%ZZ',
    });
    expect(context.headers['x-custom']).toBe('Yes');
    expect(context.headers['accept']).toBe('text/html, application/json');
    expect({ ...context.cookies }).toEqual({ theme: 'dark', name: 'Jürgen', broken: '%ZZ' });
  });

  it('ignores forwarding headers unless trustProxy is on', async () => {
    const headers = {
      host: 'internal:3000',
      'x-forwarded-proto': 'https',
      'x-forwarded-host': 'public.example',
      'x-forwarded-for': '203.0.113.7, 10.0.0.1',
    };
    const untrusted = await contextOf(headers);
    expect(untrusted.url).toBe('http://internal:3000/app/page?x=1');
    expect(untrusted.ip).toBe('127.0.0.1');
    const trusted = await contextOf(headers, { trustProxy: true, user: { name: 'ada' } });
    expect(trusted.url).toBe('https://public.example/app/page?x=1');
    expect(trusted.ip).toBe('203.0.113.7');
    expect(trusted.user).toEqual({ name: 'ada' });
  });

  it('survives a malformed Host header', async () => {
    const context = await contextOf({ host: 'evil.test/@other' });
    expect(context.url).toBe('http://localhost/app/page?x=1');
  });
});
