import type { RunContext } from './runContext.js';
import { enqueueRequest, mergeRequests, type PendingChange, type RerunRequest } from './rerunRequest.js';

/** How a run ended, as the runner needs to know it. */
export interface RunOutcome {
  /** A rerun the run asked for (`st.rerun()`, `st.switchPage()`), to run next. */
  readonly next?: RerunRequest;
  /** Triggers of an interrupted run, to apply again in the next one (without their callbacks). */
  readonly carry?: readonly PendingChange[];
}

/** What the runner drives: the session's run executor. */
export interface RunExecutor {
  /** Runs one request to its end (normal or not). Never rejects. */
  execute(request: RerunRequest): Promise<RunOutcome>;
  /** The run in progress, if any. */
  activeRun(): RunContext | undefined;
  /** Nothing is running or pending any more. */
  becameIdle(): void;
}

/**
 * Runs a session's script, one run at a time, as Streamlit's ScriptRunner
 * with its request queue. Requests that arrive during a run are coalesced;
 * user requests (and app reruns) interrupt the run at its next `st.*` call,
 * while fragment interactions and timers wait for it to end (as Streamlit:
 * they must not cut off the rest of the page).
 */
export class ScriptRunner {
  private queue: RerunRequest[] = [];
  private looping = false;
  private idleWaiters: Array<() => void> = [];

  constructor(private readonly executor: RunExecutor) {}

  /** True while a run is in progress or requests are waiting. */
  get busy(): boolean {
    return this.looping;
  }

  /** Asks for a run. */
  request(request: RerunRequest): void {
    enqueueRequest(this.queue, request);
    if (request.preempt) this.executor.activeRun()?.requestEnd('interrupt');
    if (!this.looping) void this.loop();
  }

  /** Stops the run in progress (Stop button): it ends at its next `st.*` call, as after `st.stop()`. */
  stop(): void {
    this.executor.activeRun()?.requestEnd('stop');
  }

  /** Drops every pending request and stops the run in progress (the session is closing). */
  shutdown(): void {
    this.queue = [];
    this.stop();
  }

  /** Resolves when nothing is running or pending. */
  idle(): Promise<void> {
    if (!this.looping) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private async loop(): Promise<void> {
    this.looping = true;
    try {
      let request: RerunRequest | undefined;
      while ((request = this.queue.shift())) {
        const outcome = await this.executor.execute(request);
        if (outcome.carry?.length) this.pushFront({ changes: outcome.carry, scope: new Set(), preempt: false });
        if (outcome.next) this.pushFront(outcome.next);
      }
    } finally {
      this.looping = false;
      this.executor.becameIdle();
      const waiters = this.idleWaiters;
      this.idleWaiters = [];
      waiters.forEach((resolve) => resolve());
    }
  }

  private pushFront(request: RerunRequest): void {
    const first = this.queue[0];
    if (!first) this.queue.push(request);
    else this.queue[0] = mergeRequests(request, first);
  }
}
