/** `'asc'` (smallest first) or `'desc'`. */
export type SortDirection = 'asc' | 'desc';

const DIGIT_BITS = 11;
const BUCKETS = 1 << DIGIT_BITS;
const MASK = BUCKETS - 1;
/** Counting sort when the key range is at most this many values (or the row count, if larger): one counter per value. */
const COUNTING_RANGE = 1 << 16;

/**
 * The permutation that sorts `keys` (one number per row, `NaN` for null):
 * row numbers in key order, stable (equal keys keep their row order), nulls
 * last in both directions.
 *
 * No comparator is ever called; every pass reads its arrays sequentially:
 * - keys already in order (or in reverse order, without ties) take one pass;
 * - integer keys whose range is small (at most 65,536 values, or the row
 *   count: delays, years, booleans, the ranks of strings) are counting-sorted,
 *   two passes over the keys;
 * - other integer keys whose range fits 32 bits go through a
 *   least-significant-digit radix sort of their offset from the minimum
 *   (11-bit digits, at most 3 passes);
 * - any other number goes through the same radix sort on its 64-bit
 *   order-preserving encoding (at most 6 passes).
 *
 * Passes whose digit is the same for every row are skipped, and the
 * histograms of every digit are counted in one pass before the first move.
 */
export function sortPermutation(keys: Float64Array, direction: SortDirection): Uint32Array {
  const n = keys.length;
  let valid = 0;
  let integers = true;
  let min = Infinity;
  let max = -Infinity;
  // Already in order (a time series by its dates, row numbers), or in reverse order with no ties?
  let rising = true;
  let falling = true;
  let ties = false;
  let previous = NaN;
  for (let i = 0; i < n; i++) {
    const k = keys[i]!;
    if (k !== k) continue; // NaN: null
    if (valid > 0) {
      if (k < previous) rising = false;
      else if (k > previous) falling = false;
      else ties = true;
    }
    previous = k;
    valid++;
    if (k < min) min = k;
    if (k > max) max = k;
    if (integers && Math.floor(k) !== k) integers = false;
  }
  const out = new Uint32Array(n);
  const desc = direction === 'desc';
  const inOrder = desc ? falling : rising;
  const reversed = !ties && (desc ? rising : falling);
  if (inOrder || reversed) {
    let at = reversed && !inOrder ? valid - 1 : 0;
    const step = reversed && !inOrder ? -1 : 1;
    let nullAt = valid;
    for (let i = 0; i < n; i++) {
      const k = keys[i]!;
      if (k !== k) out[nullAt++] = i;
      else {
        out[at] = i;
        at += step;
      }
    }
    return out;
  }
  // `Math.floor(±Infinity) === ±Infinity`: infinities make the range infinite and take the 64-bit path.
  const range = max - min;
  if (integers && range < Math.max(COUNTING_RANGE, n)) countingSort(keys, desc, min, max, valid, out);
  else if (integers && range < 2 ** 32) radixSort32(keys, desc, min, max, valid, out);
  else radixSort64(keys, desc, valid, out);
  return out;
}

/** Stable counting sort of integer keys in `[min, max]`; nulls after the `valid` others, in row order. */
function countingSort(keys: Float64Array, desc: boolean, min: number, max: number, valid: number, out: Uint32Array): void {
  const n = keys.length;
  const counts = new Uint32Array(max - min + 2);
  if (desc) {
    for (let i = 0; i < n; i++) {
      const k = keys[i]!;
      if (k === k) counts[max - k + 1]!++;
    }
  } else {
    for (let i = 0; i < n; i++) {
      const k = keys[i]!;
      if (k === k) counts[k - min + 1]!++;
    }
  }
  // counts[b] becomes the start of bucket b (counts[0] stays 0).
  for (let b = 1; b < counts.length; b++) counts[b]! += counts[b - 1]!;
  let nullAt = valid;
  for (let i = 0; i < n; i++) {
    const k = keys[i]!;
    if (k !== k) out[nullAt++] = i;
    else out[counts[desc ? max - k : k - min]!++] = i;
  }
}

/** Stable radix sort of integer keys whose offsets from `min` fit 32 bits. */
function radixSort32(keys: Float64Array, desc: boolean, min: number, max: number, valid: number, out: Uint32Array): void {
  const n = keys.length;
  const word = new Uint32Array(valid);
  const rows = new Uint32Array(valid);
  let v = 0;
  let nullAt = valid;
  for (let i = 0; i < n; i++) {
    const k = keys[i]!;
    if (k !== k) {
      out[nullAt++] = i;
      continue;
    }
    word[v] = desc ? max - k : k - min;
    rows[v++] = i;
  }
  sortByWords(undefined, word, rows, out);
}

