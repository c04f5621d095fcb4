import { createCachedFunction, type CacheKind, type CacheOptions, type CachedFunction } from './cachedFunction.js';
import { definitionSite } from './definitionSite.js';
import { createMemoryCacheStore } from '../store/memoryCacheStore.js';
import { checkWrapperOptions } from '../dg/unknownOptions.js';

/** Options of {@link cacheResource}, as Streamlit's `st.cache_resource`. */
export interface CacheResourceOptions<R> extends CacheOptions {
  /** Called on each hit; returning false recomputes the resource (e.g. a closed connection). */
  readonly validate?: (value: R) => boolean;
}

/** Always this process's memory: a resource (a pool, a client) cannot be shared with another process. */
const store = createMemoryCacheStore();

/**
 * Caches a shared resource (a connection, a model, a client), as
 * Streamlit's `@st.cache_resource`: every session and rerun gets the same
 * instance (no copy). Keys, TTL, LRU, shared concurrent computation and
 * error handling as {@link cacheData}; `validate` can reject a stale instance.
 * Always per process, even when `cacheData` shares a store between
 * workers: each worker makes its own instance.
 *
 * @example
 * const getDb = cacheResource(() => openDatabase(url), { validate: (db) => db.isOpen });
 */
export const cacheResource: {
  <A extends unknown[], R>(fn: (...args: A) => R | Promise<R>, options?: CacheResourceOptions<Awaited<R>>): CachedFunction<A, Awaited<R>>;
  /** Clears every `cacheResource` function's entries (in this process: resources are per process). */
  clear(): Promise<void>;
} = Object.assign(
  <A extends unknown[], R>(fn: (...args: A) => R | Promise<R>, options: CacheResourceOptions<Awaited<R>> = {}) => {
    checkWrapperOptions('cacheResource', options);
    const kind: CacheKind<Awaited<R>> = {
      cacheStore: () => store,
      store: (value) => value,
      output: (value) => value,
      ...(options.validate ? { valid: options.validate } : {}),
    };
    return createCachedFunction(fn, options, kind, definitionSite(cacheResource));
  },
  { clear: () => store.clear() },
);
