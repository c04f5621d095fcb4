import { describe, expect, it } from 'vitest';
import { parseCookies } from './parseCookies.js';

describe('parseCookies', () => {
  it('parses pairs and percent-decodes values', () => {
    expect({ ...parseCookies('a=1; b=hello%20world;c=x=y') }).toEqual({ a: '1', b: 'hello world', c: 'x=y' });
  });

  it('tolerates malformed input', () => {
    const cookies = parseCookies('bad=%E0%A4%A; novalue; =orphan; q="quoted"; a=1; a=2');
    expect({ ...cookies }).toEqual({ bad: '%E0%A4%A', q: 'quoted', a: '1' });
  });

  it('returns an empty record for a missing header and keeps __proto__ inert', () => {
    expect(Object.keys(parseCookies(undefined))).toEqual([]);
    const cookies = parseCookies('__proto__=x');
    expect(cookies['__proto__']).toBe('x');
    expect(Object.getPrototypeOf(cookies)).toBeNull();
  });
});
