import { ErrorCode, LitUiError, type CacheStore, type Logger, type PubSub, type SessionStore } from '@lit-ui/core';
import { createRedisCacheStore, type RedisCacheOptions } from './redisCacheStore.js';
import { openConnections } from './redisConnection.js';
import { createRedisPubSub } from './redisPubSub.js';
import { createRedisSessionStore } from './redisSessionStore.js';

/** Options of {@link createRedisStores}. */
export interface RedisStoresOptions {
  /** `redis://[user:password@]host:port[/db]`, or `rediss://` for TLS. */
  readonly url: string;
  /**
   * Names this app's keys and channels (`lit-ui:<prefix>:...`), so several
   * apps can share one Redis. Letters, digits, `.`, `_` and `-`.
   */
  readonly prefix: string;
  /** A command without a reply after this many ms fails, and the stores count as down. Default 2000. */
  readonly commandTimeoutMs?: number;
  /** cacheData's locks and polling. */
  readonly cache?: RedisCacheOptions;
  /** Where connection errors and cache fallbacks are reported. Default: nowhere (the runtime's logger reports session store outages). */
  readonly logger?: Logger;
}

/** The three stores of {@link createRedisStores}: spread them into the runtime options. */
export interface RedisStores {
  /** Sessions in Redis hashes under `lit-ui:<prefix>:session:`, so that another worker can take one over (runtime option `sessionStore`). */
  readonly sessionStore: SessionStore;
  /** `cacheData` entries in Redis under `lit-ui:<prefix>:cache:`, computed once across workers (runtime option `cacheStore`). */
  readonly cacheStore: CacheStore;
  /** Messages between workers on Redis channels under `lit-ui:<prefix>:`: hand-overs, forwarded reruns, cache clears (runtime option `pubSub`). */
  readonly pubSub: PubSub;
  /** Closes both Redis connections (after the runtime is closed or drained). */
  close(): Promise<void>;
}

/**
 * Redis stores for a lit-ui app served by several processes (workers
 * behind a load balancer): sessions another worker can take over, a
 * `cacheData` cache computed once for all workers, and pub/sub between
 * them. Opens two connections (commands, subscriptions) with ioredis, which
 * reconnects by itself; while Redis is away the runtime serves from memory
 * and says `degraded` in its health.
 *
 * Needs one Redis (or a Sentinel-managed primary), not Redis Cluster (the
 * Lua scripts touch keys they do not declare). Redis holds session state
 * and session tokens: keep it private (a password, a private network, TLS).
 *
 * @param options - See {@link RedisStoresOptions}.
 * @returns `{ sessionStore, cacheStore, pubSub, close }`.
 * @throws LitUiError `InvalidOption` for a prefix with other characters than letters, digits, `.`, `_`, `-`.
 * @example
 * const stores = createRedisStores({ url: 'redis://127.0.0.1:6379', prefix: 'explorer' });
 * app.use('/explorer', liteUi(explorer, { ...stores }));
 * process.on('SIGTERM', async () => { await ui.runtime.drain(); await stores.close(); });
 */
export function createRedisStores(options: RedisStoresOptions): RedisStores {
  if (!/^[\w.-]+$/.test(options.prefix)) {
    throw new LitUiError(
      ErrorCode.InvalidOption,
      `createRedisStores: the prefix '${options.prefix}' may only have letters, digits, '.', '_' and '-'.`,
    );
  }
  const prefix = `lit-ui:${options.prefix}`;
  let reported = '';
  const redis = openConnections(options, (error) => {
    // ioredis repeats the same error at every reconnect attempt: report each kind once.
    if (error.message === reported) return;
    reported = error.message;
    options.logger?.warn(`lit-ui: Redis connection error: ${error.message}`);
  });
  redis.commands.on('ready', () => (reported = ''));
  const pubSub = createRedisPubSub(redis, prefix);
  return {
    sessionStore: createRedisSessionStore(redis, prefix),
    cacheStore: createRedisCacheStore(redis, pubSub, prefix, options.cache, options.logger),
    pubSub,
    close: () => redis.close(),
  };
}
