import type { Logger, Scheduler } from '../runtime/runtimeOptions.js';

/**
 * State of a background task. `'lost'`: the task ran in another process
 * that died or gave the session up (a worker behind a load balancer); its
 * work is gone — `dismiss()` it to start it again.
 */
export type TaskStatus = 'running' | 'done' | 'error' | 'cancelled' | 'lost';

/** What a background task function gets. */
export interface BackgroundTaskContext {
  /** Aborted when the task is cancelled or its session ends. */
  readonly signal: AbortSignal;
  /** Reports progress (0.0–1.0) and an optional message; the page reruns to show it (throttled). Safe to destructure. */
  readonly progress: (fraction: number, message?: string) => void;
  /** Asks the session for a rerun now (server push). Safe to destructure. */
  readonly requestRerun: () => void;
}

/** A task started with `st.background`; read its fields in any run. */
export interface BackgroundTask<T> {
  /** The key given to `st.background`; one task per key and session. */
  readonly key: string;
  /** `'running'`, `'done'`, `'error'` or `'cancelled'`. */
  readonly status: TaskStatus;
  /** Last reported progress, 0.0–1.0 (1 when done). */
  readonly progress: number;
  /** The message of the last progress report. */
  readonly message: string | undefined;
  /** The task's result, once `status` is `'done'`. */
  readonly result: T | undefined;
  /** What the task threw, once `status` is `'error'`. */
  readonly error: unknown;
  /** Start and end times, in ms since the epoch. */
  readonly startedAt: number;
  /** End time in ms since the epoch; undefined while running. */
  readonly finishedAt: number | undefined;
  /** Resolves when the task ends (never rejects). */
  readonly finished: Promise<void>;
  /** Aborts the task's signal; its status becomes `'cancelled'`. */
  cancel(): void;
  /** Forgets a finished task, so the next `st.background` with its key starts a new one. */
  dismiss(): void;
}

/** Options of `st.background`. */
export interface BackgroundOptions {
  /** Rerun the page when the task ends. Default true. */
  readonly rerunOnFinish?: boolean;
  /** Rerun on progress reports, at most once per this many ms; 0 disables. Default 250. */
  readonly progressRerunMs?: number;
}

class Task<T> implements BackgroundTask<T> {
  status: TaskStatus = 'running';
  progress = 0;
  message: string | undefined;
  result: T | undefined;
  error: unknown;
  finishedAt: number | undefined;
  finished!: Promise<void>;
  readonly controller = new AbortController();

  constructor(
    readonly key: string,
    readonly startedAt: number,
    private readonly forget: () => void,
  ) {}

  cancel(): void {
    if (this.status !== 'running') return;
    this.status = 'cancelled';
    this.controller.abort();
  }

  dismiss(): void {
    if (this.status !== 'running') this.forget();
  }
}

/**
 * A session's long-running tasks: they survive reruns (a rerun does not
 * restart or kill them), report progress, push a rerun when they end, and
 * are aborted when the session ends. Streamlit has no equivalent: a rerun
 * kills work started in the script.
 */
export class BackgroundTasks {
  private readonly tasks = new Map<string, Task<unknown>>();

  constructor(
    private readonly requestRerun: () => void,
    private readonly scheduler: Scheduler,
    private readonly logger?: Logger,
  ) {}

  /** Starts `fn` under `key`, or returns the task already under that key (running or finished). */
  start<T>(key: string, fn: (ctx: BackgroundTaskContext) => Promise<T> | T, options: BackgroundOptions = {}): BackgroundTask<T> {
    const existing = this.tasks.get(key);
    if (existing) return existing as Task<T>;
    const task = new Task<T>(key, this.scheduler.now(), () => this.tasks.get(key) === task && this.tasks.delete(key));
    this.tasks.set(key, task);
    const throttleMs = options.progressRerunMs ?? 250;
    let lastRerun = -Infinity;
    let pending: unknown;
    const ctx: BackgroundTaskContext = {
      signal: task.controller.signal,
      requestRerun: () => this.requestRerun(),
      progress: (fraction, message) => {
        if (task.status !== 'running') return;
        task.progress = Math.min(1, Math.max(0, Number.isFinite(fraction) ? fraction : 0));
        task.message = message;
        if (throttleMs <= 0 || pending !== undefined) return;
        const wait = lastRerun + throttleMs - this.scheduler.now();
        const fire = () => {
          pending = undefined;
          lastRerun = this.scheduler.now();
          if (task.status === 'running') this.requestRerun();
        };
        if (wait <= 0) fire();
        else pending = this.scheduler.setTimeout(fire, wait);
      },
    };
    task.finished = (async () => {
      try {
        const result = await fn(ctx);
        if (task.status === 'running') {
          task.result = result;
          task.progress = 1;
          task.status = 'done';
        }
      } catch (error) {
        if (task.status === 'running') {
          task.error = error;
          task.status = 'error';
          this.logger?.warn(`Background task '${key}' failed`, error);
        }
      } finally {
        if (pending !== undefined) this.scheduler.clearTimeout(pending);
        task.finishedAt = this.scheduler.now();
        if (options.rerunOnFinish ?? true) this.requestRerun();
      }
    })();
    return task;
  }

  /** The task under `key`, if any. */
  get(key: string): BackgroundTask<unknown> | undefined {
    return this.tasks.get(key);
  }

  /** Cancels every running task (the session is ending). */
  cancelAll(): void {
    for (const task of this.tasks.values()) task.cancel();
  }

  /** Every task, for a session store. */
  all(): BackgroundTask<unknown>[] {
    return [...this.tasks.values()];
  }

  /**
   * Puts back the tasks of a session taken over from another process: each
   * with its last status, progress and times, and its result or error; a
   * task that was still running there (or whose result could not be kept)
   * is `'lost'`. None of them runs here.
   */
  restore(records: readonly RestoredTask[]): void {
    for (const record of records) {
      const task = new Task<unknown>(record.key, record.startedAt, () => this.tasks.get(record.key) === task && this.tasks.delete(record.key));
      task.status = record.status === 'running' ? 'lost' : record.status;
      task.progress = record.progress;
      task.message = record.message;
      task.result = record.result;
      task.error = record.error;
      task.finishedAt = record.finishedAt ?? this.scheduler.now();
      task.finished = Promise.resolve();
      this.tasks.set(record.key, task);
    }
  }
}

/** A task as {@link BackgroundTasks.restore} takes it back. */
export interface RestoredTask {
  readonly key: string;
  readonly status: TaskStatus;
  readonly progress: number;
  readonly message: string | undefined;
  readonly result?: unknown;
  readonly error?: unknown;
  readonly startedAt: number;
  readonly finishedAt: number | undefined;
}
