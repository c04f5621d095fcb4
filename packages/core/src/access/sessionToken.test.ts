import { describe, expect, it } from 'vitest';
import { createSessionToken, sameToken, userIdentity } from './sessionToken.js';

describe('session tokens', () => {
  it('are 32 url-safe characters and differ each time', () => {
    const tokens = new Set(Array.from({ length: 100 }, createSessionToken));
    expect(tokens.size).toBe(100);
    for (const token of tokens) expect(token).toMatch(/^[\w-]{32}$/);
  });

  it('compare equal only when identical', () => {
    const token = createSessionToken();
    expect(sameToken(token, token)).toBe(true);
    expect(sameToken(token.slice(0, 31) + (token[31] === 'a' ? 'b' : 'a'), token)).toBe(false);
    expect(sameToken(token.slice(1), token)).toBe(false);
    expect(sameToken(undefined, token)).toBe(false);
  });
});

describe('userIdentity', () => {
  it('is equal for equal user values, whatever their key order or object identity', () => {
    expect(userIdentity({ id: 1, roles: ['a'] })).toBe(userIdentity({ roles: ['a'], id: 1 }));
    expect(userIdentity({ id: 1 })).not.toBe(userIdentity({ id: 2 }));
    expect(userIdentity(undefined)).toBe('');
  });

  it('uses identifyUser when given, and is undefined when the user cannot be read', () => {
    expect(userIdentity({ id: 'a', at: 1 }, (u) => (u as { id: string }).id)).toBe(userIdentity({ id: 'a', at: 2 }, (u) => (u as { id: string }).id));
    const cyclic: Record<string, unknown> = {};
    cyclic['self'] = cyclic;
    expect(userIdentity(cyclic)).toBeUndefined();
    expect(
      userIdentity({}, () => {
        throw new Error('no');
      }),
    ).toBeUndefined();
  });
});
