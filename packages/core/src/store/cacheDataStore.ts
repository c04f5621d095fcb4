import { invalidArgument } from '../errors.js';
import type { CacheStore } from './cacheStore.js';
import { createMemoryCacheStore } from './memoryCacheStore.js';

/** The process's default: memory. */
const memory = createMemoryCacheStore();
let current: CacheStore = memory;
/** The runtimes that installed `current` through their option (so a runtime with another store is caught). */
const users = new Set<object>();

/**
 * Where every `cacheData` function of this process keeps its results.
 * `cacheData` wrappers live at module level, not in a runtime, so the store
 * is process-wide: the runtime option `cacheStore` sets it when the runtime
 * is created (and puts back the memory store when it closes). Call this
 * yourself only where no runtime is created (a script run by `AppTest`, a
 * worker that only computes).
 *
 * @param store - The store, or `undefined` for the default memory store.
 * @example
 * setCacheDataStore(createRedisStores({ url, prefix: 'explorer' }).cacheStore);
 */
export function setCacheDataStore(store: CacheStore | undefined): void {
  current = store ?? memory;
  users.clear();
}

/** The store `cacheData` uses now. */
export function cacheDataStore(): CacheStore {
  return current;
}

/**
 * @internal A runtime's `cacheStore` option: installs it for the process.
 * @returns A function that puts the memory store back (when the runtime closes).
 * @throws LitUiError `InvalidArgument` when another runtime of this process installed a different store.
 */
export function installCacheDataStore(store: CacheStore, runtime: object): () => void {
  if (users.size > 0 && current !== store) {
    throw invalidArgument(
      'cacheData keeps one store per process, and another runtime of this process already uses a different cacheStore. ' +
        'Pass the same cacheStore to every runtime of the process (one createRedisStores(...) result), or none.',
    );
  }
  current = store;
  users.add(runtime);
  return () => {
    if (!users.delete(runtime) || users.size > 0) return;
    current = memory;
  };
}
