/* eslint-disable @typescript-eslint/require-await -- in-memory implementations of async interfaces: async methods turn a throw into a rejection, as a shared store's would */
import { cacheNow } from '../caching/cacheScheduler.js';
import { FunctionCache } from '../caching/functionCache.js';
import type { CachedEntry, CacheKey, CacheLimits, CacheLookup, CacheStore } from './cacheStore.js';

/** Options of {@link createMemoryCacheStore}. */
export interface MemoryCacheStoreOptions {
  /** Clock, in ms. Default: the caches' process-wide clock (`setCacheScheduler`, `Date.now()` unless set). */
  readonly now?: () => number;
}

/**
 * A {@link CacheStore} in this process's memory: what `cacheData` and
 * `cacheResource` use unless told otherwise. Values are kept by reference;
 * TTL and LRU per function; concurrent callers of one key in this process
 * share one computation.
 *
 * @example
 * setCacheDataStore(createMemoryCacheStore());
 */
export function createMemoryCacheStore(options: MemoryCacheStoreOptions = {}): CacheStore {
  const now = options.now ?? cacheNow;
  const functions = new Map<string, FunctionCache<unknown>>();
  const cacheOf = (fn: string, limits: CacheLimits): FunctionCache<unknown> => {
    let cache = functions.get(fn);
    if (!cache) functions.set(fn, (cache = new FunctionCache<unknown>(limits.ttlMs, limits.maxEntries)));
    cache.ttlMs = limits.ttlMs;
    cache.maxEntries = limits.maxEntries;
    return cache;
  };

  const getOrCompute = async (
    key: CacheKey,
    limits: CacheLimits,
    compute: () => Promise<CachedEntry>,
    valid?: (value: unknown) => boolean,
  ): Promise<CacheLookup> => {
    const cache = cacheOf(key.fn, limits);
    const hit = cache.get(key.args, now());
    if (hit && (!valid || valid(hit.value))) return { entry: hit, computed: false };
    if (hit) cache.delete(key.args);
    const running = cache.inflight.get(key.args);
    if (running) return { entry: await running, computed: false };
    const pending = compute().then((entry) => cache.set(key.args, entry.value, entry.replay, now()));
    cache.inflight.set(key.args, pending);
    const done = () => {
      if (cache.inflight.get(key.args) === pending) cache.inflight.delete(key.args);
    };
    pending.then(done, done);
    return { entry: await pending, computed: true };
  };

  return {
    inProcess: true,
    getOrCompute,
    delete: async (key) => functions.get(key.fn)?.delete(key.args),
    clearFunction: async (fn) => functions.get(fn)?.clear(),
    clear: async () => functions.forEach((cache) => cache.clear()),
  };
}
