import { ErrorCode, LitUiError } from '../errors.js';
import { Hasher } from './hasher.js';

/** A class whose instances a custom function turns into something hashable. */
// The constructor's parameters are irrelevant: only identity (instanceof) is used.
export type HashableClass = abstract new (...args: never[]) => unknown;

/**
 * Custom hash functions by class, as Streamlit's `hash_funcs`: an instance of
 * a listed class (or a subclass) is replaced by what its function returns,
 * which is then hashed.
 */
export type HashFuncs = Iterable<readonly [HashableClass, (value: never) => unknown]>;

/** Options of {@link stableHash}. */
export interface StableHashOptions {
  /** Custom hash functions by class, as Streamlit's `hash_funcs`. */
  readonly hashFuncs?: HashFuncs;
  /** Name of the value in error messages, e.g. `'argument 2 (year)'`. */
  readonly label?: string;
}

/**
 * Hashes a value by content, the same across runs and processes: primitives
 * (with their type: `1` ≠ `'1'`), arrays, plain objects with key order
 * ignored, `Date`, `Map` and `Set` (order ignored), typed arrays and Node
 * `Buffer`s, `ArrayBuffer`, `RegExp`, `URL`; cycles are handled. Class
 * instances need a `hashFuncs` entry.
 *
 * @returns 32 hex characters.
 * @throws LitUiError `UnhashableArgument` naming the value (and its path inside
 * it) when it holds a function, symbol, or class instance without a hash function.
 * @example stableHash({ b: 1, a: [new Date(0)] }) === stableHash({ a: [new Date(0)], b: 1 })
 */
export function stableHash(value: unknown, options: StableHashOptions = {}): string {
  const funcs = options.hashFuncs ? [...options.hashFuncs] : [];
  const hasher = new Hasher();
  feed(hasher, value, { funcs, label: options.label ?? 'value', seen: new Map(), path: '' });
  return hasher.digest();
}

interface Walk {
  readonly funcs: ReadonlyArray<readonly [HashableClass, (value: never) => unknown]>;
  readonly label: string;
  readonly seen: Map<object, number>;
  readonly path: string;
}

function feed(h: Hasher, value: unknown, walk: Walk): void {
  switch (typeof value) {
    case 'string':
      h.update(`s${value.length}:`).update(value);
      return;
    case 'number':
      h.update(Object.is(value, -0) ? 'n-0;' : `n${value};`);
      return;
    case 'boolean':
      h.update(value ? 'T' : 'F');
      return;
    case 'bigint':
      h.update(`b${value};`);
      return;
    case 'undefined':
      h.update('u');
      return;
    case 'function':
    case 'symbol':
      throw unhashable(walk, `a ${typeof value}`);
  }
  if (value === null) {
    h.update('z');
    return;
  }
  const object = value as object;
  const custom = walk.funcs.find(([cls]) => object instanceof cls);
  if (custom) {
    h.update('c{');
    feed(h, (custom[1] as (v: unknown) => unknown)(object), walk);
    h.update('}');
    return;
  }
  const cycle = walk.seen.get(object);
  if (cycle !== undefined) {
    h.update(`r${cycle};`);
    return;
  }
  walk.seen.set(object, walk.seen.size);
  feedObject(h, object, walk);
}

function feedObject(h: Hasher, object: object, walk: Walk): void {
  const at = (key: string | number) => ({ ...walk, path: `${walk.path}[${JSON.stringify(key)}]` });
  if (Array.isArray(object)) {
    h.update(`a${object.length}[`);
    object.forEach((item, i) => feed(h, item, at(i)));
    h.update(']');
  } else if (ArrayBuffer.isView(object)) {
    h.update(`v${object.constructor.name}${object.byteLength}:`);
    h.updateBytes(new Uint8Array(object.buffer, object.byteOffset, object.byteLength));
  } else if (object instanceof ArrayBuffer) {
    h.update(`B${object.byteLength}:`).updateBytes(new Uint8Array(object));
  } else if (object instanceof Date) {
    h.update(`d${object.getTime()};`);
  } else if (object instanceof RegExp) {
    h.update(`x${object.source}/${object.flags};`);
  } else if (object instanceof URL) {
    h.update(`l${object.href};`);
  } else if (object instanceof Map) {
    const entries = [...object].map(([k, v], i) => stableHash([k, v], { hashFuncs: walk.funcs, label: `${walk.label}${walk.path}<entry ${i}>` }));
    h.update(`m${entries.length}{${entries.sort().join(',')}}`);
  } else if (object instanceof Set) {
    const items = [...object].map((v, i) => stableHash(v, { hashFuncs: walk.funcs, label: `${walk.label}${walk.path}<item ${i}>` }));
    h.update(`t${items.length}{${items.sort().join(',')}}`);
  } else if (isPlainObject(object)) {
    const keys = Object.keys(object).sort();
    h.update(`o${keys.length}{`);
    for (const key of keys) {
      h.update(`s${key.length}:`).update(key);
      feed(h, (object as Record<string, unknown>)[key], at(key));
    }
    h.update('}');
  } else {
    throw unhashable(walk, `an instance of ${object.constructor?.name ?? 'an unknown class'}`);
  }
}

function isPlainObject(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function unhashable(walk: Walk, what: string): LitUiError {
  const where = walk.path ? `${walk.label}${walk.path}` : walk.label;
  return new LitUiError(
    ErrorCode.UnhashableArgument,
    `Cannot hash ${where}: it is ${what}. Pass \`hashFuncs\` with a function for its class ` +
      `(e.g. hashFuncs: new Map([[MyClass, (v) => v.id]])), or exclude the argument ` +
      `(name it with a leading underscore or list it in \`excludeArgs\`).`,
  );
}
