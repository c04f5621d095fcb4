import { ErrorCode, LitUiError } from '../errors.js';

/** Where a value stops being storable, and what is there. */
export interface Unstorable {
  /** Path from the value's root, e.g. `.rows[3].open` (`''`: the value itself). */
  readonly path: string;
  /** What was found, e.g. `a function`, `an instance of Socket`. */
  readonly what: string;
}

/** Built-in classes whose instances structured clone keeps whole (and Node's `v8.serialize` too). */
const CLONEABLE_CLASSES: readonly (abstract new (...args: never[]) => unknown)[] = [
  Date,
  RegExp,
  Error,
  ArrayBuffer,
  DataView,
  Boolean,
  Number,
  String,
];

/** A prototype whose instances structured clone copies as they are: plain objects, arrays, collections, typed arrays. */
function cloneablePrototype(proto: object | null): boolean {
  if (proto === null || proto === Object.prototype || proto === Array.prototype || proto === Map.prototype || proto === Set.prototype) return true;
  if (CLONEABLE_CLASSES.some((ctor) => proto === ctor.prototype || proto instanceof ctor)) return true;
  // Typed arrays (Uint8Array, Float64Array, Node's Buffer...) share one abstract prototype.
  return proto instanceof (Object.getPrototypeOf(Uint8Array.prototype) as { constructor: abstract new () => object }).constructor;
}

function describe(value: object): string {
  const proto = Object.getPrototypeOf(value) as { constructor?: { name?: unknown } } | null;
  const name = proto?.constructor?.name;
  return typeof name === 'string' && name !== '' ? `an instance of ${name}` : 'an instance of a class';
}

/**
 * The first part of `value` that a session or cache store could not keep
 * as it is, or `undefined` when all of it can be: the types structured
 * clone copies without loss (primitives except symbols, plain objects,
 * arrays, `Date`, `RegExp`, `Map`, `Set`, `Error`, `ArrayBuffer`, typed
 * arrays, `DataView`). Functions, symbols, and instances of other classes
 * (a socket, a `Blob`, a class with methods: structured clone would drop
 * their prototype silently) are not. Cycles are fine.
 *
 * @example
 * findUnstorable({ rows: [1, 2], open: () => 0 }) // { path: '.open', what: 'a function' }
 */
export function findUnstorable(value: unknown): Unstorable | undefined {
  const seen = new Set<object>();
  const visit = (v: unknown, path: string): Unstorable | undefined => {
    if (typeof v === 'function') return { path, what: 'a function' };
    if (typeof v === 'symbol') return { path, what: 'a symbol' };
    if (typeof v !== 'object' || v === null || seen.has(v)) return undefined;
    seen.add(v);
    if (!cloneablePrototype(Object.getPrototypeOf(v) as object | null)) return { path, what: describe(v) };
    if (v instanceof Map) {
      let i = 0;
      for (const [key, item] of v) {
        const found = visit(key, `${path}.<key ${i}>`) ?? visit(item, `${path}.get(${JSON.stringify(typeof key === 'string' ? key : i)})`);
        if (found) return found;
        i++;
      }
      return undefined;
    }
    if (v instanceof Set) {
      let i = 0;
      for (const item of v) {
        const found = visit(item, `${path}.<item ${i++}>`);
        if (found) return found;
      }
      return undefined;
    }
    if (ArrayBuffer.isView(v) || v instanceof ArrayBuffer || v instanceof Date || v instanceof RegExp) return undefined;
    for (const key of Object.keys(v)) {
      const found = visit((v as Record<string, unknown>)[key], Array.isArray(v) ? `${path}[${key}]` : `${path}.${key}`);
      if (found) return found;
    }
    return undefined;
  };
  return visit(value, '');
}

/**
 * Throws unless `value` can be kept by a store (see {@link findUnstorable}).
 *
 * @param value - The value to check.
 * @param label - What holds it, for the message: `st.sessionState.conn`, `the value loadCars(...) returned`.
 * @param hint - What to do instead, appended to the message.
 * @throws LitUiError `UnserializableValue` naming `label` and the path inside it.
 */
export function assertStorable(value: unknown, label: string, hint: string): void {
  const found = findUnstorable(value);
  if (!found) return;
  throw new LitUiError(
    ErrorCode.UnserializableValue,
    `${label}${found.path} is ${found.what}, which cannot be stored outside this process (only data that structuredClone copies whole). ${hint}`,
  );
}
