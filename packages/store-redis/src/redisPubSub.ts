import type { PubSub } from '@lit-ui/core';
import type { RedisConnections } from './redisConnection.js';

/**
 * A {@link PubSub} on Redis's PUBLISH/SUBSCRIBE: channels are prefixed
 * (`<prefix>:<channel>`), one SUBSCRIBE per channel however many
 * listeners; `publish` resolves with the number of subscribed connections
 * that got the message (0 when the process that held a session is gone).
 */
export function createRedisPubSub(redis: RedisConnections, prefix: string): PubSub {
  const listeners = new Map<string, Set<(message: string) => void>>();
  redis.subscriber.on('message', (channel: string, message: string) => {
    for (const listener of [...(listeners.get(channel) ?? [])]) listener(message);
  });
  return {
    publish: async (channel, message) => {
      redis.assertUp();
      return redis.commands.publish(`${prefix}:${channel}`, message);
    },
    subscribe: async (channel, listener) => {
      const full = `${prefix}:${channel}`;
      const entry = (message: string) => listener(message);
      let set = listeners.get(full);
      if (!set) {
        listeners.set(full, (set = new Set()));
        try {
          await redis.subscriber.subscribe(full);
        } catch (error) {
          listeners.delete(full);
          throw error;
        }
      }
      set.add(entry);
      return async () => {
        set.delete(entry);
        if (set.size > 0 || listeners.get(full) !== set) return;
        listeners.delete(full);
        await redis.subscriber.unsubscribe(full).catch(() => undefined);
      };
    },
  };
}
