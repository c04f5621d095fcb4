import type { Scheduler } from '../protocol/scheduler.js';

/** Options of {@link createFakeScheduler}. */
export interface FakeSchedulerOptions {
  /** What `now()` returns before the first `advance`, in ms. Default 0. */
  readonly startMs?: number;
}

/**
 * A {@link Scheduler} on fake time: timers fire only when the test moves the
 * clock with `advance`, so tests of timeouts, TTLs, fragment timers and slow
 * scripts run instantly and in a fixed order. Pass it where a runtime takes
 * a scheduler (`createRuntime(app, { scheduler })`,
 * `AppTest.fromFunction(app, { runtime: { scheduler } })`) and to
 * `setCacheScheduler` for cache TTLs.
 */
export interface FakeScheduler extends Scheduler {
  /**
   * Moves the clock forward by `ms` (≥ 0), firing every timer that falls due,
   * earliest first (ties in the order they were set), each at its own time.
   * Between timers, and before resolving, it lets pending promise callbacks
   * and in-memory messages run, so work a timer starts has settled.
   * @throws RangeError when `ms` is negative or not a number.
   */
  advance(ms: number): Promise<void>;
  /**
   * Resolves once the clock has moved `ms` forward: slow work in an app
   * script or a task, on fake time.
   * @example
   * const clock = createFakeScheduler();
   * const at = AppTest.fromFunction(async (st) => { await clock.sleep(500); st.text('done'); }, { runtime: { scheduler: clock } });
   * const running = at.run();
   * await clock.advance(500);
   * await running;
   */
  sleep(ms: number): Promise<void>;
  /** Timers set and neither fired nor cleared. */
  readonly pendingTimers: number;
}

interface FakeTimer {
  readonly id: number;
  readonly at: number;
  readonly fn: () => void;
}

/** The real timer, taken at load so that fake global timers (e.g. vitest's) cannot stall `advance`. */
const realSetTimeout = setTimeout;
/** One turn of the real event loop: every queued promise callback runs before it ends. */
const settle = () => new Promise<void>((resolve) => realSetTimeout(resolve, 0));

/**
 * Creates a {@link FakeScheduler}.
 * @example
 * const clock = createFakeScheduler();
 * const runtime = createRuntime(app, { scheduler: clock, sessionTtlMs: 60_000 });
 * await clock.advance(60_000); // the disconnected session expires
 */
export function createFakeScheduler(options: FakeSchedulerOptions = {}): FakeScheduler {
  let now = options.startMs ?? 0;
  let nextId = 0;
  const timers = new Map<number, FakeTimer>();
  const nextDue = (until: number): FakeTimer | undefined => {
    let first: FakeTimer | undefined;
    for (const timer of timers.values()) if (timer.at <= until && (first === undefined || timer.at < first.at)) first = timer;
    return first;
  };
  const scheduler: FakeScheduler = {
    now: () => now,
    setTimeout(fn, ms) {
      const id = ++nextId;
      timers.set(id, { id, at: now + Math.max(0, ms), fn });
      return id;
    },
    clearTimeout(handle) {
      if (typeof handle === 'number') timers.delete(handle);
    },
    async advance(ms) {
      if (!(ms >= 0)) throw new RangeError(`advance(ms) needs a number of ms ≥ 0 (got ${ms}).`);
      const until = now + ms;
      await settle();
      for (let timer = nextDue(until); timer !== undefined; timer = nextDue(until)) {
        timers.delete(timer.id);
        now = timer.at;
        timer.fn();
        await settle();
      }
      now = until;
    },
    sleep: (ms) => new Promise<void>((resolve) => scheduler.setTimeout(resolve, ms)),
    get pendingTimers() {
      return timers.size;
    },
  };
  return scheduler;
}
