import { describe, expect, it } from 'vitest';
import { jsonTextTooDeep, valueTooDeep } from './jsonDepth.js';

const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

describe('jsonTextTooDeep', () => {
  it('counts arrays and objects, and stops past the limit', () => {
    expect(jsonTextTooDeep(nested(3), 3)).toBe(false);
    expect(jsonTextTooDeep(nested(4), 3)).toBe(true);
    expect(jsonTextTooDeep('{"a":{"b":[1,{"c":2}]}}', 4)).toBe(false);
    expect(jsonTextTooDeep('{"a":{"b":[1,{"c":2}]}}', 3)).toBe(true);
    expect(jsonTextTooDeep(nested(1_000_000), 64)).toBe(true);
  });

  it('ignores brackets inside strings, escaped quotes included', () => {
    expect(jsonTextTooDeep(JSON.stringify({ a: '[[[[[[{{{{' }), 1)).toBe(false);
    expect(jsonTextTooDeep(JSON.stringify({ a: 'say \\"[[[[" and "{{{{"' }), 1)).toBe(false);
    expect(jsonTextTooDeep(JSON.stringify(['\\', [['x']]]), 2)).toBe(true);
    expect(jsonTextTooDeep(JSON.stringify(['\\', [['x']]]), 3)).toBe(false);
  });

  it('agrees with the depth of JSON.stringify output', () => {
    let value: unknown = 'leaf';
    for (let depth = 1; depth <= 40; depth++) {
      value = depth % 2 ? [value, '] } [ {'] : { '"k"': value };
      expect(jsonTextTooDeep(JSON.stringify(value), depth)).toBe(false);
      expect(jsonTextTooDeep(JSON.stringify(value), depth - 1)).toBe(true);
    }
  });
});

describe('valueTooDeep', () => {
  it('walks at most limit levels of a decoded value', () => {
    expect(valueTooDeep({ a: [1, { b: 2 }] }, 3)).toBe(false);
    expect(valueTooDeep({ a: [1, { b: 2 }] }, 2)).toBe(true);
    expect(valueTooDeep('text', 0)).toBe(false);
    let deep: unknown = null;
    for (let i = 0; i < 200_000; i++) deep = [deep];
    expect(valueTooDeep(deep, 64)).toBe(true);
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    expect(valueTooDeep(cycle, 64)).toBe(true);
  });
});
