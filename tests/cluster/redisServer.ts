import { Redis } from 'ioredis';
import { freePort, startRedisServer, type RedisProcess } from '../../examples/cluster/launch.js';
import { waitUntil } from './waitUntil.js';

/** A `redis-server` started by a test on a free loopback port, that the test can take down and bring back (empty) on the same port. */
export interface RedisServer {
  readonly url: string;
  readonly port: number;
  /** A client for the test's own checks. */
  readonly client: Redis;
  down(): Promise<void>;
  start(): Promise<void>;
  /** Stops it for good (no process, no directory left). */
  stop(): Promise<void>;
}

export async function startRedis(): Promise<RedisServer> {
  const port = await freePort();
  let proc: RedisProcess | undefined = await startRedisServer(port);
  const client = new Redis(port, '127.0.0.1', { maxRetriesPerRequest: 1, retryStrategy: () => 100 });
  client.on('error', () => undefined);
  await waitUntil('the test client', async () => (await client.ping().catch(() => '')) === 'PONG');
  return {
    url: proc.url,
    port,
    client,
    down: async () => {
      await proc?.stop();
      proc = undefined;
    },
    start: async () => {
      proc ??= await startRedisServer(port);
      await waitUntil('the test client', async () => (await client.ping().catch(() => '')) === 'PONG');
    },
    stop: async () => {
      client.disconnect();
      await proc?.stop();
      proc = undefined;
    },
  };
}
