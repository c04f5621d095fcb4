import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { requestUrl } from './requestUrl.js';

/** Just the fields requestUrl reads; a real IncomingMessage has many more. */
function fakeRequest(fields: { url?: string; headers?: Record<string, string>; socket?: object; originalUrl?: string }) {
  return { headers: {}, socket: {}, ...fields } as unknown as IncomingMessage;
}

describe('requestUrl', () => {
  it('uses https on a TLS socket', () => {
    const req = fakeRequest({ url: '/a?b=1', headers: { host: 'x.test' }, socket: { encrypted: true } });
    expect(requestUrl(req).href).toBe('https://x.test/a?b=1');
  });

  it('falls back to the socket address without a Host header', () => {
    const v4 = fakeRequest({ url: '/', socket: { localAddress: '127.0.0.1', localPort: 8080 } });
    expect(requestUrl(v4).href).toBe('http://127.0.0.1:8080/');
    const v6 = fakeRequest({ url: '/', socket: { localAddress: '::1', localPort: 9 } });
    expect(requestUrl(v6).href).toBe('http://[::1]:9/');
    expect(requestUrl(fakeRequest({ url: '/p' })).href).toBe('http://localhost/p');
  });

  it('prefers originalUrl and takes only well-formed forwarded values', () => {
    const req = fakeRequest({
      url: '/rewritten',
      originalUrl: '/mount/rewritten',
      headers: { host: 'in:1', 'x-forwarded-proto': 'gopher', 'x-forwarded-host': 'out.test, proxy.test' },
    });
    expect(requestUrl(req, { trustProxy: true }).href).toBe('http://out.test/mount/rewritten');
  });
});
