import type { Logger } from './runtimeOptions.js';

/** What the health route says about the stores. */
export interface StoreHealthReport {
  /** `'ok'`, or `'degraded'` while the store cannot be reached (sessions are served from memory). */
  readonly state: 'ok' | 'degraded';
  /** Since when (ms since the epoch) the store has been failing. */
  readonly since?: number;
  /** The last error's message. */
  readonly error?: string;
}

/**
 * Whether the session store answers, from the outcome of every call the
 * runtime makes: the first failure logs one warning and turns the health
 * to `degraded`; the first success after it logs that writes resume.
 */
export class StoreHealth {
  private failingSince: number | undefined;
  private lastError = '';

  constructor(
    private readonly logger: Logger | undefined,
    private readonly now: () => number,
    /** Called when the store answers again after failing. */
    private readonly recovered: () => void,
  ) {}

  get ok(): boolean {
    return this.failingSince === undefined;
  }

  succeeded(): void {
    if (this.failingSince === undefined) return;
    const downMs = this.now() - this.failingSince;
    this.failingSince = undefined;
    this.logger?.info?.(`lit-ui: the session store answers again after ${Math.round(downMs)} ms; session writes resume.`);
    this.recovered();
  }

  failed(error: unknown, what: string): void {
    this.lastError = error instanceof Error ? error.message : String(error);
    if (this.failingSince !== undefined) return;
    this.failingSince = this.now();
    this.logger?.warn(
      `lit-ui: the session store cannot be reached (${what}: ${this.lastError}). Sessions are served from this process's memory; ` +
        `what changes now is lost if this process dies before the store is back. Health reports "degraded"; writes resume when it answers.`,
    );
  }

  report(): StoreHealthReport {
    return this.failingSince === undefined ? { state: 'ok' } : { state: 'degraded', since: this.failingSince, error: this.lastError };
  }
}
