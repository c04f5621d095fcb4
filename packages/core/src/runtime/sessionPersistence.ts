import type { BackMsg, HelloMsg } from '../protocol/backMsg.js';
import type { SessionStore, StoredBinding, StoredInput } from '../store/sessionStore.js';
import type { AppSession } from './appSession.js';
import { captureRecord } from './sessionSnapshot.js';

/** What a session's persistence needs from the runtime's link to the stores. */
export interface PersistenceLink {
  readonly store: SessionStore;
  readonly workerId: string;
  /** TTL of records and inputs in the store, in ms. */
  readonly recordTtlMs: number;
  now(): number;
  /** What the session is bound to (token, identity, origin). */
  bindingOf(session: AppSession): StoredBinding;
  succeeded(): void;
  /** A call failed: the store is unreachable (every session is written again once it is back). */
  failed(error: unknown, what: string): void;
  /** Values left out of the record, for the log (once per session and key). */
  leftOut(session: AppSession, problems: readonly string[]): void;
  /** Another process owns the session now: close this copy. */
  lost(session: AppSession): void;
  /** The session ended here; `forget`: delete it from the store. */
  ended(persistence: SessionPersistence, forget: boolean): void;
  /** Sends a rerun request to whichever process holds the session now. */
  forwardRerun(id: string): void;
}

type Phase = 'live' | 'moved' | 'ended';

/**
 * A session's link to the session store: inputs are written ahead of their
 * `ack` (a process that takes the session over applies every acknowledged
 * input exactly once), and the session's record is written after every run
 * that applied inputs or changed state — one write in flight at a time,
 * the latest state winning. Writes carry the session's epoch: once another
 * process has claimed the session, they are refused and this copy closes.
 */
export class SessionPersistence {
  /** Bumped when the client's `cseq` numbering starts again (a page reload). */
  era = 0;
  private phase: Phase = 'live';
  private acks: Promise<unknown> = Promise.resolve();
  private writing: Promise<void> | undefined;
  private follow: Promise<void> | undefined;

  constructor(
    readonly session: AppSession,
    private readonly link: PersistenceLink,
    /** The epoch under which this process owns the session. */
    readonly epoch: number,
    created: boolean,
  ) {
    // A new session is written before its first input is acknowledged: inputs need a record to be written next to.
    if (created) this.acks = this.save();
  }

  /** True while this process owns the session. */
  get live(): boolean {
    return this.phase === 'live';
  }

  /**
   * An input was handled: write it ahead (when given), then call `ack`. Acks
   * keep their order; a duplicate (no input) is acknowledged after the
   * writes before it. When the store fails, the input is acknowledged anyway.
   */
  afterInput(msg: Exclude<BackMsg, HelloMsg> | undefined, ack: () => void): void {
    if (msg && this.phase === 'live') {
      const input: StoredInput = { era: this.era, msg };
      this.acks = this.acks.then(() => this.append(input));
    }
    // A failed send (a socket closing) must not stop the acks after it.
    this.acks = this.acks.then(ack).catch(() => undefined);
  }

  /** A run ended without carrying inputs over: write the record. */
  runEnded(): void {
    void this.save();
  }

  /** The page reloaded: its inputs are numbered from 1 again. */
  newEra(): void {
    this.era += 1;
    void this.save();
  }

  /**
   * Writes the current record (coalesced: while a write is in flight, one
   * more follows it with the latest state). Resolves once the state as of
   * this call is written, or the write failed (never rejects).
   */
  save(): Promise<void> {
    if (this.phase !== 'live') return Promise.resolve();
    if (!this.writing) {
      this.writing = this.write().finally(() => (this.writing = undefined));
      return this.writing;
    }
    this.follow ??= this.writing.then(() => {
      this.follow = undefined;
      return this.save();
    });
    return this.follow;
  }

  /** The session closed here. `'expired'` forgets it in the store; `'moved'` and `'shutdown'` keep it for a resume. */
  ended(reason: 'expired' | 'moved' | 'shutdown'): void {
    const forget = reason === 'expired' && this.phase === 'live';
    this.phase = reason === 'moved' ? 'moved' : 'ended';
    this.link.ended(this, forget);
  }

  /** `requestRerun()` on this copy after it moved: the request goes to the process that holds the session. */
  forwardRerun(): void {
    if (this.phase === 'moved') this.link.forwardRerun(this.session.id);
  }

  private async append(input: StoredInput): Promise<void> {
    try {
      let owned = await this.link.store.appendInput(this.session.id, this.epoch, input, this.link.recordTtlMs);
      if (owned === undefined) {
        // No record (the store restarted empty, or it expired): still ours. Write it, then the input.
        await this.save();
        owned = await this.link.store.appendInput(this.session.id, this.epoch, input, this.link.recordTtlMs);
      }
      this.link.succeeded();
      if (owned === false) this.lose();
    } catch (error) {
      this.link.failed(error, 'writing an input');
    }
  }

  private async write(): Promise<void> {
    // Captured now, before any await: the session goes on changing.
    const { record, problems } = captureRecord(this.session, this.link.bindingOf(this.session), this.era, this.link.now());
    if (problems.length > 0) this.link.leftOut(this.session, problems);
    try {
      const owned = await this.link.store.save(record, this.link.workerId, this.epoch, this.link.recordTtlMs);
      this.link.succeeded();
      if (!owned) this.lose();
    } catch (error) {
      this.link.failed(error, 'writing a session');
    }
  }

  private lose(): void {
    if (this.phase !== 'live') return;
    this.phase = 'moved';
    this.link.lost(this.session);
  }
}
