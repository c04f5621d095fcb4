import { cacheData, setCacheDataStore, type CachedEntry, type CacheKey, type Logger } from '@lit-ui/core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { waitUntil } from '../../../tests/cluster/waitUntil.js';
import { startRedis, type RedisServer } from '../../../tests/cluster/redisServer.js';
import { createRedisStores, type RedisStores } from './createRedisStores.js';

let redis: RedisServer;
const opened: RedisStores[] = [];
/** One process's stores (its own two connections). */
const process = (options: { lockTimeoutMs?: number; logger?: Logger } = {}) => {
  const made = createRedisStores({
    url: redis.url,
    prefix: 'cache-test',
    commandTimeoutMs: 500,
    cache: { lockTimeoutMs: options.lockTimeoutMs ?? 5000, pollMs: 50 },
    ...(options.logger ? { logger: options.logger } : {}),
  });
  opened.push(made);
  return made;
};
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const key = (args: string, fn = 'f1'): CacheKey => ({ fn, args, label: 'load' });
const limits = { ttlMs: Infinity, maxEntries: Infinity };

beforeAll(async () => {
  redis = await startRedis();
});
afterEach(async () => {
  setCacheDataStore(undefined);
  await redis.client.flushall();
});
afterAll(async () => {
  await Promise.all(opened.map((s) => s.close()));
  await redis.stop();
});

describe('the Redis cache store', () => {
  it('computes a key once for concurrent callers in two processes; the others get the stored value', async () => {
    const a = process().cacheStore;
    const b = process().cacheStore;
    let computations = 0;
    const compute = async (): Promise<CachedEntry> => {
      computations++;
      await sleep(150);
      return { value: { rows: [1, 2, 3], at: new Date(7) }, replay: [] };
    };
    const lookups = await Promise.all(
      Array.from({ length: 4 }).flatMap(() => [a.getOrCompute(key('x'), limits, compute), b.getOrCompute(key('x'), limits, compute)]),
    );
    expect(computations).toBe(1);
    expect(lookups.filter((l) => l.computed)).toHaveLength(1);
    for (const lookup of lookups) expect(lookup.entry.value).toEqual({ rows: [1, 2, 3], at: new Date(7) });
  });

  it('honours the TTL (from the computation) and maxEntries (least recently used first)', async () => {
    const store = process().cacheStore;
    const entry = (value: number) => async () => ({ value, replay: [] });
    await store.getOrCompute(key('short'), { ttlMs: 1000, maxEntries: Infinity }, entry(1));
    const pttl = await redis.client.pttl('lit-ui:cache-test:cache:f1:short');
    expect(pttl).toBeGreaterThan(0);
    expect(pttl).toBeLessThanOrEqual(1000);
    await waitUntil('the entry to expire', async () => (await redis.client.exists('lit-ui:cache-test:cache:f1:short')) === 0);
    expect((await store.getOrCompute(key('short'), { ttlMs: 1000, maxEntries: Infinity }, entry(2))).entry.value).toBe(2);

    // Uses within one millisecond (they are, on loopback) keep their order too: 20 rounds, one function each.
    const lru = { ttlMs: Infinity, maxEntries: 2 };
    for (let round = 0; round < 20; round++) {
      const fn = `f2-${round}`;
      await store.getOrCompute(key('a', fn), lru, entry(1));
      await store.getOrCompute(key('b', fn), lru, entry(2));
      await store.getOrCompute(key('a', fn), lru, entry(-1)); // a is used again: b is now the oldest
      await store.getOrCompute(key('c', fn), lru, entry(3));
      expect((await store.getOrCompute(key('a', fn), lru, entry(-1))).computed).toBe(false);
      expect((await store.getOrCompute(key('b', fn), lru, entry(22))).entry.value).toBe(22);
    }
  });

  it('clear() and clearFunction() reach every process', async () => {
    const a = process().cacheStore;
    const b = process().cacheStore;
    await a.getOrCompute(key('1', 'f1'), limits, async () => ({ value: 1, replay: [] }));
    await a.getOrCompute(key('1', 'f2'), limits, async () => ({ value: 1, replay: [] }));
    await b.clearFunction('f1');
    expect((await a.getOrCompute(key('1', 'f1'), limits, async () => ({ value: 2, replay: [] }))).computed).toBe(true);
    expect((await a.getOrCompute(key('1', 'f2'), limits, async () => ({ value: 2, replay: [] }))).computed).toBe(false);
    await b.clear();
    expect((await a.getOrCompute(key('1', 'f2'), limits, async () => ({ value: 3, replay: [] }))).computed).toBe(true);
  });

  it('when the computing process dies, another computes after the lock times out', async () => {
    const dying = process({ lockTimeoutMs: 300 });
    const survivor = process({ lockTimeoutMs: 300 }).cacheStore;
    void dying.cacheStore.getOrCompute(key('slow'), limits, () => new Promise<CachedEntry>(() => undefined)).catch(() => undefined);
    await waitUntil('the dying process to hold the lock', async () => (await redis.client.exists('lit-ui:cache-test:cache-lock:f1:slow')) === 1);
    await dying.close(); // its lock is no longer renewed
    const lookup = await survivor.getOrCompute(key('slow'), limits, async () => ({ value: 'here', replay: [] }));
    expect(lookup).toMatchObject({ computed: true, entry: { value: 'here' } });
  });

  it('a computation that throws is not cached, and the error reaches its caller', async () => {
    const store = process().cacheStore;
    await expect(store.getOrCompute(key('boom'), limits, async () => Promise.reject(new Error('db down')))).rejects.toThrow('db down');
    expect((await store.getOrCompute(key('boom'), limits, async () => ({ value: 1, replay: [] }))).computed).toBe(true);
  });

  it('while Redis is down, computes in the process (one warning) and goes back to Redis when it returns', async () => {
    const warnings: string[] = [];
    const store = process({ logger: { warn: (m) => warnings.push(m), error: () => undefined } }).cacheStore;
    await store.getOrCompute(key('k'), limits, async () => ({ value: 1, replay: [] }));
    await redis.down();
    let calls = 0;
    const compute = async () => ({ value: ++calls, replay: [] });
    expect((await store.getOrCompute(key('k'), limits, compute)).entry.value).toBe(1);
    expect((await store.getOrCompute(key('k'), limits, compute)).entry.value).toBe(1);
    expect(calls).toBe(1);
    expect(warnings.filter((w) => w.includes("cacheData's Redis store cannot be reached"))).toHaveLength(1);
    await redis.start();
    // Once Redis answers again, new results are stored there.
    await waitUntil('cacheData to store in Redis again', async () => {
      await store.getOrCompute(key('k2'), limits, async () => ({ value: 0, replay: [] }));
      return (await redis.client.exists('lit-ui:cache-test:cache:f1:k2')) === 1;
    });
  });

  it('is what cacheData uses through setCacheDataStore; results are copies and st-free values only', async () => {
    setCacheDataStore(process().cacheStore);
    let calls = 0;
    const load = cacheData(async (n: number) => ({ n, calls: ++calls }));
    const first = await load(1);
    first.n = 99;
    expect(await load(1)).toEqual({ n: 1, calls: 1 });
    const bad = cacheData(async function openSocket() {
      return { send: () => undefined };
    });
    await expect(bad()).rejects.toMatchObject({ code: 'UnserializableValue' });
  });
});
