/** One held place among a runtime's `maxConcurrentRuns`. */
export interface RunSlot {
  /** Frees the place for the next waiting run. Idempotent. */
  release(): void;
}

/**
 * A counting semaphore for script runs: at most `limit` run at once across
 * a runtime's sessions (the `maxConcurrentRuns` guardrail); the rest wait
 * their turn in arrival order.
 */
export class RunSlots {
  private active = 0;
  private readonly waiting: Array<(slot: RunSlot) => void> = [];

  constructor(private readonly limit: number) {}

  /** Runs holding a slot. */
  get running(): number {
    return this.active;
  }

  /** Runs waiting for a slot. */
  get queued(): number {
    return this.waiting.length;
  }

  /** A slot now, or undefined when all `limit` are held. */
  tryAcquire(): RunSlot | undefined {
    if (this.active >= this.limit) return undefined;
    this.active++;
    return this.slot();
  }

  /**
   * Resolves with a slot once one is free, in arrival order; with undefined
   * when `signal` aborts first (the waiting session closed).
   */
  acquire(signal?: AbortSignal): Promise<RunSlot | undefined> {
    const now = this.tryAcquire();
    if (now || signal?.aborted) return Promise.resolve(now);
    return new Promise((resolve) => {
      const grant = (slot: RunSlot) => {
        signal?.removeEventListener('abort', cancel);
        resolve(slot);
      };
      const cancel = () => {
        const at = this.waiting.indexOf(grant);
        if (at >= 0) this.waiting.splice(at, 1);
        resolve(undefined);
      };
      this.waiting.push(grant);
      signal?.addEventListener('abort', cancel, { once: true });
    });
  }

  private slot(): RunSlot {
    let held = true;
    return {
      release: () => {
        if (!held) return;
        held = false;
        // The place passes straight to the next waiter, so `active` only drops when nobody waits.
        const next = this.waiting.shift();
        if (next) next(this.slot());
        else this.active--;
      },
    };
  }
}
