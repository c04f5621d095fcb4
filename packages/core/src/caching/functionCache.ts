/** One cached result. */
export interface CacheEntry<V> {
  readonly value: V;
  /** `st.*` calls made while computing it, replayed on hits. */
  readonly replay: readonly RecordedCall[];
  /** When it expires, in ms since the epoch (Infinity: never). */
  readonly expiresAt: number;
}

/** An `st.*` call recorded inside a cached function: on which handle, which method, with what. */
export interface RecordedCall {
  /** `[0]` is the DeltaGenerator argument; `[n]` the result of recorded call n - 1; `[n, i]` item i of that result (columns, tabs). */
  readonly target: readonly number[];
  /** The `st.*` method called, e.g. `'write'`. */
  readonly method: string;
  /** Its arguments, as passed (storable data when the cache is shared). */
  readonly args: readonly unknown[];
}

/**
 * The results of one cached function: a map from argument key to entry
 * with a TTL and LRU eviction (`maxEntries`), plus the computations in
 * flight so concurrent callers with one key share one computation.
 */
export class FunctionCache<V> {
  private readonly entries = new Map<string, CacheEntry<V>>();
  readonly inflight = new Map<string, Promise<CacheEntry<V>>>();

  constructor(
    public ttlMs: number,
    public maxEntries: number,
  ) {}

  /** The live entry for `key` (refreshing its LRU position), or undefined. */
  get(key: string, now: number): CacheEntry<V> | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    if (entry.expiresAt <= now) return undefined;
    this.entries.set(key, entry);
    return entry;
  }

  /** Stores an entry, evicting the least recently used beyond `maxEntries`. */
  set(key: string, value: V, replay: readonly RecordedCall[], now: number): CacheEntry<V> {
    const entry = { value, replay, expiresAt: now + this.ttlMs };
    this.entries.delete(key);
    this.entries.set(key, entry);
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    return entry;
  }

  delete(key: string): void {
    this.entries.delete(key);
  }

  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}
