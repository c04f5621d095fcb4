/**
 * A 53-bit digest of a proto as the client receives it (its JSON): what the
 * server's mirror keeps of an element instead of the element, to know it is
 * unchanged. Two 32-bit lanes of multiplicative hashing over a typed walk
 * (strings, numbers, booleans, null, arrays, objects are told apart), each
 * lane finalised as murmur3's, 21 + 32 bits kept: a changed element passes
 * for unchanged with probability 2^-53 (about 1e-16).
 *
 * The walk sees what JSON sees: keys whose value is `undefined` are skipped,
 * `-0` is `0`, `NaN` and `±Infinity` are `null`. Key order counts: the same
 * proto built with its keys in another order gets another digest, which at
 * worst resends an unchanged element. Not for adversarial collision
 * resistance: a session's digests only decide what that session is sent.
 */

let a = 0;
let b = 0;

const floatView = new Float64Array(1);
const wordsView = new Uint32Array(floatView.buffer);

const TAG_NULL = 0x100001;
const TAG_FALSE = 0x100002;
const TAG_TRUE = 0x100003;
const TAG_NUMBER = 0x100004;
const TAG_STRING = 0x100005;
const TAG_ARRAY = 0x100006;
const TAG_OBJECT = 0x100007;
const TAG_END = 0x100008;

function mix(k: number): void {
  a = Math.imul(a ^ k, 0x01000193);
  b = Math.imul(b ^ k, 0x5bd1e995);
  b ^= b >>> 15;
}

function feedString(text: string): void {
  mix(TAG_STRING);
  mix(text.length);
  for (let i = 0; i < text.length; i++) mix(text.charCodeAt(i));
}

function feed(value: unknown): void {
  switch (typeof value) {
    case 'string':
      return feedString(value);
    case 'number':
      if (!Number.isFinite(value)) return mix(TAG_NULL);
      mix(TAG_NUMBER);
      floatView[0] = value === 0 ? 0 : value;
      mix(wordsView[0]!);
      return mix(wordsView[1]!);
    case 'boolean':
      return mix(value ? TAG_TRUE : TAG_FALSE);
    case 'object':
      if (value === null) return mix(TAG_NULL);
      if (Array.isArray(value)) {
        mix(TAG_ARRAY);
        mix(value.length);
        // JSON writes undefined items as null.
        for (let i = 0; i < value.length; i++) feed(value[i] ?? null);
        return;
      }
      mix(TAG_OBJECT);
      for (const key in value) {
        const item = (value as Record<string, unknown>)[key];
        if (item === undefined) continue;
        feedString(key);
        feed(item);
      }
      return mix(TAG_END);
    default:
      // undefined at the top, functions, symbols: JSON has no value for them.
      return mix(TAG_NULL);
  }
}

function finalise(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * The digest of `value` (a proto or any JSON-like value): an integer from 1
 * to 2^53 - 1, equal for values whose JSON is equal (same key order).
 *
 * @example
 * digestOf({ type: 'text', body: 'hi' }) === digestOf(JSON.parse('{"type":"text","body":"hi"}')); // true
 */
export function digestOf(value: unknown): number {
  a = 0x811c9dc5;
  b = 0x9e3779b9;
  feed(value);
  const high = finalise(b) & 0x1fffff;
  const low = finalise(a);
  // 0 marks "no element" in the mirror: fold it onto 1.
  return high * 0x100000000 + low || 1;
}
