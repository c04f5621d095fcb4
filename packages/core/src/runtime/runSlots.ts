/**
 * A counting semaphore for script runs: at most `limit` run at once across
 * a runtime's sessions (the `maxConcurrentRuns` guardrail); the rest wait
 * their turn in arrival order.
 */
export class RunSlots {
  private active = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(private readonly limit: number) {}

  /** Runs `work` once a slot is free; frees it when `work` settles. */
  async use<T>(work: () => Promise<T>): Promise<T> {
    if (this.active >= this.limit) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.active++;
    try {
      return await work();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.active--;
    }
  }
}
