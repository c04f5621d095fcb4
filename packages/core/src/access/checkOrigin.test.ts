import { describe, expect, it } from 'vitest';
import { checkOrigin, normalizeAllowedOrigins, normalizeOrigin, serverOrigin } from './checkOrigin.js';

const request = (url: string, headers: Record<string, string>) => ({ url, headers: new Headers(headers) });

describe('normalizeOrigin', () => {
  it('ignores case, a default port and a trailing slash', () => {
    expect(normalizeOrigin('HTTPS://App.Example.com:443/')).toBe('https://app.example.com');
    expect(normalizeOrigin('http://localhost:80')).toBe('http://localhost');
    expect(normalizeOrigin('http://localhost:3000/')).toBe('http://localhost:3000');
    expect(normalizeOrigin('wss://a.test')).toBe('https://a.test');
  });

  it('refuses what is not an http(s) origin', () => {
    expect(normalizeOrigin('null')).toBeUndefined();
    expect(normalizeOrigin('file:///etc/passwd')).toBeUndefined();
    expect(normalizeOrigin('javascript:alert(1)')).toBeUndefined();
    expect(normalizeOrigin('')).toBeUndefined();
  });
});

describe('checkOrigin', () => {
  const own = 'http://localhost:3000/app/_lit-ui/ws';

  it('accepts the server’s own origin, with or without a trailing slash, in any case', () => {
    for (const origin of ['http://localhost:3000', 'http://localhost:3000/', 'HTTP://LOCALHOST:3000']) {
      expect(checkOrigin(request(own, { origin })).ok).toBe(true);
    }
  });

  it('refuses another site, another port and another scheme, naming the origin', () => {
    for (const origin of ['https://evil.example', 'http://localhost:3001', 'https://localhost:3000', 'null']) {
      const verdict = checkOrigin(request(own, { origin }));
      expect(verdict.ok).toBe(false);
      if (!verdict.ok) expect(verdict.message).toContain(`'${origin}'`);
    }
  });

  it('accepts a request without Origin (not a browser) and says so', () => {
    expect(checkOrigin(request(own, {}))).toEqual({ ok: true, origin: null });
  });

  it('accepts listed origins, normalised, and * for any', () => {
    const allowedOrigins = ['https://Portal.example.com:443/'];
    expect(checkOrigin(request(own, { origin: 'https://portal.example.com' }), { allowedOrigins }).ok).toBe(true);
    expect(checkOrigin(request(own, { origin: 'https://other.example.com' }), { allowedOrigins }).ok).toBe(false);
    expect(checkOrigin(request(own, { origin: 'https://any.example' }), { allowedOrigins: ['*'] }).ok).toBe(true);
  });

  it('takes the own origin from X-Forwarded-* only with trustProxy', () => {
    const proxied = request('http://127.0.0.1:8080/app/_lit-ui/ws', {
      origin: 'https://app.example.com',
      'x-forwarded-proto': 'https, http',
      'x-forwarded-host': 'app.example.com',
    });
    expect(checkOrigin(proxied).ok).toBe(false);
    expect(checkOrigin(proxied, { trustProxy: true }).ok).toBe(true);
    expect(serverOrigin(proxied, true)).toBe('https://app.example.com');
  });
});

describe('normalizeAllowedOrigins', () => {
  it('refuses an entry with a path, or one that is no origin at all', () => {
    expect(() => normalizeAllowedOrigins(['https://a.example/app'])).toThrow(/not an origin/);
    expect(() => normalizeAllowedOrigins(['a.example'])).toThrow(/not an origin/);
    expect([...normalizeAllowedOrigins(['https://a.example/', '*'])]).toEqual(['https://a.example', '*']);
  });
});
