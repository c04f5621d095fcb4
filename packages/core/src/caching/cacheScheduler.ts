import { systemScheduler, type Scheduler } from '../protocol/scheduler.js';

/** The clock every `cacheData` and `cacheResource` entry's TTL is measured on. */
let clock: Pick<Scheduler, 'now'> = systemScheduler;

/**
 * Sets the clock of the module-level caches (`cacheData`, `cacheResource`);
 * `undefined` restores the default, {@link systemScheduler}. Their entries
 * outlive runs, sessions and runtimes, so their TTLs follow one process-wide
 * clock rather than a runtime's `scheduler`. Expiry is checked when an entry
 * is read; only `now()` is used, in ms. Tests pass a fake scheduler to move
 * TTLs on fake time.
 *
 * @example
 * const clock = createFakeScheduler(); // from @lit-ui/core/testing
 * setCacheScheduler(clock);
 * const load = cacheData(fetchRows, { ttl: '10s' });
 * await load();
 * await clock.advance(10_000); // the next call computes again
 * setCacheScheduler(undefined);
 */
export function setCacheScheduler(scheduler: Pick<Scheduler, 'now'> | undefined): void {
  clock = scheduler ?? systemScheduler;
}

/** The caches' current time, in ms. */
export function cacheNow(): number {
  return clock.now();
}
