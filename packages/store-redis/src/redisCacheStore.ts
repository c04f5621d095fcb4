import { deserialize, serialize } from 'node:v8';
import { randomUUID } from 'node:crypto';
import {
  createMemoryCacheStore,
  type CachedEntry,
  type CacheKey,
  type CacheLimits,
  type CacheLookup,
  type CacheStore,
  type Logger,
  type PubSub,
} from '@lit-ui/core';
import { script } from './luaScript.js';
import type { RedisConnections } from './redisConnection.js';

/** Options of the Redis cache store. */
export interface RedisCacheOptions {
  /**
   * How long the lock of a computation lives without renewal, in ms: the
   * process computing renews it every third of this, so this is how long
   * the others wait before computing themselves when it died. Default 10 000.
   */
  readonly lockTimeoutMs?: number;
  /** How often a waiting process looks again when no "computed" message came, in ms. Default 250. */
  readonly pollMs?: number;
}

/**
 * The LRU score of a use, in microseconds of Redis's own clock (one clock for
 * every process), and strictly above the function's latest score: two uses
 * within one microsecond still keep their order.
 */
const NOW = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local top = redis.call('ZRANGE', KEYS[2], -1, -1, 'WITHSCORES')
if top[2] and tonumber(top[2]) >= now then now = tonumber(top[2]) + 1 end`;

/** Reads an entry and marks it recently used. */
const GET = `
local v = redis.call('GET', KEYS[1])
if v then
${NOW}
  redis.call('ZADD', KEYS[2], 'XX', now, ARGV[1])
end
return v`;

/** Stores an entry with its TTL (ms), indexes it for LRU, and evicts beyond maxEntries. */
const SET = `
if ARGV[2] ~= '' then redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2]) else redis.call('SET', KEYS[1], ARGV[1]) end
${NOW}
redis.call('ZADD', KEYS[2], now, ARGV[3])
if ARGV[2] ~= '' then redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now - tonumber(ARGV[2]) * 1000) end
if ARGV[4] ~= '' then
  local extra = redis.call('ZCARD', KEYS[2]) - tonumber(ARGV[4])
  if extra > 0 then
    for _, member in ipairs(redis.call('ZRANGE', KEYS[2], 0, extra - 1)) do redis.call('DEL', ARGV[5] .. member) end
    redis.call('ZREMRANGEBYRANK', KEYS[2], 0, extra - 1)
  end
