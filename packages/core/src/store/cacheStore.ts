import type { RecordedCall } from '../caching/functionCache.js';

/** Where a cached result lives: its function and its arguments. */
export interface CacheKey {
  /** Hash of the cached function's name and source text: the same in every process running the same code. */
  readonly fn: string;
  /** Stable hash of the arguments that take part in the key. */
  readonly args: string;
  /** The function's name, for messages. */
  readonly label: string;
}

/** A cached function's limits, as its options give them. */
export interface CacheLimits {
  /** How long an entry lives after it is computed, in ms (`Infinity`: until cleared). */
  readonly ttlMs: number;
  /** Most entries of the function; the least recently used goes first (`Infinity`: no limit). */
  readonly maxEntries: number;
}

/** One cached result: the value and the `st.*` calls to replay on hits. */
export interface CachedEntry {
  /** What the cached function returned (storable: structured-clone data when the store is shared). */
  readonly value: unknown;
  /** The `st.*` calls the function made on its `st` argument, replayed on every hit. */
  readonly replay: readonly RecordedCall[];
}

/** What {@link CacheStore.getOrCompute} found or made. */
export interface CacheLookup {
  /** The entry: the stored one, the one another caller (or process) computed meanwhile, or this call's. */
  readonly entry: CachedEntry;
  /** True when this call's `compute` made it (its `st.*` calls already ran: nothing to replay). */
  readonly computed: boolean;
}

/**
 * Where `cacheData` keeps its results (the runtime option `cacheStore`, or
 * {@link setCacheDataStore}). The default keeps them in this process's
 * memory; `@lit-ui/store-redis` shares them between processes. `cacheResource`
 * always stays in the process (a pool or a client cannot be shared).
 *
 * A store shared between processes (`inProcess: false`) gets only values
 * that structured clone copies whole (core checks and throws
 * `UnserializableValue` before `compute`'s result reaches it) and must:
 * honour `limits` (TTL from the computation, LRU `maxEntries` per
 * function), run `compute` once across processes for concurrent callers of
 * one key (a lock with a timeout, so a process that dies while computing
 * does not block the others), not cache a `compute` that throws, and make
 * `clear` and `clearFunction` reach every process.
 */
export interface CacheStore {
  /** True when values stay in this process by reference (the memory store): `copy: false` then hands out the stored value itself. */
  readonly inProcess: boolean;
  /**
   * The live entry under `key`, or the one `compute` makes on a miss (stored
   * with `limits`). `valid` (cacheResource's `validate`) can reject a stored
   * value: it is then recomputed.
   *
   * @throws What `compute` throws (nothing is stored then).
   */
  getOrCompute(key: CacheKey, limits: CacheLimits, compute: () => Promise<CachedEntry>, valid?: (value: unknown) => boolean): Promise<CacheLookup>;
  /** Drops the entry under `key`. */
  delete(key: CacheKey): Promise<void>;
  /** Drops every entry of the function with hash `fn`. */
  clearFunction(fn: string): Promise<void>;
  /** Drops every entry. */
  clear(): Promise<void>;
}
