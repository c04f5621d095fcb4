/**
 * Timers and clock: lit-ui's one timer seam. The runtime (flushes, session
 * TTLs, fragment timers, run timeouts), the WebSocket transport (heartbeats)
 * and the browser client (stale display, widget debounce) take one, so tests
 * swap in fake time instead of sleeping.
 *
 * @example
 * const runtime = createRuntime(app, { scheduler: myFakeScheduler });
 */
export interface Scheduler {
  /** Calls `fn` once after `ms` milliseconds; returns a handle for `clearTimeout`. */
  setTimeout(fn: () => void, ms: number): unknown;
  /** Cancels a timer set by `setTimeout` (a handle that already fired or was cleared is ignored). */
  clearTimeout(handle: unknown): void;
  /** Milliseconds, monotonic enough for TTLs. */
  now(): number;
}

/**
 * A handle of {@link systemScheduler}: it cancels the global timer it wraps,
 * whose own handle type differs by runtime (a number in browsers, a `Timeout`
 * object in Node), so `clearTimeout` hands back exactly what `setTimeout` made.
 */
class SystemTimer {
  constructor(readonly cancel: () => void) {}
}

/** The default scheduler: the global `setTimeout`/`clearTimeout` and `Date.now`. */
export const systemScheduler: Scheduler = {
  setTimeout: (fn, ms) => {
    const handle = setTimeout(fn, ms);
    return new SystemTimer(() => clearTimeout(handle));
  },
  clearTimeout: (timer) => {
    if (timer instanceof SystemTimer) timer.cancel();
  },
  now: () => Date.now(),
};