end
return 1`;

/** Runs only for the lock's holder: renews (ARGV[2] set) or releases it. */
const LOCK = `
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
if ARGV[2] ~= '' then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return redis.call('DEL', KEYS[1])`;

/**
 * A {@link CacheStore} on Redis for `cacheData`, shared by every process
 * of the app: an entry is `<prefix>:cache:<fn>:<args>` (the value and its
 * recorded `st.*` calls, `v8.serialize`d, with a PX TTL), each function has
 * an LRU index `<prefix>:cache-lru:<fn>` (a sorted set by last use on Redis's clock, trimmed
 * to `maxEntries`). A miss takes a lock `<prefix>:cache-lock:<fn>:<args>`
 * (SET NX PX, renewed while computing); other processes wait for its
 * "computed" message on pub/sub (or look again every `pollMs`), then read
 * the entry. While Redis is down, calls are served by a memory store in the
 * process (logged once).
 */
export function createRedisCacheStore(
  redis: RedisConnections,
  pubSub: PubSub,
  prefix: string,
  options: RedisCacheOptions = {},
  logger?: Logger,
): CacheStore {
  const lockMs = options.lockTimeoutMs ?? 10_000;
  const pollMs = options.pollMs ?? 250;
  const get = script(redis, GET, 2);
  const set = script(redis, SET, 2);
  const lock = script(redis, LOCK, 1);
  const fallback = createMemoryCacheStore();
  const inflight = new Map<string, Promise<CacheLookup>>();
  const waiters = new Map<string, Set<() => void>>();
  let down = false;
  const valueKey = (key: CacheKey) => `${prefix}:cache:${key.fn}:${key.args}`;
  const lruKey = (fn: string) => `${prefix}:cache-lru:${fn}`;
  const idOf = (key: CacheKey) => `${key.fn}:${key.args}`;

  const listening = pubSub
    .subscribe('cache', (text) => {
      const id = (JSON.parse(text) as { id: string }).id;
      for (const wake of [...(waiters.get(id) ?? [])]) wake();
    })
    .catch(() => undefined);

  const read = async (key: CacheKey): Promise<CachedEntry | undefined> => {
    const bytes = (await get(valueKey(key), lruKey(key.fn), key.args)) as Buffer | null;
    return bytes ? (deserialize(bytes) as CachedEntry) : undefined;
  };

  /** Waits for a "computed" (or "failed") message about `id`, at most `pollMs`. */
  const wait = (id: string) =>
    new Promise<void>((resolve) => {
      let set = waiters.get(id);
      if (!set) waiters.set(id, (set = new Set()));
      const done = () => {
        clearTimeout(timer);
        set.delete(done);
        if (set.size === 0) waiters.delete(id);
        resolve();
      };
      const timer = setTimeout(done, pollMs);
      set.add(done);
    });

  const warnDown = (error: unknown) => {
    if (down) return;
    down = true;
    logger?.warn(
      `lit-ui: cacheData's Redis store cannot be reached (${error instanceof Error ? error.message : String(error)}); computing in this process until it is back.`,
    );
  };

  const computeHere = async (key: CacheKey, limits: CacheLimits, compute: () => Promise<CachedEntry>, token: string): Promise<CacheLookup> => {
    const lockKey = `${prefix}:cache-lock:${idOf(key)}`;
    const renew = setInterval(() => void lock(lockKey, token, lockMs).catch(() => undefined), Math.max(50, Math.floor(lockMs / 3)));
    let outcome = 'failed';
    try {
      // Another process may have finished between our miss and our lock.
      const ready = await read(key);
      if (ready) return { entry: ready, computed: false };
      const entry = await compute();
      const ttl = Number.isFinite(limits.ttlMs) ? String(Math.max(1, Math.ceil(limits.ttlMs))) : '';
      const max = Number.isFinite(limits.maxEntries) ? String(limits.maxEntries) : '';
      try {
        await set(valueKey(key), lruKey(key.fn), serialize(entry), ttl, key.args, max, `${prefix}:cache:${key.fn}:`);
        outcome = 'computed';
      } catch (error) {
        // Computed but not stored: the caller still gets the value.
        warnDown(error);
      }
      return { entry, computed: true };
    } finally {
      clearInterval(renew);
      await lock(lockKey, token, '').catch(() => undefined);
      await pubSub.publish('cache', JSON.stringify({ id: idOf(key), outcome })).catch(() => 0);
    }
  };

  const resolve = async (key: CacheKey, limits: CacheLimits, compute: () => Promise<CachedEntry>): Promise<CacheLookup> => {
    await listening;
    const lockKey = `${prefix}:cache-lock:${idOf(key)}`;
    for (;;) {
      redis.assertUp();
      const hit = await read(key);
      if (hit) return { entry: hit, computed: false };
      const token = randomUUID();
      const acquired = await redis.commands.set(lockKey, token, 'PX', lockMs, 'NX');
      if (acquired === 'OK') return computeHere(key, limits, compute, token);
      await wait(idOf(key));
    }
  };

  return {
    inProcess: false,
    getOrCompute: async (key, limits, compute) => {
      const id = idOf(key);
      const running = inflight.get(id);
      if (running) return { entry: (await running).entry, computed: false };
      let computeRan = false;
      const once = () => ((computeRan = true), compute());
      const pending = resolve(key, limits, once).then(
        (lookup) => {
          if (down) logger?.info?.("lit-ui: cacheData's Redis store answers again.");
          down = false;
          return lookup;
        },
        (error: unknown) => {
          // A failing computation is the caller's error; a failing Redis is served from memory.
          if (computeRan) throw error;
          warnDown(error);
          return fallback.getOrCompute(key, limits, compute);
        },
      );
      inflight.set(id, pending);
      const done = () => {
        if (inflight.get(id) === pending) inflight.delete(id);
      };
      pending.then(done, done);
      return pending;
    },
    delete: async (key) => {
      await fallback.delete(key);
      redis.assertUp();
      await redis.commands.del(valueKey(key));
      await redis.commands.zrem(lruKey(key.fn), key.args);
    },
    clearFunction: async (fn) => {
      await fallback.clearFunction(fn);
      await deleteMatching(redis, `${prefix}:cache:${fn}:*`);
      await redis.commands.del(lruKey(fn));
    },
    clear: async () => {
      await fallback.clear();
      await deleteMatching(redis, `${prefix}:cache:*`);
      await deleteMatching(redis, `${prefix}:cache-lru:*`);
    },
  };
}

/** Deletes every key matching `pattern` (SCAN, then DEL in batches). */
async function deleteMatching(redis: RedisConnections, pattern: string): Promise<void> {
  redis.assertUp();
  let cursor = '0';
  do {
    const [next, keys] = await redis.commands.scan(cursor, 'MATCH', pattern, 'COUNT', 500);
    if (keys.length > 0) await redis.commands.del(...keys);
    cursor = next;
  } while (cursor !== '0');
}
