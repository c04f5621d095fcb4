import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitUntil } from '../../../tests/cluster/waitUntil.js';
import { startRedis, type RedisServer } from '../../../tests/cluster/redisServer.js';
import { createRedisStores, type RedisStores } from './createRedisStores.js';

let redis: RedisServer;
const opened: RedisStores[] = [];
const stores = (prefix: string) => {
  const made = createRedisStores({ url: redis.url, prefix });
  opened.push(made);
  return made;
};

beforeAll(async () => {
  redis = await startRedis();
});
afterAll(async () => {
  await Promise.all(opened.map((s) => s.close()));
  await redis.stop();
});

describe('the Redis pub/sub', () => {
  it('delivers between processes, counts the receivers, and keeps apps apart by prefix', async () => {
    const a = stores('app').pubSub;
    const b = stores('app').pubSub;
    const other = stores('other').pubSub;
    const got: string[] = [];
    const stop = await b.subscribe('session:s1', (m) => got.push(`b:${m}`));
    await other.subscribe('session:s1', (m) => got.push(`other:${m}`));
    expect(await a.publish('session:s1', '{"type":"rerun"}')).toBe(1);
    await waitUntil('the message', () => got.length > 0);
    expect(got).toEqual(['b:{"type":"rerun"}']);
    await stop();
    expect(await a.publish('session:s1', 'again')).toBe(0);
  });
});