/** Stable radix sort of any numbers on their 64-bit order-preserving encoding. */
function radixSort64(keys: Float64Array, desc: boolean, valid: number, out: Uint32Array): void {
  const n = keys.length;
  const lo = new Uint32Array(valid);
  const hi = new Uint32Array(valid);
  const rows = new Uint32Array(valid);
  const bits = new Float64Array(1);
  const words = new Uint32Array(bits.buffer);
  const flip = desc ? 0xffffffff : 0;
  let v = 0;
  let nullAt = valid;
  for (let i = 0; i < n; i++) {
    const k = keys[i]!;
    if (k !== k) {
      out[nullAt++] = i;
      continue;
    }
    bits[0] = k === 0 ? 0 : k; // -0 sorts with 0
    let h = words[1]!;
    let l = words[0]!;
    // Order-preserving encoding: flip every bit of negatives, only the sign bit of positives; all of them for 'desc'.
    if (h & 0x80000000) {
      h = ~h;
      l = ~l;
    } else {
      h |= 0x80000000;
    }
    hi[v] = h ^ flip;
    lo[v] = l ^ flip;
    rows[v++] = i;
  }
  sortByWords(lo, hi, rows, out);
}

/**
 * Sorts `rows` by the key `hi`·2³² + `lo` (`lo` absent: `hi` alone), stably,
 * least significant 11-bit digit first; writes the sorted rows to the start
 * of `out`. Overwrites its inputs.
 */
function sortByWords(lo: Uint32Array | undefined, hi: Uint32Array, rows: Uint32Array, out: Uint32Array): void {
  const n = rows.length;
  // Digits: (word, shift) pairs, least significant first; 0, 11, 22 cover a 32-bit word.
  const digits: [Uint32Array, number, boolean][] = [];
  if (lo) for (const shift of [0, DIGIT_BITS, 2 * DIGIT_BITS]) digits.push([lo, shift, true]);
  for (const shift of [0, DIGIT_BITS, 2 * DIGIT_BITS]) digits.push([hi, shift, false]);
  // Every histogram in one pass over the keys.
  const counts = digits.map(() => new Uint32Array(BUCKETS));
  const wordCounts = (word: Uint32Array, c0: Uint32Array, c1: Uint32Array, c2: Uint32Array): void => {
    for (let i = 0; i < n; i++) {
      const w = word[i]!;
      c0[w & MASK]!++;
      c1[(w >>> DIGIT_BITS) & MASK]!++;
      c2[w >>> (2 * DIGIT_BITS)]!++;
    }
  };
  let d = 0;
  if (lo) {
    wordCounts(lo, counts[0]!, counts[1]!, counts[2]!);
    d = 3;
  }
  wordCounts(hi, counts[d]!, counts[d + 1]!, counts[d + 2]!);
  const passes = digits.map((digit, i) => ({ word: digit[0], shift: digit[1], low: digit[2], counts: counts[i]! }));
  const moving = passes.filter((p) => p.counts[(p.word[0]! >>> p.shift) & MASK] !== n); // a digit every row shares moves nothing
  if (moving.length === 0) {
    out.set(rows, 0);
    return;
  }
  let order: Uint32Array = rows;
  let spareRows: Uint32Array = new Uint32Array(n);
  let loNow: Uint32Array | undefined = lo;
  let hiNow: Uint32Array = hi;
  let spareLo: Uint32Array | undefined = lo ? new Uint32Array(n) : undefined;
  let spareHi: Uint32Array = new Uint32Array(n);
  for (let p = 0; p < moving.length; p++) {
    const pass = moving[p]!;
    const last = p === moving.length - 1;
    const starts = pass.counts;
    let sum = 0;
    for (let b = 0; b < BUCKETS; b++) {
      const c = starts[b]!;
      starts[b] = sum;
      sum += c;
    }
    const target = last ? out : spareRows;
    const word = pass.low ? loNow! : hiNow;
    const shift = pass.shift;
    // The words still to be read by a later pass move with the rows.
    const carryLo = !last && pass.low && moving[p + 1]!.low;
    const carryHi = !last;
    if (carryLo && carryHi) {
      const l = loNow!;
      const sl = spareLo!;
      for (let i = 0; i < n; i++) {
        const at = starts[(word[i]! >>> shift) & MASK]!++;
        target[at] = order[i]!;
        sl[at] = l[i]!;
        spareHi[at] = hiNow[i]!;
      }
    } else if (carryHi) {
      for (let i = 0; i < n; i++) {
        const at = starts[(word[i]! >>> shift) & MASK]!++;
        target[at] = order[i]!;
        spareHi[at] = hiNow[i]!;
      }
    } else {
      for (let i = 0; i < n; i++) target[starts[(word[i]! >>> shift) & MASK]!++] = order[i]!;
    }
    if (last) return;
    [order, spareRows] = [spareRows, order];
    [hiNow, spareHi] = [spareHi, hiNow];
    if (carryLo) [loNow, spareLo] = [spareLo!, loNow!];
  }
}
