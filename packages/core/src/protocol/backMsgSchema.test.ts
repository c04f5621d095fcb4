import { describe, expect, it } from 'vitest';
import { parseBackMsg } from './backMsgSchema.js';

/** `expect.stringMatching`, typed: Vitest declares its asymmetric matchers as `any`. */
const matching = (pattern: RegExp): unknown => expect.stringMatching(pattern);

const rerun = (value: unknown) => ({ cseq: 1, type: 'rerunScript', widgets: [{ id: 'w', value }] });

describe('parseBackMsg', () => {
  it('accepts JSON widget values of every kind', () => {
    for (const value of [null, true, 0, -1.5, 'text', [], {}, [1, 'a', { b: [null] }], { a: { b: { c: [] } } }]) {
      expect(parseBackMsg(rerun(value))).toMatchObject({ ok: true, msg: { widgets: [{ value }] } });
    }
  });

  it('refuses values a transport may hand over that are not JSON, naming the cseq', () => {
    class Point {
      x = 1;
    }
    for (const value of [undefined, NaN, Infinity, () => 1, new Date(0), new Point(), 10n, Symbol('s'), [1, undefined], { a: new Map() }]) {
      expect(parseBackMsg(rerun(value))).toMatchObject({ ok: false, cseq: 1, message: matching(/Expected a JSON value/) });
    }
  });

  it('keeps a "__proto__" key as data and pollutes no prototype', () => {
    const parsed = parseBackMsg(JSON.parse('{"cseq":1,"type":"rerunScript","widgets":[{"id":"w","value":{"__proto__":{"polluted":true}}}]}'));
    expect(parsed.ok).toBe(true);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    const msg: unknown = JSON.parse('{"cseq":1,"type":"stopScript","__proto__":{"polluted":true}}');
    expect(parseBackMsg(msg)).toMatchObject({ ok: false, cseq: 1 });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('refuses a decoded value deeper than it walks instead of overflowing the stack', () => {
    let value: unknown = 1;
    for (let i = 0; i < 100_000; i++) value = [value];
    expect(parseBackMsg(rerun(value))).toMatchObject({ ok: false, cseq: 1 });
  });
});
