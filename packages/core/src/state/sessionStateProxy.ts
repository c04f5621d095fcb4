import type { SessionState } from './sessionState.js';

/** Methods every `st.sessionState` has besides its keys (Streamlit's dict-like API). */
export interface SessionStateMethods {
  /** The value at `key`, or `fallback` when absent (as `st.session_state.get`). */
  get<K extends string>(key: K, fallback?: unknown): unknown;
  /** Removes every key (as `st.session_state.clear()`). */
  clear(): void;
  /** A plain copy of every user-visible key and value. */
  toJSON(): Record<string, unknown>;
}

/**
 * `st.sessionState`: values that persist across reruns of one session,
 * typed by `defineApp<State>()` (untyped apps get `Record<string, any>`).
 * Read and write like an object: `st.sessionState.count`,
 * `st.sessionState['count'] = 1`, `'count' in st.sessionState`,
 * `delete st.sessionState.count`, `Object.keys(st.sessionState)`. Keyed
 * widgets appear under their key. A missing key reads as `undefined`, so
 * `st.sessionState.count ??= 0` initialises it (where Python raises).
 */
export type SessionStateProxy<State extends object = Record<string, unknown>> = State & SessionStateMethods;

const METHOD_NAMES = new Set(['get', 'clear', 'toJSON']);

/**
 * Wraps a {@link SessionState} in the `st.sessionState` proxy. Keys named
 * like the methods (`get`, `clear`, `toJSON`) are reachable with
 * `st.sessionState.get('get')`. `beforeWrite` runs before every change
 * (set, delete, clear) and may throw to refuse it (an abandoned run's proxy).
 */
export function createSessionStateProxy<State extends object>(state: SessionState, beforeWrite: () => void = () => {}): SessionStateProxy<State> {
  const methods = {
    get: (key, fallback) => (state.has(key) ? state.get(key) : fallback),
    clear: () => {
      beforeWrite();
      state.clear();
    },
    toJSON: () => Object.fromEntries(state.keys().map((k) => [k, state.get(k)])),
  } satisfies SessionStateMethods;
  const target = Object.create(null) as Record<string, unknown>;
  return new Proxy(target, {
    get(_t, prop) {
      if (typeof prop !== 'string') return undefined;
      if (METHOD_NAMES.has(prop)) return methods[prop as keyof typeof methods];
      return state.has(prop) ? state.get(prop) : undefined;
    },
    set(_t, prop, value) {
      if (typeof prop !== 'string') return false;
      beforeWrite();
      state.set(prop, value);
      return true;
    },
    has(_t, prop) {
      return typeof prop === 'string' && state.has(prop);
    },
    deleteProperty(_t, prop) {
      beforeWrite();
      if (typeof prop === 'string') state.delete(prop);
      return true;
    },
    ownKeys() {
      return state.keys();
    },
    getOwnPropertyDescriptor(_t, prop) {
      if (typeof prop !== 'string' || !state.has(prop)) return undefined;
      return { value: state.get(prop), writable: true, enumerable: true, configurable: true };
    },
  }) as SessionStateProxy<State>;
}
