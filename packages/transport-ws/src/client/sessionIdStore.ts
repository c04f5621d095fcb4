import type { SessionIdStore } from '@lit-ui/core/protocol';

/**
 * `sessionStorage` when the page has one. Reading it can throw (sandboxed
 * iframes, storage disabled by policy), so the lookup is guarded.
 */
function browserSessionStorage(): SessionIdStore | undefined {
  try {
    const storage = (globalThis as { sessionStorage?: SessionIdStore }).sessionStorage;
    return storage ?? undefined;
  } catch {
    return undefined;
  }
}

/**
 * The store a client keeps its session id in, with every call guarded: a
 * store that throws (quota exceeded, private mode) behaves as an empty one
 * instead of breaking the connection.
 *
 * @param store - A store; `undefined` for the default (`globalThis.sessionStorage`
 *   when present); `null` to keep the id in memory only.
 * @returns A store that never throws, or `undefined` for memory only.
 *
 * @example
 * ```ts
 * new ClientSession({ storageKey, store: sessionIdStore(options.store), hello, onMessage });
 * ```
 */
export function sessionIdStore(store: SessionIdStore | null | undefined): SessionIdStore | undefined {
  if (store === null) return undefined;
  const target = store ?? browserSessionStorage();
  if (!target) return undefined;
  return {
    getItem(key) {
      try {
        return target.getItem(key);
      } catch {
        return null;
      }
    },
    setItem(key, value) {
      try {
        target.setItem(key, value);
      } catch {
        // Quota or policy: the id stays in the session's memory.
      }
    },
    removeItem(key) {
      try {
        target.removeItem(key);
      } catch {
        // As above.
      }
    },
  };
}
