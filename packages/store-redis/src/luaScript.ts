import type { RedisConnections } from './redisConnection.js';

/** A Lua script: keys first, then arguments; replies with Buffers for strings. */
export type Script = (...args: (string | number | Buffer)[]) => Promise<unknown>;

/** Calls a Lua script by its SHA, loading it first (and again after a NOSCRIPT). */
export function script(redis: RedisConnections, lua: string, keys: number): Script {
  let sha: string | undefined;
  return async (...args) => {
    redis.assertUp();
    sha ??= String(await redis.commands.script('LOAD', lua));
    try {
      return await redis.commands.callBuffer('EVALSHA', [sha, keys, ...args]);
    } catch (error) {
      // The server restarted (or flushed its scripts): load it again.
      if (!String(error).includes('NOSCRIPT')) throw error;
      sha = String(await redis.commands.script('LOAD', lua));
      return redis.commands.callBuffer('EVALSHA', [sha, keys, ...args]);
    }
  };
}
