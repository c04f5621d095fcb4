// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createNonce, hostPageHeaders } from './securityHeaders.js';

/** The policy as directive → sources. */
function parse(policy: string | undefined): Map<string, string[]> {
  return new Map(
    (policy ?? '').split('; ').map((part) => {
      const [name = '', ...sources] = part.split(' ');
      return [name, sources];
    }),
  );
}

describe('hostPageHeaders', () => {
  it('sends a strict CSP by default: nonce scripts and styles, no unsafe-inline or unsafe-eval (WebAssembly only: wasm-unsafe-eval), framing by the same origin only', () => {
    const headers = hostPageHeaders()('N0nce');
    const csp = parse(headers['content-security-policy']);
    expect(csp.get('script-src')).toEqual(["'nonce-N0nce'", "'strict-dynamic'", "'wasm-unsafe-eval'"]);
    expect(csp.get('style-src')).toEqual(["'nonce-N0nce'", "'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'self'"]);
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(headers['content-security-policy']).not.toMatch(/unsafe-inline|'unsafe-eval'|unsafe-hashes|\*/);
    expect(headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(headers['referrer-policy']).toBe('same-origin');
    expect(headers['x-content-type-options']).toBe('nosniff');
  });

  it('takes frame-ancestors for embedding, and drops X-Frame-Options it cannot express', () => {
    const embedded = hostPageHeaders({ frameAncestors: ["'self'", 'https://intranet.example.com'] })('n');
    expect(parse(embedded['content-security-policy']).get('frame-ancestors')).toEqual(["'self'", 'https://intranet.example.com']);
    expect(embedded['x-frame-options']).toBeUndefined();
    expect(hostPageHeaders({ frameAncestors: ["'none'"] })('n')['x-frame-options']).toBe('DENY');
  });

  it('replaces and removes directives, keeps the nonce on scripts and styles', () => {
    const headers = hostPageHeaders({
      contentSecurityPolicy: { 'img-src': ["'self'"], 'media-src': false, 'script-src': ["'self'"], 'report-uri': ['/csp'] },
      referrerPolicy: 'no-referrer',
    })('n');
    const csp = parse(headers['content-security-policy']);
    expect(csp.get('img-src')).toEqual(["'self'"]);
    expect(csp.has('media-src')).toBe(false);
    expect(csp.get('script-src')).toEqual(["'nonce-n'", "'self'"]);
    expect(csp.get('report-uri')).toEqual(['/csp']);
    expect(headers['referrer-policy']).toBe('no-referrer');
  });

  it('sends no CSP when turned off (the host sets its own), and no Referrer-Policy when off', () => {
    const headers = hostPageHeaders({ contentSecurityPolicy: false, referrerPolicy: false })('n');
    expect(headers['content-security-policy']).toBeUndefined();
    expect(headers['referrer-policy']).toBeUndefined();
    expect(headers['x-frame-options']).toBe('SAMEORIGIN');
  });

  it('refuses sources that would break out of their directive', () => {
    expect(() => hostPageHeaders({ frameAncestors: ["'self'; script-src *"] })).toThrow(expect.objectContaining({ code: 'InvalidArgument' }));
    expect(() => hostPageHeaders({ contentSecurityPolicy: { 'img-src': ['https:\r\nSet-Cookie: a=b'] } })).toThrow(/invalid source/);
    expect(() => hostPageHeaders({ contentSecurityPolicy: { 'img src': ['x'] } })).toThrow(/not a Content-Security-Policy directive/);
  });
});

describe('createNonce', () => {
  it('makes a fresh base64 value of 128 bits each time', () => {
    const nonces = new Set(Array.from({ length: 50 }, () => createNonce()));
    expect(nonces.size).toBe(50);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});
