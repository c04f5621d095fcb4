import type { BackMsg, HelloMsg } from '../protocol/backMsg.js';

/** A background task as another process sees it after a takeover. */
export interface StoredTask {
  /** The task's key in the session. */
  readonly key: string;
  /** As `task.status`; `'running'` is read as `'lost'` by a process that did not run it. */
  readonly status: 'running' | 'done' | 'error' | 'cancelled' | 'lost';
  /** Last reported progress, 0 to 1. */
  readonly progress: number;
  /** Last reported progress message. */
  readonly message: string | undefined;
  /** The result of a `'done'` task, when it could be stored (else the task is `'lost'`). */
  readonly result?: unknown;
  /** What an `'error'` task threw, when it could be stored. */
  readonly error?: unknown;
  /** When it started, in ms since the epoch. */
  readonly startedAt: number;
  /** When it ended, in ms since the epoch; `undefined` while running. */
  readonly finishedAt: number | undefined;
}

/** What a session is bound to; a resume must present the same (see docs/security.md). */
export interface StoredBinding {
  /** The session's secret token (sent in its `newSession`, presented in `hello`). */
  readonly token?: string;
  /** Identity of the user who created it. */
  readonly identity?: string;
  /** Normalised origin of the page that created it (`null`: none). */
  readonly origin?: string | null;
}

/**
 * One session as another process needs it to take the session over. Every
 * field is data that structured clone copies whole; a store serialises it
 * (the Redis store with Node's `v8.serialize`).
 */
export interface SessionRecord {
  /** The session id the tab presents. */
  readonly id: string;
  /** Its token, user and origin, which a resume must present. */
  readonly binding: StoredBinding;
  /** User keys and widget values (by widget id), with the widgets' user keys. */
  readonly state: {
    /** `[key, value]` pairs: user keys of session state, and widget values under their widget ids. */
    readonly values: readonly (readonly [string, unknown])[];
    /** `[user key, widget id]` pairs of the widgets that have a `key`. */
    readonly keys: readonly (readonly [string, string])[];
  };
  /** Query string without `?`. */
  readonly query: string;
  /** Page URL path (multipage apps). */
  readonly pagePath: string;
  /** Bumped when the client's `cseq` numbering starts again (a page reload). */
  readonly era: number;
  /** Every input of `era` up to this `cseq` has had its effect in `state`. */
  readonly appliedCseq: number;
  /** `seq` of the last ForwardMsg the session sent: a process taking it over numbers on after it. */
  readonly lastSeq: number;
  /** The session's background tasks (`st.task`); running ones are `'lost'` to the process that takes it over. */
  readonly tasks: readonly StoredTask[];
  /** Widget labels and user keys whose values could not be stored (uploaded files of this process, class instances). */
  readonly unavailable: readonly string[];
  /** When it was written, in ms since the epoch. */
  readonly savedAt: number;
}

/** A client input written ahead of its effect, so that a process taking over applies it once. */
export interface StoredInput {
  /** The `era` of the client numbering it was sent in (see {@link SessionRecord.era}). */
  readonly era: number;
  /** The input as the client sent it (a widget change, a rerun, a page change). */
  readonly msg: Exclude<BackMsg, HelloMsg>;
}

/** A stored session with the epoch of its current owner. */
export interface LoadedSession {
  /** The session as last written (state, widget values, page, binding, tasks). */
  readonly record: SessionRecord;
  /** Bumped by every claim: writes with an older epoch are refused (fencing). */
  readonly epoch: number;
  /** Name of the process that owns it (its `workerId`). */
  readonly owner: string;
}

/** A claimed session: the record, the new epoch, and the inputs written after the record. */
export interface ClaimedSession extends LoadedSession {
  /** Inputs after (`era`, `appliedCseq`) of the record, in order. */
  readonly inputs: readonly StoredInput[];
}

/**
 * Where sessions are kept so that another process can take one over (the
 * runtime option `sessionStore`): a worker that died, a worker that drains,
 * or a load balancer without sticky routing. Without one, sessions live
 * only in the memory of the process that made them (the default).
 *
 * Ownership is fenced by an epoch: each `claim` bumps it, and `save`,
 * `appendInput` and `delete` with an older epoch change nothing and
 * resolve `false`, so a process that lost a session cannot overwrite the
 * new owner's state. Records and inputs expire `ttlMs` after their last
 * write or `touch`. `save` must copy or serialise the record before it
 * returns (the session goes on changing).
 *
 * Every method rejects when the store cannot be reached; the runtime then
 * serves from memory, reports `degraded` health, and writes again when it
 * is back.
 */
export interface SessionStore {
  /** The stored session `id`, or `undefined` when there is none (never made, deleted, or expired). */
  load(id: string): Promise<LoadedSession | undefined>;
  /**
   * Makes `owner` the owner of session `id` if its epoch is still `epoch`.
   * @returns The session with its new epoch and the inputs written after its record, or `undefined` when the epoch moved on (another process claimed it first) or it is gone.
   */
  claim(id: string, owner: string, epoch: number, ttlMs: number): Promise<ClaimedSession | undefined>;
  /**
   * Writes `record` as session `record.id` of `owner` at `epoch` (a new session: epoch 1), drops
   * the inputs it includes (up to `era`/`appliedCseq`), and restarts the TTL.
   * @returns `false` when another process owns the session now.
   */
  save(record: SessionRecord, owner: string, epoch: number, ttlMs: number): Promise<boolean>;
  /**
   * Writes `input` ahead of its effect.
   * @returns `false` when another process owns the session now; `undefined` when there is no record
   *   (it expired, or the store lost it in a restart): the owner writes the record, then the input again.
   */
  appendInput(id: string, epoch: number, input: StoredInput, ttlMs: number): Promise<boolean | undefined>;
  /**
   * Restarts the TTL of sessions still in use (connected ones).
   * @returns The ids that have no record any more (the store lost them): their owner writes them again.
   */
  touch(ids: readonly string[], ttlMs: number): Promise<string[]>;
  /** Forgets session `id` (it ended) unless another process owns it now. */
  delete(id: string, epoch: number): Promise<void>;
}

/** Orders inputs: by era, then by `cseq`. */
export function inputOrder(era: number, cseq: number): number {
  return era * 2 ** 32 + cseq;
}
