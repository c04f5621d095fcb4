/** `'asc'` (smallest first) or `'desc'`. */
export type SortDirection = 'asc' | 'desc';

const DIGIT_BITS = 11;
const BUCKETS = 1 << DIGIT_BITS;
const MASK = BUCKETS - 1;
/** 11-bit digits of a 32-bit word: 0, 11, 22. */
const SHIFTS = [0, DIGIT_BITS, 2 * DIGIT_BITS] as const;

/**
 * The permutation that sorts `keys` (one number per row, `NaN` for null):
 * row numbers in key order, stable (equal keys keep their row order), nulls
 * last in both directions.
 *
 * Integer keys whose range times the row count fits 53 bits (counts, years,
 * delays, the ranks of strings) are packed with their row number into one
 * exact double and sorted by the engine's native numeric sort. Other keys go through a
 * least-significant-digit radix sort (11-bit digits) that carries the keys
 * with the row numbers, so every pass reads sequentially: O(n), no
 * comparator calls; 32-bit integers in at most 3 passes, other numbers on
 * their 64-bit order-preserving encoding in at most 6, skipping passes whose
 * digit is the same for every row.
 */
export function sortPermutation(keys: Float64Array, direction: SortDirection): Uint32Array {
  const n = keys.length;
  let valid = 0;
  let small = true;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    const k = keys[i]!;
    if (Number.isNaN(k)) continue;
    valid++;
    if (k < min) min = k;
    if (k > max) max = k;
    if (small && !(Number.isInteger(k) && k >= -2147483648 && k < 2147483648)) small = false;
  }
  const rows = new Uint32Array(valid);
  const out = new Uint32Array(n);
  const desc = direction === 'desc';
  let nullAt = valid;
  let v = 0;
  const slots = 2 ** Math.ceil(Math.log2(Math.max(2, n)));
  if (small && (max - min + 1) * slots <= Number.MAX_SAFE_INTEGER) {
    // Key and row number packed in one exact double: the engine's native numeric sort does the rest, stably.
    const packed = new Float64Array(valid);
    for (let i = 0; i < n; i++) {
      const k = keys[i]!;
      if (Number.isNaN(k)) {
        out[nullAt++] = i;
        continue;
      }
      packed[v++] = (desc ? max - k : k - min) * slots + i;
    }
    packed.sort();
    for (let j = 0; j < valid; j++) out[j] = packed[j]! % slots;
    return out;
  }
  if (small) {
    const key = new Uint32Array(valid);
    for (let i = 0; i < n; i++) {
      const k = keys[i]!;
      if (Number.isNaN(k)) {
        out[nullAt++] = i;
        continue;
      }
      const u = (k + 2147483648) >>> 0;
      key[v] = desc ? ~u >>> 0 : u;
      rows[v++] = i;
    }
    out.set(sortWords([key], rows), 0);
    return out;
  }
  const lo = new Uint32Array(valid);
  const hi = new Uint32Array(valid);
  const bits = new Float64Array(1);
  const words = new Uint32Array(bits.buffer);
  for (let i = 0; i < n; i++) {
    const k = keys[i]!;
    if (Number.isNaN(k)) {
      out[nullAt++] = i;
      continue;
    }
    bits[0] = k === 0 ? 0 : k; // -0 sorts with 0
    let h = words[1]!;
    let l = words[0]!;
    // Order-preserving encoding: flip every bit of negatives, only the sign bit of positives.
    if (h & 0x80000000) {
      h = ~h >>> 0;
      l = ~l >>> 0;
    } else {
      h = (h | 0x80000000) >>> 0;
    }
    hi[v] = desc ? ~h >>> 0 : h;
    lo[v] = desc ? ~l >>> 0 : l;
    rows[v++] = i;
  }
  out.set(sortWords([lo, hi], rows), 0);
  return out;
}

/**
 * Sorts `rows` by the multi-word key `words` (least significant word
 * first), stably, moving the key words along with the rows. Returns the
 * sorted rows (one of the buffers it used).
 */
function sortWords(words: Uint32Array[], rows: Uint32Array): Uint32Array {
  const n = rows.length;
  let keys: Uint32Array[] = words;
  let spare: Uint32Array[] = words.map(() => new Uint32Array(n));
  let order: Uint32Array = rows;
  let spareRows: Uint32Array = new Uint32Array(n);
  const counts = new Uint32Array(BUCKETS);
  for (let w = 0; w < words.length; w++) {
    for (const shift of SHIFTS) {
      const word = keys[w]!;
      counts.fill(0);
      for (let i = 0; i < n; i++) counts[(word[i]! >>> shift) & MASK]!++;
      if (counts[(word[0]! >>> shift) & MASK] === n) continue; // every row has this digit: nothing moves
      let sum = 0;
      for (let b = 0; b < BUCKETS; b++) {
        const c = counts[b]!;
        counts[b] = sum;
        sum += c;
      }
      for (let i = 0; i < n; i++) {
        const at = counts[(word[i]! >>> shift) & MASK]!++;
        spareRows[at] = order[i]!;
        for (let k = w; k < keys.length; k++) spare[k]![at] = keys[k]![i]!;
      }
      [order, spareRows] = [spareRows, order];
      [keys, spare] = [spare, keys];
    }
  }
  return order;
}
