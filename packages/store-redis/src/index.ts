/**
 * `@lit-ui/store-redis`: the session store, cacheData store and pub/sub of
 * a lit-ui app served by several processes, on Redis (ioredis).
 */
export { createRedisStores } from './createRedisStores.js';
export type { RedisStores, RedisStoresOptions } from './createRedisStores.js';
export type { RedisCacheOptions } from './redisCacheStore.js';
