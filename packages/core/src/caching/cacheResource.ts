import { createCachedFunction, type CacheKind, type CacheOptions, type CachedFunction } from './cachedFunction.js';
import { definitionSite } from './definitionSite.js';
import type { FunctionCache } from './functionCache.js';

/** Options of {@link cacheResource}, as Streamlit's `st.cache_resource`. */
export interface CacheResourceOptions<R> extends CacheOptions {
  /** Called on each hit; returning false recomputes the resource (e.g. a closed connection). */
  readonly validate?: (value: R) => boolean;
}

const registry = new Map<string, FunctionCache<unknown>>();

/**
 * Caches a shared resource (a connection, a model, a client), as
 * Streamlit's `@st.cache_resource`: every session and rerun gets the same
 * instance (no copy). Keys, TTL, LRU, shared concurrent computation and
 * error handling as {@link cacheData}; `validate` can reject a stale instance.
 *
 * @example
 * const getDb = cacheResource(() => openDatabase(url), { validate: (db) => db.isOpen });
 */
export const cacheResource: {
  <A extends unknown[], R>(fn: (...args: A) => R | Promise<R>, options?: CacheResourceOptions<Awaited<R>>): CachedFunction<A, Awaited<R>>;
  /** Clears every `cacheResource` function's entries. */
  clear(): void;
} = Object.assign(
  <A extends unknown[], R>(fn: (...args: A) => R | Promise<R>, options: CacheResourceOptions<Awaited<R>> = {}) => {
    const kind: CacheKind<Awaited<R>> = {
      registry: registry as Map<string, FunctionCache<Awaited<R>>>,
      store: (value) => value,
      output: (value) => value,
      ...(options.validate ? { valid: options.validate } : {}),
    };
    return createCachedFunction(fn, options, kind, definitionSite(cacheResource));
  },
  { clear: () => registry.forEach((cache) => cache.clear()) },
);
