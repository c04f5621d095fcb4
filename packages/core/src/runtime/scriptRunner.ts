import type { RunContext } from './runContext.js';
import { enqueueRequest, putFirst, type RerunRequest } from './rerunRequest.js';
import type { RunSlot } from './runSlots.js';

/** How a run ended, as the runner needs to know it. */
export interface RunOutcome {
  /** A rerun the run asked for (`st.rerun()`, `st.switchPage()`), to run next. */
  readonly next?: RerunRequest;
  /**
   * The triggers of an interrupted run that it never reached, to run first
   * (their callbacks do not run again). Each is seen by exactly one run.
   */
  readonly carry?: RerunRequest;
}

/** What the runner drives: the session's run executor. */
export interface RunExecutor {
  /**
   * A free run slot (the runtime's `maxConcurrentRuns`) at once, or the wait
   * for one, which resolves with undefined when the session closed meanwhile.
   */
  acquireSlot(): RunSlot | Promise<RunSlot | undefined>;
  /** Runs one request to its end (normal or not) and frees `slot` when done with it. Never rejects. */
  execute(request: RerunRequest, slot: RunSlot): Promise<RunOutcome>;
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
 * they must not cut off the rest of the page). A request is taken off the
 * queue only once a run slot is free, so requests keep coalescing while the
 * session waits for one.
 */
export class ScriptRunner {
  private queue: RerunRequest[] = [];
  private looping = false;
  /** The request being run. */
  private current: RerunRequest | undefined;
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

  /**
   * The lowest `cseq` among requests still waiting for a run (their inputs
   * are not applied yet) and, with `running`, the one being run, if any.
   */
  lowestPendingCseq(running = false): number | undefined {
    const requests = running && this.current ? [this.current, ...this.queue] : this.queue;
    const pending = requests.map((r) => r.cseq).filter((c): c is number => c !== undefined);
    return pending.length > 0 ? Math.min(...pending) : undefined;
  }

  /** Resolves when nothing is running or pending. */
  idle(): Promise<void> {
    if (!this.looping) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private async loop(): Promise<void> {
    this.looping = true;
    try {
      while (this.queue.length > 0) {
        // A free slot is taken synchronously: the run starts in the same tick as its request.
        const pending = this.executor.acquireSlot();
        const slot = pending instanceof Promise ? await pending : pending;
        if (!slot) break;
        const request = this.queue.shift();
        if (!request) {
          slot.release();
          break;
        }
        this.current = request;
        const outcome = await this.executor.execute(request, slot).finally(() => (this.current = undefined));
        if (outcome.next) putFirst(this.queue, outcome.next);
        if (outcome.carry) putFirst(this.queue, outcome.carry);
      }
    } finally {
      this.looping = false;
      this.executor.becameIdle();
      const waiters = this.idleWaiters;
      this.idleWaiters = [];
      waiters.forEach((resolve) => resolve());
    }
  }
}
