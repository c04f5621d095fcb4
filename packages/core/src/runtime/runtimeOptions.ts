import type { Scheduler } from '../protocol/scheduler.js';
import type { ConnectionHandle, ServerConnection } from '../protocol/transport.js';

export { systemScheduler } from '../protocol/scheduler.js';
export type { Scheduler } from '../protocol/scheduler.js';

/** Where the library reports what it does not throw. Nothing is logged without one. */
export interface Logger {
  info?(message: string, details?: unknown): void;
  warn(message: string, details?: unknown): void;
  error(message: string, details?: unknown): void;
}

/**
 * A per-connection token bucket for incoming frames: each frame costs its
 * length in bytes (at least 256); the bucket refills at `bytesPerSecond` up
 * to `burstBytes`. A frame the bucket cannot pay for is refused with
 * `RateLimited` without being parsed, so one flooding client cannot slow
 * the others down. The defaults are far above what a browser sends.
 */
export interface InboundRateOptions {
  /** Sustained inbound bytes per second per connection. Default 1 048 576. */
  bytesPerSecond?: number;
  /** Most bytes a connection may send at once after being quiet. Default 4 194 304 (at least `maxMessageBytes`). */
  burstBytes?: number;
  /** Refused frames in a row after which the connection is closed with 1008 (policy violation). Default 32. */
  closeAfterRefusals?: number;
}

/** Options of `createRuntime`. Every field is optional. */
export interface RuntimeOptions {
  /** How long a disconnected session waits for its tab to resume it, in ms. Default 120 000. */
  sessionTtlMs?: number;
  /** How many recent ForwardMsgs a session keeps for replay after a reconnect (older gaps get a snapshot). Default 256. */
  replayLimit?: number;
  /** Delay before the client fades unconfirmed elements of a running script, in ms. Default 400. */
  staleDelayMs?: number;
  /** Client-side debounce of rapid widget input, in ms. Default 120. */
  debounceMs?: number;
  /** Show stack traces in `exception` elements. Default true; turn off in production. */
  showErrorDetails?: boolean;
  /** Most sessions at once; a connection beyond it is closed with `CloseCode.tooManySessions`. Default unlimited. */
  maxSessions?: number;
  /**
   * Most script runs in progress at once across sessions; further runs wait
   * their turn (first come, first served) and their sessions are sent
   * `sessionStatus { state: 'queued' }`. Default unlimited.
   */
  maxConcurrentRuns?: number;
  /**
   * A run still going after this many ms is ended for its session: `st.signal`
   * aborts, a `RunTimeout` exception is shown, the session moves on, and the
   * script's later `st.*` calls are refused. Default none.
   */
  runTimeoutMs?: number;
  /**
   * How long a run ended by `runTimeoutMs` (or by its session closing) keeps
   * its `maxConcurrentRuns` slot while its script winds down, in ms. Default 1000.
   */
  runAbandonGraceMs?: number;
  /** Largest accepted BackMsg frame, in bytes (UTF-16 length of the text). Default 1 048 576. */
  maxMessageBytes?: number;
  /**
   * Deepest accepted nesting of arrays and objects in a BackMsg (the message
   * itself is level 1, a widget value starts at level 4). Deeper frames are
   * refused with `InvalidMessage` before they are parsed. Default 64.
   */
  maxMessageDepth?: number;
  /** Per-connection budget for incoming frames. */
  inboundRate?: InboundRateOptions;
  /** Where warnings and internal errors go. Default: nowhere. */
  logger?: Logger;
  /** Timers and clock. Default {@link systemScheduler}. */
  scheduler?: Scheduler;
  /** Session id source. Default nanoid(21). */
  createSessionId?: () => string;
}

/** Options of {@link Runtime.connect}. */
export interface ConnectOptions {
  /** A session id the transport learned out of band (e.g. a query parameter); `hello.sessionId` wins. */
  sessionId?: string;
}

/**
 * Owns the app script and every AppSession, as Streamlit's Runtime. A
 * transport calls `connect` per client connection; an adapter routes HTTP
 * requests under the mount path to `fetch`.
 */
export interface Runtime {
  /** Binds a new client connection; the session is chosen by the client's `hello`. */
  connect(conn: ServerConnection, options?: ConnectOptions): ConnectionHandle;
  /**
   * Handles the runtime's HTTP routes (`<mount>/_lit-ui/...`: health, media,
   * uploads). `request.url`'s path must already be relative to the mount
   * (adapters strip the mount path). Resolves to a 404 Response for unknown routes.
   */
  fetch(request: Request): Promise<Response>;
  /** Number of live sessions (connected or waiting for a resume). */
  readonly sessionCount: number;
  /** Ends every session (their background tasks are aborted) and stops timers. */
  close(): Promise<void>;
}
