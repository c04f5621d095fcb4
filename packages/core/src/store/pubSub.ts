/* eslint-disable @typescript-eslint/require-await -- in-memory implementations of async interfaces: async methods turn a throw into a rejection, as a shared store's would */
/**
 * Messages between the processes that serve one app (the runtime option
 * `pubSub`): how `session.requestRerun()` reaches the process that holds a
 * session now, and how a process asks another to hand a session over. The
 * runtime names the channels (`session:<id>`, `worker:<workerId>`); a
 * store prefixes them per app. Messages are JSON text.
 */
export interface PubSub {
  /**
   * Sends `message` to every subscriber of `channel`, in this process and in others.
   * @returns How many subscribers got it (0: nobody listens, e.g. the process that held a session died).
   */
  publish(channel: string, message: string): Promise<number>;
  /**
   * Calls `listener` with every message on `channel` until the returned function is called.
   * Resolves once the subscription is in effect.
   */
  subscribe(channel: string, listener: (message: string) => void): Promise<() => Promise<void>>;
}

/**
 * A {@link PubSub} within this process (the default): enough for several
 * runtimes of one process, and for tests. Listeners are called on a later
 * microtask, as a network would.
 *
 * @example
 * const pubSub = createMemoryPubSub();
 * await pubSub.subscribe('news', (m) => console.log(m));
 * await pubSub.publish('news', '"hello"'); // 1
 */
export function createMemoryPubSub(): PubSub {
  const channels = new Map<string, Set<(message: string) => void>>();
  return {
    publish: async (channel, message) => {
      const listeners = [...(channels.get(channel) ?? [])];
      for (const listener of listeners) queueMicrotask(() => listener(message));
      return listeners.length;
    },
    subscribe: async (channel, listener) => {
      // Each subscription is its own entry, so one listener subscribed twice is called twice.
      const entry = (message: string) => listener(message);
      let set = channels.get(channel);
      if (!set) channels.set(channel, (set = new Set()));
      set.add(entry);
      return async () => {
        set.delete(entry);
        if (set.size === 0 && channels.get(channel) === set) channels.delete(channel);
      };
    },
  };
}
