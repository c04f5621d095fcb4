import { Redis } from 'ioredis';

/** Options of the connections {@link createRedisStores} opens. */
export interface RedisConnectionOptions {
  /** `redis://[user:password@]host:port[/db]` or `rediss://...` for TLS. */
  readonly url: string;
  /** A command without a reply after this many ms fails (the store then counts as down). Default 2000. */
  readonly commandTimeoutMs?: number;
}

/** How the stores reach Redis: one connection for commands, one for subscriptions. */
export interface RedisConnections {
  readonly commands: Redis;
  readonly subscriber: Redis;
  /**
   * Throws at once when the command connection is down after having been up
   * (no waiting for a timeout on every call while Redis is away).
   */
  assertUp(): void;
  close(): Promise<void>;
}

function connect(options: RedisConnectionOptions): Redis {
  return new Redis(options.url, {
    commandTimeout: options.commandTimeoutMs ?? 2000,
    // A command lost with a broken connection fails instead of waiting for many reconnects.
    maxRetriesPerRequest: 1,
    retryStrategy: (attempt) => Math.min(100 * attempt, 1000),
    // The first connection is waited for (commands queue until it is up); later outages fail fast, see assertUp.
    enableOfflineQueue: true,
  });
}

/** Opens the two connections; errors are reported through `onError` (ioredis reconnects by itself). */
export function openConnections(options: RedisConnectionOptions, onError: (error: Error) => void): RedisConnections {
  const commands = connect(options);
  const subscriber = connect(options);
  let wasReady = false;
  commands.on('ready', () => (wasReady = true));
  commands.on('error', onError);
  subscriber.on('error', onError);
  return {
    commands,
    subscriber,
    assertUp: () => {
      if (wasReady && commands.status !== 'ready') throw new Error(`Redis is not connected (${commands.status})`);
    },
    close: async () => {
      await Promise.all([commands.quit().catch(() => commands.disconnect()), subscriber.quit().catch(() => subscriber.disconnect())]);
    },
  };
}
