import { DeltaGenerator } from '../dg/deltaGenerator.js';
import { invalidArgument } from '../errors.js';
import { hashString } from '../hash/hasher.js';
import { stableHash, type HashFuncs } from '../hash/stableHash.js';
import { parseDuration, type Duration } from '../time/duration.js';
import { argumentNames } from './argumentNames.js';
import { assertStorable } from '../store/storable.js';
import type { CachedEntry, CacheKey, CacheLimits, CacheStore } from '../store/cacheStore.js';
import type { RecordedCall } from './functionCache.js';
import { computeCached } from './capturedWrites.js';
import { recordCalls, replayCalls } from './recordCalls.js';

/** Options shared by `cacheData` and `cacheResource`. */
export interface CacheOptions {
  /** How long an entry lives: ms or a duration (`'1h'`), on the clock set by `setCacheScheduler`. Default: until cleared. */
  readonly ttl?: Duration;
  /** Most entries kept for the function; the least recently used goes first. Default: unlimited. */
  readonly maxEntries?: number;
  /**
   * Show a spinner at the `st` argument's place while a miss computes:
   * `true` for "Running fn(...)", or your own text. Default false, because
   * the spinner's placeholder would shift every later element on misses.
   */
  readonly showSpinner?: boolean | string;
  /** Hash functions for argument classes that cannot be hashed otherwise, as Streamlit's `hash_funcs`. */
  readonly hashFuncs?: HashFuncs;
  /** Arguments left out of the key, by position or parameter name (besides `_`-prefixed names and `st` arguments). */
  readonly excludeArgs?: readonly (number | string)[];
}

/** A cached function: same arguments, a `Promise` of the result; `clear()` drops its entries. */
export interface CachedFunction<A extends unknown[], R> {
  (...args: A): Promise<R>;
  /**
   * Drops the entry for these arguments, or every entry of this function
   * when called without any, in every process sharing the cache store.
   * @returns A Promise that resolves once the store has dropped them (at once in memory).
   */
  clear(...args: Partial<A>): Promise<void>;
}

/** How a kind of cache treats stored values, and where it keeps them. */
export interface CacheKind<R> {
  /** The store to use now (cacheData's can change with the runtime option `cacheStore`). */
  cacheStore(): CacheStore;
  /** Value to store after a miss. */
  store(value: R, fnName: string): R;
  /** Value to hand out (hit or miss). */
  output(value: R): R;
  /** False when a stored value must be recomputed (cacheResource's `validate`). */
  valid?(value: R): boolean;
}

/**
 * The engine of `cacheData` and `cacheResource`: keys are a hash of the
 * function's source text and definition site plus a stable hash of its arguments; TTL and LRU;
 * concurrent callers with one key share one computation (across processes
 * with a shared store); errors are not cached; `st.*` calls on an `st`
 * argument are recorded and replayed on hits.
 */
export function createCachedFunction<A extends unknown[], R>(
  fn: (...args: A) => R | Promise<R>,
  options: CacheOptions,
  kind: CacheKind<Awaited<R>>,
  /** Where the wrapper was called ({@link definitionSite}): functions of identical source defined elsewhere never share entries. */
  site = '',
): CachedFunction<A, Awaited<R>> {
  const source = Function.prototype.toString.call(fn);
  const functionKey = hashString(`${fn.name}\n${source}\n${site}`);
  const ttlMs = options.ttl === undefined ? Infinity : parseDuration(options.ttl);
  const maxEntries = options.maxEntries ?? Infinity;
  if (!(maxEntries >= 1)) throw invalidArgument(`maxEntries must be at least 1 (got ${maxEntries}).`);
  const limits: CacheLimits = { ttlMs, maxEntries };
  const names = argumentNames(fn);
  const excluded = new Set<number | string>(options.excludeArgs ?? []);
  const label = fn.name || 'the cached function';

  const keyOf = (args: readonly unknown[]): CacheKey => ({
    fn: functionKey,
    label,
    args: args
      .map((arg, i) => {
        const name = names[i] ?? '';
        if (arg instanceof DeltaGenerator || name.startsWith('_') || excluded.has(i) || (name && excluded.has(name))) return '-';
        return stableHash(arg, {
          ...(options.hashFuncs ? { hashFuncs: options.hashFuncs } : {}),
          label: `argument ${i + 1}${name ? ` (${name})` : ''} of ${label}`,
        });
      })
      .join(','),
  });

  const compute = async (args: A, store: CacheStore, st: DeltaGenerator<object> | undefined): Promise<CachedEntry> => {
    const calls: RecordedCall[] = [];
    const callArgs = (st ? args.map((a) => (a === st ? recordCalls(st, calls) : a)) : args) as A;
    const work = async () => kind.store(await computeCached(label, async () => await fn(...callArgs)), label);
    const text = typeof options.showSpinner === 'string' ? options.showSpinner : `Running ${label}(...).`;
    const value = options.showSpinner && st ? await st.spinner(text, work) : await work();
    if (!store.inProcess) {
      const hint = 'Return plain data, or use cacheResource (kept per process) for objects such as connections and models.';
      assertStorable(value, `The value ${label}(...) returned`, hint);
      assertStorable(calls, `An st.* call inside ${label}(...) (recorded for replay)`, 'Pass plain data to st.* calls inside cached functions.');
    }
    return { value, replay: calls };
  };

  const cached = async (...args: A): Promise<Awaited<R>> => {
    const key = keyOf(args);
    const st = args.find((a): a is DeltaGenerator<object> => a instanceof DeltaGenerator);
    const store = kind.cacheStore();
    const valid = kind.valid ? (value: unknown) => kind.valid!(value as Awaited<R>) : undefined;
    const { entry, computed } = await store.getOrCompute(key, limits, () => compute(args, store, st), valid);
    if (!computed && st && entry.replay.length > 0) replayCalls(st, entry.replay);
    return kind.output(entry.value as Awaited<R>);
  };
  return Object.assign(cached, {
    clear: (...args: Partial<A>) => {
      const store = kind.cacheStore();
      return args.length === 0 ? store.clearFunction(functionKey) : store.delete(keyOf(args));
    },
  });
}
