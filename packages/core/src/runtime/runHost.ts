import type { AppScript } from '../app.js';
import type { DeltaGeneratorHost } from '../dg/host.js';
import type { UnsequencedForwardMsg } from '../protocol/forwardMsg.js';
import type { TreeWriter } from '../tree/treeWriter.js';
import type { RunContext } from './runContext.js';
import type { Scheduler } from './runtimeOptions.js';

/**
 * What a script run needs from its session, and nothing more: `runScript`
 * talks to the session only through this. AppSession implements it on a
 * private object, so none of it is AppSession's public API.
 */
export interface RunHost {
  /** The session as `st` sees it (state, fragments, tree, ...); each run's `st` reaches it through a `RunScopedHost`. */
  readonly session: DeltaGeneratorHost;
  /** The app script. */
  readonly script: AppScript<object>;
  /** Timers for the run's deadline. */
  readonly scheduler: Scheduler;
  /** A run still going after this many ms is abandoned (`RunTimeout`); undefined: no limit. */
  readonly runTimeoutMs: number | undefined;
  /** How long an abandoned run keeps its `maxConcurrentRuns` slot, for its script to wind down, in ms. */
  readonly abandonGraceMs: number;
  /** Applies a request's page path (for full runs) and query string before the run starts. */
  applyLocation(pagePath: string | undefined, query: string | undefined): void;
  /** A tree writer over the session's tree whose deltas go to the client. */
  createWriter(fullRun: boolean): TreeWriter;
  /** Binds `run` as the session's run in progress. */
  beginRun(run: RunContext): void;
  /** Unbinds it (the session is between runs) and sends what it changed in the URL. */
  endRun(run: RunContext): void;
  /** Queues a session message for the client. */
  send(msg: UnsequencedForwardMsg): void;
  /** Sends the queued messages now. */
  flush(): void;
  /** After a complete full run: keep the fragments it registered (and their timers), drop the rest. */
  fragmentsSettled(registered: ReadonlySet<string>): void;
}
