import { describe, expect, it } from 'vitest';
import { sortPermutation } from './sortIndex.js';

/** The reference order: a stable comparator sort, nulls (NaN) last. */
function reference(keys: Float64Array, direction: 'asc' | 'desc'): number[] {
  const rows = Array.from(keys, (_, i) => i);
  return rows.sort((a, b) => {
    const x = keys[a]!;
    const y = keys[b]!;
    if (Number.isNaN(x) || Number.isNaN(y)) return Number.isNaN(x) === Number.isNaN(y) ? a - b : Number.isNaN(x) ? 1 : -1;
    return (direction === 'asc' ? x - y : y - x) || a - b;
  });
}

describe('sortPermutation', () => {
  it('orders negatives, zeros, fractions, infinities and huge values; nulls last; stable', () => {
    const keys = Float64Array.from([3, -1.5, NaN, 0, -0, 1e300, -Infinity, 3, 2.25, Infinity, NaN, -1e-300, 3]);
    expect(Array.from(sortPermutation(keys, 'asc'))).toEqual(reference(keys, 'asc'));
    expect(Array.from(sortPermutation(keys, 'desc'))).toEqual(reference(keys, 'desc'));
  });

  it('matches a comparator sort on random data with many ties', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const keys = Float64Array.from({ length: 20_000 }, () => (random() < 0.05 ? NaN : Math.round((random() - 0.5) * 200) / 4));
    expect(Array.from(sortPermutation(keys, 'asc'))).toEqual(reference(keys, 'asc'));
    expect(Array.from(sortPermutation(keys, 'desc'))).toEqual(reference(keys, 'desc'));
  });

  it('matches it on every path: small integer ranges, 32-bit ranges, wider integers, with nulls', () => {
    let seed = 11;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const column = (make: () => number) => Float64Array.from({ length: 5_000 }, () => (random() < 0.05 ? NaN : make()));
    const cases = {
      counting: column(() => Math.round(random() * 300 - 30)),
      spread: column(() => Math.floor(random() * 2 ** 20)), // range above 65,536: radix on one 32-bit word
      word: column(() => Math.floor(random() * 2 ** 32) - 2 ** 31),
      wide: column(() => Math.floor(random() * 2 ** 20) * 2 ** 30 - 2 ** 49),
      huge: column(() => (random() < 0.5 ? -1 : 1) * 2 ** 60 + Math.floor(random() * 8) * 2 ** 8),
    };
    for (const keys of Object.values(cases)) {
      expect(Array.from(sortPermutation(keys, 'asc'))).toEqual(reference(keys, 'asc'));
      expect(Array.from(sortPermutation(keys, 'desc'))).toEqual(reference(keys, 'desc'));
    }
  });

  it('takes keys already in order, or reversed, as they are; ties in reverse order still keep their row order', () => {
    const rising = Float64Array.from([1, 2, NaN, 2, 5, 9, NaN]);
    const strictlyRising = Float64Array.from([NaN, -3, 0, 1.5, 7]);
    const same = Float64Array.from([4, 4, NaN, 4]);
    for (const keys of [rising, strictlyRising, same, rising.slice().reverse(), strictlyRising.slice().reverse()]) {
      expect(Array.from(sortPermutation(keys, 'asc'))).toEqual(reference(keys, 'asc'));
      expect(Array.from(sortPermutation(keys, 'desc'))).toEqual(reference(keys, 'desc'));
    }
  });

  it('handles empty and all-null columns', () => {
    expect(Array.from(sortPermutation(new Float64Array(0), 'asc'))).toEqual([]);
    expect(Array.from(sortPermutation(Float64Array.from([NaN, NaN]), 'desc'))).toEqual([0, 1]);
    expect(Array.from(sortPermutation(Float64Array.from([NaN, 4, NaN]), 'desc'))).toEqual([1, 0, 2]);
    expect(Array.from(sortPermutation(Float64Array.from([-Infinity, -Infinity, NaN]), 'asc'))).toEqual([0, 1, 2]);
  });
});
