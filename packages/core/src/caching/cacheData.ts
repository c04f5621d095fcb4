import { isArrowTable } from '../data/fromArrow.js';
import { DataTable } from '../data/dataTable.js';
import { recordOrigin } from '../data/sourceOrigin.js';
import { invalidArgument } from '../errors.js';
import { createCachedFunction, type CacheKind, type CacheOptions, type CachedFunction } from './cachedFunction.js';
import { definitionSite } from './definitionSite.js';
import { cacheDataStore } from '../store/cacheDataStore.js';
import { checkWrapperOptions } from '../dg/unknownOptions.js';

/** Options of {@link cacheData}, as Streamlit's `st.cache_data`. */
export interface CacheDataOptions extends CacheOptions {
  /**
   * Hand every caller its own `structuredClone` of the value, so callers
   * cannot change the cache. Default true. Apache Arrow tables are never
   * cloned (they are immutable): every caller gets the cached table.
   */
  readonly copy?: boolean;
}

/** Tables are immutable: cloning one would cost a copy per caller and lose its class (an Arrow table's methods). */
function isImmutableTable(value: unknown): boolean {
  return value instanceof DataTable || isArrowTable(value);
}

function cloneOf<T>(value: T, fnName: string): T {
  if (isImmutableTable(value)) return value;
  try {
    return structuredClone(value);
  } catch (e) {
    throw invalidArgument(
      `cacheData cannot copy what ${fnName} returned (${e instanceof Error ? e.message : String(e)}). ` +
        'Return plain data, pass { copy: false }, or use cacheResource for objects such as connections and models.',
    );
  }
}

/**
 * Caches a function's results across reruns and sessions, as Streamlit's
 * `@st.cache_data`: for data (query results, transformed tables). Keyed on
 * the function's source text, where it is defined (the wrapper's call site:
 * functions of identical text defined in two places never share entries)
 * and its arguments' contents; each caller gets
 * a copy unless `copy: false`. Concurrent calls with the same arguments
 * share one computation; a thrown error is not cached. Arguments whose
 * parameter name starts with `_` (and `st` arguments) are not hashed;
 * `st.*` calls on an `st` argument are replayed on hits.
 *
 * Results live in the process's cache store: memory by default, or the
 * store of the runtime option `cacheStore` (e.g. Redis, shared by every
 * worker: then one worker computes a key while the others wait for it).
 *
 * @returns a function with the same arguments returning a Promise, with `.clear()`.
 * @throws LitUiError `UnhashableArgument` (when called) for an argument it cannot hash;
 *   `UnserializableValue` (when called, with a store shared between processes) for a
 *   result that structured clone cannot copy whole, naming the function and the path.
 * @example
 * const loadCars = cacheData(async () => readJson('cars.json'), { ttl: '1h' });
 * const cars = await loadCars();
 */
export const cacheData: {
  <A extends unknown[], R>(fn: (...args: A) => R | Promise<R>, options?: CacheDataOptions): CachedFunction<A, Awaited<R>>;
  /** Clears every `cacheData` function's entries, in every process sharing the cache store; resolves once done. */
  clear(): Promise<void>;
} = Object.assign(
  <A extends unknown[], R>(fn: (...args: A) => R | Promise<R>, options: CacheDataOptions = {}) => {
    checkWrapperOptions('cacheData', options);
    const copy = options.copy ?? true;
    const kind: CacheKind<Awaited<R>> = {
      cacheStore: cacheDataStore,
      // A store shared between processes keeps a serialised copy (and checks the value first): no clone needed here.
      store: (value, name) => (copy && cacheDataStore().inProcess ? cloneOf(value, name) : value),
      // Each caller's copy remembers its origin, so a dataframe of it shares the table built from the cached value.
      output: (value) => (copy && !isImmutableTable(value) ? recordOrigin(structuredClone(value), value) : value),
    };
    return createCachedFunction(fn, options, kind, definitionSite(cacheData));
  },
  { clear: () => cacheDataStore().clear() },
);
