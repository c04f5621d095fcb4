import type { FragmentEntry } from '../fragments/fragmentRegistry.js';
import type { Scheduler } from './runtimeOptions.js';

/**
 * The `runEvery` timers of a session's fragments: each fires a fragment
 * rerun request on its interval while the session is connected. Paused on
 * disconnect, resumed on reconnect, re-synced after every full run.
 */
export class FragmentTimers {
  private readonly timers = new Map<string, { handle: unknown; everyMs: number }>();

  constructor(
    private readonly scheduler: Scheduler,
    private readonly fire: (fragmentId: string) => void,
  ) {}

  /** Runs a timer for every fragment with `runEveryMs` and drops the others. */
  resume(fragments: readonly FragmentEntry[]): void {
    const wanted = new Map(fragments.filter((f) => f.runEveryMs && f.runEveryMs > 0).map((f) => [f.id, f.runEveryMs!]));
    for (const [id, timer] of this.timers) {
      if (wanted.get(id) !== timer.everyMs) this.stop(id);
    }
    for (const [id, everyMs] of wanted) if (!this.timers.has(id)) this.start(id, everyMs);
  }

  /** Stops every timer. */
  pause(): void {
    for (const id of [...this.timers.keys()]) this.stop(id);
  }

  private start(id: string, everyMs: number): void {
    const tick = () => {
      this.timers.set(id, { handle: this.scheduler.setTimeout(tick, everyMs), everyMs });
      this.fire(id);
    };
    this.timers.set(id, { handle: this.scheduler.setTimeout(tick, everyMs), everyMs });
  }

  private stop(id: string): void {
    const timer = this.timers.get(id);
    if (timer) this.scheduler.clearTimeout(timer.handle);
    this.timers.delete(id);
  }
}
