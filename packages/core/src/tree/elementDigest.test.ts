import { describe, expect, it } from 'vitest';
import { digestOf } from './elementDigest.js';

describe('digestOf', () => {
  it('is equal for a proto and its JSON round trip, and a 53-bit integer above 0', () => {
    const proto = { type: 'metric', label: 'Cars', value: '12', delta: '-1', deltaColor: 'normal', nested: [1, 2.5, null, { a: true }] };
    const digest = digestOf(proto);
    expect(digestOf(JSON.parse(JSON.stringify(proto)))).toBe(digest);
    expect(Number.isSafeInteger(digest)).toBe(true);
    expect(digest).toBeGreaterThan(0);
  });

  it('sees what JSON sees: undefined keys are absent, -0 is 0, NaN and Infinity are null', () => {
    expect(digestOf({ type: 'text', body: 'a', help: undefined })).toBe(digestOf({ type: 'text', body: 'a' }));
    expect(digestOf({ v: -0 })).toBe(digestOf({ v: 0 }));
    expect(digestOf({ v: NaN })).toBe(digestOf({ v: null }));
    expect(digestOf({ v: Infinity })).toBe(digestOf({ v: null }));
    expect(digestOf([undefined])).toBe(digestOf([null]));
  });

  it('tells apart values whose JSON differs', () => {
    const values: unknown[] = [
      { type: 'text', body: 'a' },
      { type: 'text', body: 'b' },
      { type: 'text', body: 'ab' },
      { type: 'text', bod: 'ya' },
      { type: 'markdown', body: 'a' },
      { v: 1 },
      { v: '1' },
      { v: true },
      { v: 'true' },
      { v: null },
      { v: [] },
      { v: {} },
      { v: [1, 2] },
      { v: [[1], 2] },
      { v: [1, [2]] },
      { v: { a: 1, b: 2 } },
      { v: { a: 12 } },
      { v: 1.5 },
      { v: 2 ** 40 },
      { v: 2 ** 40 + 1 },
      '',
      [],
      {},
    ];
    const digests = new Set(values.map(digestOf));
    expect(digests.size).toBe(values.length);
  });

  it('gives 50,000 distinct texts (every one-character edit of a line, then counters) 50,000 distinct digests', () => {
    const bodies = new Set<string>();
    const base = 'Line 42 of the report: *markdown* with a [link](#l42) and `code`.';
    for (let i = 0; i < base.length; i++)
      for (const c of ['a', 'Z', '7', ' ', 'é', '\u{1F600}']) bodies.add(base.slice(0, i) + c + base.slice(i + 1));
    for (let n = 0; bodies.size < 50_000; n++) bodies.add(`value is ${n}`);
    const digests = new Set([...bodies].map((body) => digestOf({ type: 'text', body })));
    expect(digests.size).toBe(bodies.size);
  });
});
