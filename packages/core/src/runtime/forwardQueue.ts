import { ErrorCode } from '../errors.js';
import type { ForwardMsg, UnsequencedForwardMsg } from '../protocol/forwardMsg.js';
import type { ServerConnection } from '../protocol/transport.js';
import type { Scheduler } from './runtimeOptions.js';

/** Messages that are about the connection, not the session: `seq` 0, never replayed. */
type ConnectionMsg = Extract<UnsequencedForwardMsg, { type: 'newSession' | 'ack' | 'error' | 'dataWindow' }>;

/** Bounds of the replay ring. */
export interface ReplayLimits {
  /** Most messages kept. */
  readonly messages: number;
  /** Most bytes kept (UTF-16 code units of the messages' JSON). */
  readonly bytes: number;
}

/**
 * A session's outgoing messages (Streamlit's ForwardMsgQueue): numbers them
 * (`seq`), keeps the ones the client has not acknowledged in a replay ring,
 * and writes them to the connection in batches, one frame per flush. A
 * flush is scheduled on a macrotask after the first message, so a
 * synchronous stretch of script output travels as one frame; `flush()`
 * sends at once (the runner calls it when a run ends).
 *
 * The ring holds each message as its JSON text, bounded in messages and
 * bytes (the oldest go first), and drops what the client acknowledges
 * (`acknowledge`): a connected client that acknowledges keeps it nearly
 * empty, a gone one fills it up to the bounds. A client whose gap is no
 * longer in the ring is resynchronised by the session instead.
 */
export class ForwardQueue {
  private seq = 0;
  /** JSON of the kept messages from `head` on, oldest first; `ringSeq[i]` is the seq of `ring[i]`. */
  private ring: string[] = [];
  private ringSeq: number[] = [];
  private head = 0;
  private ringBytes = 0;
  /** The client has applied every message up to this seq (its `ack`, or its `hello`'s `lastSeq`). */
  private acked = 0;
  private batch: ForwardMsg[] = [];
  private connection: ServerConnection | undefined;
  private timer: unknown;

  constructor(
    private readonly scheduler: Scheduler,
    private readonly limits: ReplayLimits,
    /** Called right before a batch goes out; what it returns is appended (the run's `confirm`). */
    private readonly beforeFlush: () => UnsequencedForwardMsg | undefined = () => undefined,
  ) {}

  /** Seq of the last numbered message. */
  get lastSeq(): number {
    return this.seq;
  }

  /** True while a connection is attached. */
  get connected(): boolean {
    return this.connection !== undefined;
  }

  /** Number and bytes (UTF-16 code units of their JSON) of the messages kept for replay. */
  get kept(): { readonly messages: number; readonly bytes: number } {
    return { messages: this.ring.length - this.head, bytes: this.ringBytes };
  }

  /** Numbers a session message, keeps it for replay and queues it for the client. */
  enqueue(msg: UnsequencedForwardMsg): void {
    const numbered = { ...msg, seq: ++this.seq } as ForwardMsg;
    const json = JSON.stringify(numbered);
    this.ring.push(json);
    this.ringSeq.push(numbered.seq);
    this.ringBytes += json.length;
    this.trim();
    this.push(numbered);
  }

  /** Queues a connection-level message (`seq` 0): sent with the next flush, never replayed. */
  enqueueConnectionMsg(msg: ConnectionMsg): void {
    this.push({ ...msg, seq: 0 });
  }

  /**
   * The client has applied every message up to `seq` (`ack { seq }`): they
   * are no longer kept. When `seq` is beyond the last message sent, changes
   * nothing, sends the client an `InvalidMessage` error and returns false.
   */
  acknowledge(seq: number): boolean {
    if (seq > this.seq) {
      const message = `Invalid BackMsg: ack of seq ${seq}, but the last ForwardMsg sent is ${this.seq}; it was ignored.`;
      this.enqueueConnectionMsg({ type: 'error', code: ErrorCode.InvalidMessage, message });
      this.flush();
      return false;
    }
    if (seq > this.acked) this.acked = seq;
    this.trim();
    return true;
  }

  /**
   * Binds a connection whose client has applied every message up to
   * `lastSeq` (0: none). Queues every kept message after it and returns true;
   * returns false when some of them are no longer kept, or the client claims
   * more than was sent (the caller resynchronises the client instead).
   * `greeting` goes out first (the `newSession`).
   */
  attach(connection: ServerConnection, lastSeq: number, greeting: readonly ForwardMsg[] = []): boolean {
    this.connection = connection;
    this.batch = [...greeting];
    this.schedule();
    if (lastSeq > this.seq) return false;
    if (lastSeq > this.acked) this.acked = lastSeq;
    this.trim();
    if (lastSeq === this.seq) return true;
    const first = this.ringSeq[this.head];
    if (first === undefined || first > lastSeq + 1) return false;
    for (let i = this.head; i < this.ring.length; i++) if (this.ringSeq[i]! > lastSeq) this.batch.push(JSON.parse(this.ring[i]!) as ForwardMsg);
    return true;
  }

  /**
   * Numbers on after `seq` (if it is ahead) and forgets the messages kept
   * for replay: a session taken over from another process, whose client
   * then gets a snapshot instead of a replay.
   */
  restart(seq: number): void {
    this.seq = Math.max(this.seq, seq);
    this.ring = [];
    this.ringSeq = [];
    this.head = 0;
    this.ringBytes = 0;
  }

  /** Unbinds the connection; messages are still numbered and kept for replay. */
  detach(connection?: ServerConnection): void {
    if (connection && connection !== this.connection) return;
    this.connection = undefined;
    this.batch = [];
  }

  /** Sends the pending batch now. */
  flush(): void {
    if (this.timer !== undefined) {
      this.scheduler.clearTimeout(this.timer);
      this.timer = undefined;
    }
    const extra = this.connection ? this.beforeFlush() : undefined;
    if (extra) this.enqueue(extra);
    if (!this.connection || this.batch.length === 0) return;
    const batch = this.batch;
    this.batch = [];
    this.connection.send(batch);
  }

  /** Drops acknowledged messages, then the oldest until the ring fits its bounds. */
  private trim(): void {
    const { messages, bytes } = this.limits;
    while (
      this.head < this.ring.length &&
      (this.ringSeq[this.head]! <= this.acked || this.ring.length - this.head > messages || this.ringBytes > bytes)
    ) {
      this.ringBytes -= this.ring[this.head]!.length;
      this.head++;
    }
    // Dropped entries are cut off once they are half the arrays (amortised O(1) per message).
    if (this.head > 0 && this.head * 2 >= this.ring.length) {
      this.ring = this.ring.slice(this.head);
      this.ringSeq = this.ringSeq.slice(this.head);
      this.head = 0;
    }
  }

  private push(msg: ForwardMsg): void {
    if (!this.connection) return;
    this.batch.push(msg);
    this.schedule();
  }

  private schedule(): void {
    if (this.timer === undefined) this.timer = this.scheduler.setTimeout(() => this.flush(), 0);
  }
}
