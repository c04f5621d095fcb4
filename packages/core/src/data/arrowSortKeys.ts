/**
 * Sort keys of Apache Arrow columns read straight from their buffers (one
 * tight loop per record batch, the validity bitmap read bit by bit), instead
 * of one `get(i)` per row: a million-row column takes milliseconds.
 */
import type { JsonValue } from '../protocol/elements.js';
import { rankTexts, textOf } from './tableColumn.js';

/** The part of an Apache Arrow `Data` (one record batch's slice of a column) read here. */
export interface ArrowDataLike {
  readonly offset: number;
  readonly length: number;
  readonly nullCount: number;
  /** Validity bits (1: valid), from bit `offset`; absent or empty when every value is valid. */
  readonly nullBitmap?: Uint8Array | null;
  /**
   * The values (for a dictionary column: indices into `dictionary`), from the
   * first row of this slice: apache-arrow slices value buffers and keeps
   * `offset` for the validity bits only.
   */
  readonly values?: unknown;
  /** Stride of `values` per row (2 for `Date64` on 32-bit words, and the like). */
  readonly stride?: number;
  /** Values of a dictionary-encoded column. */
  readonly dictionary?: { readonly length: number; get(index: number): unknown };
}

type NumberValues = Int8Array | Uint8Array | Int16Array | Uint16Array | Int32Array | Uint32Array | Float32Array | Float64Array;

function isNumberValues(values: unknown): values is NumberValues {
  return (
    values instanceof Int8Array ||
    values instanceof Uint8Array ||
    values instanceof Int16Array ||
    values instanceof Uint16Array ||
    values instanceof Int32Array ||
    values instanceof Uint32Array ||
    values instanceof Float32Array ||
    values instanceof Float64Array
  );
}

/** Sets `keys[at + i]` to NaN for every null row of `data`. */
function markNulls(data: ArrowDataLike, keys: Float64Array, at: number): void {
  const bitmap = data.nullBitmap;
  if (data.nullCount === 0 || !bitmap || bitmap.length === 0) return;
  const { offset, length } = data;
  for (let i = 0; i < length; i++) {
    const bit = offset + i;
    if ((bitmap[bit >> 3]! & (1 << (bit & 7))) === 0) keys[at + i] = NaN;
  }
}

/**
 * The sort keys of a column of plain numbers (integers up to 64 bits,
 * 32/64-bit floats, dates, times, timestamps: whatever is stored as one
 * number per row and ordered as that number), `NaN` for nulls; or
 * undefined when a batch's storage is not that (the caller reads cells).
 * Units stay those of the storage (days, ms, ns…): the order is the same.
 */
export function arrowNumberKeys(chunks: readonly ArrowDataLike[], length: number): Float64Array | undefined {
  const keys = new Float64Array(length);
  let at = 0;
  for (const data of chunks) {
    const values = data.values;
    if ((data.stride ?? 1) !== 1) return undefined;
    const n = data.length;
    if (isNumberValues(values) && values.length >= n) {
      keys.set(values.subarray(0, n), at);
    } else if ((values instanceof BigInt64Array || values instanceof BigUint64Array) && values.length >= n) {
      for (let i = 0; i < n; i++) keys[at + i] = Number(values[i]!);
    } else {
      return undefined;
    }
    markNulls(data, keys, at);
    at += n;
  }
  return at === length ? keys : undefined;
}

/**
 * The sort keys of a dictionary-encoded column: the rank of each dictionary
 * value's text (shown with `toWire`), looked up through the indices, `NaN`
 * for nulls; or undefined when a batch is not stored that way.
 */
export function arrowDictionaryKeys(
  chunks: readonly ArrowDataLike[],
  length: number,
  toWire: (value: unknown) => JsonValue,
): Float64Array | undefined {
  const dictionaries: (string | null)[][] = [];
  for (const data of chunks) {
    const dictionary = data.dictionary;
    if (!dictionary || !isNumberValues(data.values) || data.values.length < data.length || (data.stride ?? 1) !== 1) return undefined;
    const texts: (string | null)[] = [];
    for (let d = 0; d < dictionary.length; d++) {
      const value = dictionary.get(d);
      texts.push(value === null || value === undefined ? null : textOf(toWire(value)));
    }
    dictionaries.push(texts);
  }
  const ranks = rankTexts(dictionaries.flat());
  const keys = new Float64Array(length);
  let at = 0;
  chunks.forEach((data, c) => {
    const rankOf = Float64Array.from(dictionaries[c]!, (text) => (text === null ? NaN : ranks.get(text)!));
    const indices = data.values as NumberValues;
    const n = data.length;
    for (let i = 0; i < n; i++) {
      const index = indices[i]!;
      keys[at + i] = index < rankOf.length ? rankOf[index]! : NaN;
    }
    markNulls(data, keys, at);
    at += n;
  });
  return at === length ? keys : undefined;
}
